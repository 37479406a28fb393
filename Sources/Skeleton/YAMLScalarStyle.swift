/// How a string is written in YAML block context, chosen as the AWS CLI's YAML library (ruamel, YAML 1.2) does.
///
/// Plain when the text cannot be mistaken for anything else (a number, boolean, null, timestamp, an indicator or
/// a comment); otherwise single-quoted; double-quoted when the text has a `'`, a line break or a character that
/// must be escaped.
enum YAMLScalarStyle: Sendable, Hashable {
  case plain, singleQuoted, doubleQuoted

  /// The style for `text`; keys (`isKey`) may not be empty or span lines when plain.
  static func of(_ text: String, isKey: Bool = false) -> YAMLScalarStyle {
    let scalars = Array(text.unicodeScalars)
    let analysis = Analysis(scalars)
    if analysis.allowsBlockPlain && !(isKey && analysis.hasLineBreaks) && !resolvesToNonString(scalars) {
      return .plain
    }
    if scalars.contains("'") || scalars.contains("\n") { return .doubleQuoted }
    // Line breaks other than \n would need the folded single-quoted form; double quotes say the same thing.
    return analysis.allowsSingleQuoted && !analysis.hasLineBreaks ? .singleQuoted : .doubleQuoted
  }

  /// What the text contains that matters for the choice.
  private struct Analysis {
    var allowsBlockPlain = true
    var allowsSingleQuoted = true
    var hasLineBreaks = false

    init(_ scalars: [Unicode.Scalar]) {
      guard !scalars.isEmpty else { return }
      var indicators = false
      var special = false
      var leadingOrTrailingSpace = false
      var breakThenSpace = false
      var spaceThenBreak = false
      let prefix = String(String.UnicodeScalarView(scalars.prefix(3)))
      if prefix == "---" || prefix == "..." { indicators = true }
      var previousSpace = false
      var previousBreak = false
      for (index, scalar) in scalars.enumerated() {
        let followedBySpace = index + 1 >= scalars.count || Self.isSpaceOrBreak(scalars[index + 1])
        let precededBySpace = index == 0 || Self.isSpaceOrBreak(scalars[index - 1])
        if index == 0 {
          if "#,[]{}&*!|>'\"%@`".unicodeScalars.contains(scalar) { indicators = true }
          if (scalar == "?" || scalar == ":") && followedBySpace { indicators = true }
          if scalar == "-" && followedBySpace { indicators = true }
        } else {
          if scalar == ":" && followedBySpace { indicators = true }
          if scalar == "#" && precededBySpace { indicators = true }
        }
        let isBreak = Self.isBreak(scalar)
        if isBreak { hasLineBreaks = true }
        if !(scalar == "\n" || (0x20...0x7E).contains(scalar.value)) {
          let printable =
            scalar.value == 0x85 || (0xA0...0xD7FF).contains(scalar.value) || (0xE000...0xFFFD).contains(scalar.value)
            || (0x10000...0x10FFFF).contains(scalar.value)
          if !printable || scalar.value == 0xFEFF { special = true }
        }
        if scalar == " " {
          if index == 0 || index == scalars.count - 1 { leadingOrTrailingSpace = true }
          if previousBreak { breakThenSpace = true }
          previousSpace = true
          previousBreak = false
        } else if isBreak {
          if index == 0 || index == scalars.count - 1 { leadingOrTrailingSpace = true }
          if previousSpace { spaceThenBreak = true }
          previousSpace = false
          previousBreak = true
        } else {
          previousSpace = false
          previousBreak = false
        }
      }
      if leadingOrTrailingSpace || breakThenSpace || special || spaceThenBreak || hasLineBreaks || indicators {
        allowsBlockPlain = false
      }
      if breakThenSpace || special || spaceThenBreak { allowsSingleQuoted = false }
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\n" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    static func isSpaceOrBreak(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\0" || scalar == " " || scalar == "\t" || scalar == "\r" || isBreak(scalar)
    }
  }

  // MARK: YAML 1.2 implicit types

