/// Python's `int(str)` and `float(str)`, as far as the AWS CLI's shorthand typing uses them.
enum PythonNumber {
  /// What `int(text)` gives.
  enum IntegerResult: Equatable {
    case value(Int64)
    /// Python accepts it, but it needs more than 64 bits; the normalized digits.
    case tooLarge(String)
    case invalid
  }

  /// Python's `int(text)`: surrounding whitespace, a sign, decimal digits of any script, single `_` between
  /// digits.
  static func integer(_ text: String) -> IntegerResult {
    guard let ascii = normalized(text) else { return .invalid }
    var scalars = ascii[...]
    var negative = false
    if let first = scalars.first, first == "+" || first == "-" {
      negative = first == "-"
      scalars = scalars.dropFirst()
    }
    guard let digits = digitsRemovingUnderscores(scalars), !digits.isEmpty else { return .invalid }
    var value: Int64 = 0
    var overflow = false
    for digit in digits {
      let (times, overflowed) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowedAgain) = times.addingReportingOverflow(Int64(digit.value - 0x30))
      if overflowed || overflowedAgain {
        overflow = true
        break
      }
      value = sum
    }
    let digitText = String(scalars: digits.drop { $0 == "0" })
    if overflow {
      // Int64.min is the one value whose magnitude overflows but which still fits.
      if negative, digitText == "9223372036854775808" { return .value(.min) }
      return .tooLarge((negative ? "-" : "") + digitText)
    }
    return .value(negative ? -value : value)
  }

  /// Python's `float(text)`: whitespace, sign, digits of any script with `_` between digits, a fraction, an
  /// exponent, or `inf`/`infinity`/`nan` in any case.
  static func float(_ text: String) -> Double? {
    guard let ascii = normalized(text) else { return nil }
    var scalars = ascii[...]
    var sign = ""
    if let first = scalars.first, first == "+" || first == "-" {
      sign = first == "-" ? "-" : ""
      scalars = scalars.dropFirst()
    }
    let word = String(scalars: scalars).lowercased()
    if word == "inf" || word == "infinity" { return sign == "-" ? -.infinity : .infinity }
    if word == "nan" { return .nan }
    // mantissa
    var position = scalars.startIndex
    func digitRun() -> [Unicode.Scalar]? {
      let start = position
      while position < scalars.endIndex, isDigitOrUnderscore(scalars[position]) { position += 1 }
      if start == position { return [] }
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
      exponent = "e" + exponentSign + String(scalars: run)
    }
    guard position == scalars.endIndex else { return nil }
    let literal =
      sign + (whole.isEmpty ? "0" : String(scalars: whole)) + "."
      + (fraction.isEmpty ? "0" : String(scalars: fraction)) + exponent
    return Double(literal)
  }

  // MARK: - Parts

  /// The text with digits of other scripts turned into ASCII and surrounding whitespace removed, or nil when
  /// it holds other non-ASCII characters (as CPython's number parsing does).
  private static func normalized(_ text: String) -> [Unicode.Scalar]? {
    var result: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        result.append(scalar)
      } else if ShorthandCharacters.isPythonWhitespace(scalar) {
        result.append(" ")
      } else if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
        let digit = Unicode.Scalar(UInt32(0x30 + Int(value)))
      {
        result.append(digit)
      } else {
        return nil
      }
    }
    while let first = result.first, ShorthandCharacters.isPythonWhitespace(first) { result.removeFirst() }
    while let last = result.last, ShorthandCharacters.isPythonWhitespace(last) { result.removeLast() }
    return result
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
