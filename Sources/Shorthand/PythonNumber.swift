/// Python's `int(str)` and `float(str)`, as the AWS CLI uses them to type integer and floating-point values,
/// both in shorthand (`asn=١٢`) and for whole options (`--vlan ١٢`).
///
/// CPython first turns every non-ASCII decimal digit (`Nd`, of any script) into its ASCII digit and every
/// non-ASCII whitespace character into a space; any other non-ASCII character makes the text invalid. It then
/// strips ASCII whitespace (space, tab, line feed, vertical tab, form feed, carriage return — not U+001C to
/// U+001F, which `str.strip()` would remove) and reads a sign and digits with single `_` between digits.
public enum PythonNumber {
  /// What `int(text)` gives.
  public enum IntegerResult: Equatable, Sendable {
    /// A value that fits 64 bits.
    case value(Int64)
    /// Python accepts it, but it needs more than 64 bits; its digits with the sign and no leading zeros.
    case tooLarge(String)
    /// Python raises `ValueError`.
    case invalid
  }

  /// The most digits Python 3.11 and later convert (`sys.get_int_max_str_digits()`); more raise `ValueError`.
  static let maximumIntegerDigits = 4300

  /// Python's `int(text)`: surrounding whitespace, a sign, decimal digits of any script, single `_` between
  /// digits.
  public static func integer(_ text: String) -> IntegerResult {
    guard let ascii = normalized(text) else { return .invalid }
    var scalars = ascii[...]
    var negative = false
    if let first = scalars.first, first == "+" || first == "-" {
      negative = first == "-"
      scalars = scalars.dropFirst()
    }
    guard let digits = digitsRemovingUnderscores(scalars), !digits.isEmpty,
      digits.count <= maximumIntegerDigits
    else { return .invalid }
    var magnitude: UInt64 = 0
    var overflow = false
    for digit in digits {
      let (times, overflowed) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflowedAgain) = times.addingReportingOverflow(UInt64(digit.value - 0x30))
      if overflowed || overflowedAgain {
        overflow = true
        break
      }
      magnitude = sum
    }
    if !overflow {
      if negative, magnitude <= UInt64(Int64.max) + 1 { return .value(Int64(truncatingIfNeeded: 0 &- magnitude)) }
      if !negative, magnitude <= UInt64(Int64.max) { return .value(Int64(magnitude)) }
    }
    let significant = digits.drop { $0 == "0" }
    return .tooLarge((negative ? "-" : "") + String(String.UnicodeScalarView(significant)))
  }

  /// Python's `float(text)`: whitespace, sign, digits of any script with `_` between digits, a fraction, an
  /// exponent, or `inf`/`infinity`/`nan` in any case. Too large a magnitude gives an infinity, as in Python.
  public static func float(_ text: String) -> Double? {
    guard let ascii = normalized(text) else { return nil }
    var scalars = ascii[...]
    var sign = ""
    if let first = scalars.first, first == "+" || first == "-" {
      sign = first == "-" ? "-" : ""
      scalars = scalars.dropFirst()
    }
    let word = String(String.UnicodeScalarView(scalars)).lowercased()
    if word == "inf" || word == "infinity" { return sign == "-" ? -.infinity : .infinity }
    if word == "nan" { return .nan }
    var position = scalars.startIndex
    /// The digits of the run at `position` without its underscores (empty when there is no run), or nil
    /// when an underscore is misplaced.
    func digitRun() -> [Unicode.Scalar]? {
      let start = position
      while position < scalars.endIndex, isDigitOrUnderscore(scalars[position]) { position += 1 }
      return digitsRemovingUnderscores(scalars[start..<position])
    }
    guard let whole = digitRun() else { return nil }
    var fraction: [Unicode.Scalar] = []
    if position < scalars.endIndex, scalars[position] == "." {
      position += 1
      guard let run = digitRun() else { return nil }
      fraction = run
    }
    guard !whole.isEmpty || !fraction.isEmpty else { return nil }
    var exponent = ""
    if position < scalars.endIndex, scalars[position] == "e" || scalars[position] == "E" {
      position += 1
      var exponentSign = ""
      if position < scalars.endIndex, scalars[position] == "+" || scalars[position] == "-" {
        exponentSign = scalars[position] == "-" ? "-" : "+"
        position += 1
      }
      guard let run = digitRun(), !run.isEmpty else { return nil }
      exponent = "e" + exponentSign + String(String.UnicodeScalarView(run))
    }
    guard position == scalars.endIndex else { return nil }
    let literal =
      sign + (whole.isEmpty ? "0" : String(String.UnicodeScalarView(whole))) + "."
      + (fraction.isEmpty ? "0" : String(String.UnicodeScalarView(fraction))) + exponent
    return Double(literal)
  }

  // MARK: - Parts

  /// The text as CPython reads a number from it: non-ASCII digits as ASCII digits, non-ASCII whitespace as
  /// spaces, then ASCII whitespace stripped from both ends; nil when it holds another non-ASCII character.
  private static func normalized(_ text: String) -> [Unicode.Scalar]? {
    var result: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars {
      if scalar.value < 0x7F {
        result.append(scalar)
      } else if PythonText.isWhitespace(scalar) {
        result.append(" ")
      } else if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
        let digit = Unicode.Scalar(UInt32(0x30 + Int(value)))
      {
        result.append(digit)
      } else {
        return nil
      }
    }
    var start = 0
    var end = result.count
    while start < end, isASCIIWhitespace(result[start]) { start += 1 }
    while end > start, isASCIIWhitespace(result[end - 1]) { end -= 1 }
    return Array(result[start..<end])
  }

  /// C's `isspace` in the C locale: what CPython strips around a number once other whitespace is a space.
  private static func isASCIIWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || ("\t"..."\r").contains(scalar)
  }

  private static func isDigitOrUnderscore(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || scalar == "_"
  }

  /// The digits of a run with its underscores removed, or nil when the run has anything else or an underscore
  /// that is not between two digits.
  private static func digitsRemovingUnderscores(_ run: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
    var digits: [Unicode.Scalar] = []
    var previousWasDigit = false
    var pendingUnderscore = false
    for scalar in run {
      if ("0"..."9").contains(scalar) {
        digits.append(scalar)
        previousWasDigit = true
        pendingUnderscore = false
      } else if scalar == "_", previousWasDigit {
        previousWasDigit = false
        pendingUnderscore = true
      } else {
        return nil
      }
    }
    return pendingUnderscore ? nil : digits
  }
}