  /// Whether a plain scalar with this text would be read as something other than a string.
  static func resolvesToNonString(_ scalars: [Unicode.Scalar]) -> Bool {
    let text = String(String.UnicodeScalarView(scalars))
    switch text {
    case "", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "<<", "=", "!", "&", "*":
      return true
    default:
      break
    }
    return isInteger(scalars) || isFloat(scalars) || isTimestamp(scalars)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  /// `[-+]?(0b[01_]+ | 0o[0-7_]+ | [0-9_]+ | 0x[0-9a-fA-F_]+)`
  private static func isInteger(_ scalars: [Unicode.Scalar]) -> Bool {
    guard let first = scalars.first, first == "-" || first == "+" || isDigit(first) else { return false }
    var body = scalars[...]
    if let first = body.first, first == "-" || first == "+" { body = body.dropFirst() }
    func all(_ part: ArraySlice<Unicode.Scalar>, _ allowed: (Unicode.Scalar) -> Bool) -> Bool {
      !part.isEmpty && part.allSatisfy { $0 == "_" || allowed($0) }
    }
    if all(body, isDigit) { return true }
    guard body.count > 2, body.first == "0" else { return false }
    let rest = body.dropFirst(2)
    switch body[body.startIndex + 1] {
    case "b": return all(rest) { $0 == "0" || $0 == "1" }
    case "o": return all(rest) { ("0"..."7").contains($0) }
    case "x": return all(rest) { isDigit($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
    default: return false
    }
  }

  /// The YAML 1.2 float forms: `1.5`, `1.`, `1e5`, `.5`, `.inf`, `.nan`, with signs and `_` where allowed.
  private static func isFloat(_ scalars: [Unicode.Scalar]) -> Bool {
    let text = String(String.UnicodeScalarView(scalars))
    if [".nan", ".NaN", ".NAN"].contains(text) { return true }
    var body = scalars[...]
    if let first = body.first, first == "-" || first == "+" { body = body.dropFirst() }
    if [".inf", ".Inf", ".INF"].contains(String(String.UnicodeScalarView(body))) { return true }
    // Split off an exponent.
    var mantissa = body
    var exponent: ArraySlice<Unicode.Scalar>?
    if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = body[..<e]
      exponent = body[(e + 1)...]
    }
    func digitsOrUnderscores(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
      part.allSatisfy { isDigit($0) || $0 == "_" }
    }
    func validExponent(signRequired: Bool) -> Bool {
      guard var digits = exponent else { return true }
      if let sign = digits.first, sign == "-" || sign == "+" {
        digits = digits.dropFirst()
      } else if signRequired {
        return false
      }
      return !digits.isEmpty && digits.allSatisfy(isDigit)
    }
    if let dot = mantissa.firstIndex(of: ".") {
      let whole = mantissa[..<dot]
      let fraction = mantissa[(dot + 1)...]
      guard digitsOrUnderscores(fraction) else { return false }
      if whole.isEmpty {
        // `.5`, `.5e+1`: the fraction is required, the exponent needs a sign.
        return !fraction.isEmpty && validExponent(signRequired: true)
      }
      return isDigit(whole.first!) && digitsOrUnderscores(whole) && validExponent(signRequired: false)
    }
    // `1e5`: no dot, the exponent is required.
    guard exponent != nil, let first = mantissa.first, isDigit(first), digitsOrUnderscores(mantissa) else {
      return false
    }
    return validExponent(signRequired: false)
  }

  /// `YYYY-MM-DD`, or a date and time (`YYYY-M-D[Tt ]H:MM:SS[.frac][ zone]`).
  private static func isTimestamp(_ scalars: [Unicode.Scalar]) -> Bool {
    var index = 0
    func digits(_ minimum: Int, _ maximum: Int) -> Bool {
      var count = 0
      while index < scalars.count, count < maximum, isDigit(scalars[index]) {
        index += 1
        count += 1
      }
      return count >= minimum
    }
    func literal(_ scalar: Unicode.Scalar) -> Bool {
      guard index < scalars.count, scalars[index] == scalar else { return false }
      index += 1
      return true
    }
    // Date only: exactly YYYY-MM-DD.
    if scalars.count == 10 {
      let dateOnly = digits(4, 4) && literal("-") && digits(2, 2) && literal("-") && digits(2, 2)
      if dateOnly && index == scalars.count { return true }
      index = 0
    }
    guard digits(4, 4), literal("-"), digits(1, 2), literal("-"), digits(1, 2) else { return false }
    // Separator: T, t, or one or more spaces/tabs.
    if index < scalars.count, scalars[index] == "T" || scalars[index] == "t" {
      index += 1
    } else {
      let start = index
      while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
      if index == start { return false }
    }
    guard digits(1, 2), literal(":"), digits(2, 2), literal(":"), digits(2, 2) else { return false }
    if literal(".") { _ = digits(0, Int.max) }
    if index == scalars.count { return true }
    while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
    if literal("Z") { return index == scalars.count }
    guard index < scalars.count, scalars[index] == "-" || scalars[index] == "+" else { return false }
    index += 1
    guard digits(1, 2) else { return false }
    if literal(":") { guard digits(2, 2) else { return false } }
    return index == scalars.count
  }
}
