/// Reading numbers from text exactly as Python's `int()` and `float()` accept them (the AWS CLI converts
/// integer and floating-point option values with those).
enum ScalarText {
  /// Python `int(text)`: surrounding whitespace, a sign, decimal digits with single `_` between digits.
  /// Returns nil when Python would raise; `.overflow` when it fits Python but not 64 bits.
  enum IntegerResult: Equatable {
    case value(Int64)
    case overflow
    case invalid
  }

  static func integer(_ text: String) -> IntegerResult {
    let trimmed = pythonStrip(text)
    var bytes = Array(trimmed.utf8)
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      negative = first == UInt8(ascii: "-")
      bytes.removeFirst()
    }
    guard !bytes.isEmpty, isDigit(bytes.first!), isDigit(bytes.last!) else { return .invalid }
    var value: Int64 = 0
    var overflow = false
    var previousUnderscore = false
    for byte in bytes {
      if byte == UInt8(ascii: "_") {
        if previousUnderscore { return .invalid }
        previousUnderscore = true
        continue
      }
      guard isDigit(byte) else { return .invalid }
      previousUnderscore = false
      let digit = Int64(byte - 48)
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (sum, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
      if o1 || o2 { overflow = true }
      value = sum
    }
    return overflow ? .overflow : .value(value)
  }

  /// Python `float(text)`: decimal and exponent forms, `_` between digits, `inf`/`infinity`/`nan` in any case.
  static func double(_ text: String) -> Double? {
    let trimmed = pythonStrip(text)
    var body = Substring(trimmed)
    var sign = 1.0
    if let first = body.first, first == "+" || first == "-" {
      sign = first == "-" ? -1 : 1
      body = body.dropFirst()
    }
    switch body.lowercased() {
    case "inf", "infinity": return sign * .infinity
    case "nan": return .nan
    default: break
    }
    let bytes = Array(body.utf8)
    var cleaned: [UInt8] = []
    var index = 0
    var sawDigit = false
    var sawDot = false
    var sawExponent = false
    while index < bytes.count {
      let byte = bytes[index]
      if isDigit(byte) {
        sawDigit = true
        cleaned.append(byte)
      } else if byte == UInt8(ascii: "_") {
        guard index > 0, index + 1 < bytes.count, isDigit(bytes[index - 1]), isDigit(bytes[index + 1]) else {
          return nil
        }
      } else if byte == UInt8(ascii: "."), !sawDot, !sawExponent {
        sawDot = true
        cleaned.append(byte)
      } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E"), sawDigit, !sawExponent {
        sawExponent = true
        cleaned.append(byte)
        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "+") || bytes[index + 1] == UInt8(ascii: "-") {
          cleaned.append(bytes[index + 1])
          index += 1
        }
        guard index + 1 < bytes.count, isDigit(bytes[index + 1]) else { return nil }
      } else {
        return nil
      }
      index += 1
    }
    guard sawDigit, let value = Double(String(decoding: cleaned, as: UTF8.self)) else { return nil }
    return sign * value
  }

  /// Python's `str.strip()` for the whitespace that matters on a command line.
  static func pythonStrip(_ text: String) -> String {
    let whitespace: Set<Unicode.Scalar> = [
      " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}",
      "\u{1F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{3000}",
    ]
    let scalars = Array(text.unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end, whitespace.contains(scalars[start]) { start += 1 }
    while end > start, whitespace.contains(scalars[end - 1]) { end -= 1 }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }

  /// Python's `str.lstrip()`.
  static func leftStripped(_ text: String) -> Substring {
    Substring(text).drop { $0.isWhitespace }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

  /// A Python-style rendering of a number for messages.
  static func render(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e16 { return String(Int64(value)) }
    return String(value)
  }
}
