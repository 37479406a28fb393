/// Python's reading and printing of strings, as the AWS CLI's checks and error messages use them.
public enum PythonText {
  /// Python's `str.isspace()`: what `str.strip()` removes.
  public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    ShorthandCharacters.isPythonWhitespace(scalar)
  }

  /// Python's `str.strip()`.
  public static func strip(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end, isWhitespace(scalars[start]) { start += 1 }
    while end > start, isWhitespace(scalars[end - 1]) { end -= 1 }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }

  /// Python's `str.lstrip()`.
  public static func leftStrip(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.drop(while: isWhitespace)))
  }

  /// Python's `repr()` of a string: single quotes unless the text has `'` and no `"`, with backslash escapes
  /// for the quote, backslash, `\t`, `\n`, `\r` and unprintable characters.
  public static func repr(_ text: String) -> String {
    let quote: Unicode.Scalar = text.unicodeScalars.contains("'") && !text.unicodeScalars.contains("\"") ? "\"" : "'"
    var result = String(quote)
    for scalar in text.unicodeScalars {
      switch scalar {
      case quote, "\\": result += "\\" + String(scalar)
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      default:
        if isPrintable(scalar) {
          result.unicodeScalars.append(scalar)
        } else if scalar.value < 0x100 {
          result += "\\x" + hex(scalar.value, width: 2)
        } else if scalar.value < 0x10000 {
          result += "\\u" + hex(scalar.value, width: 4)
        } else {
          result += "\\U" + hex(scalar.value, width: 8)
        }
      }
    }
    result.unicodeScalars.append(quote)
    return result
  }

  // MARK: - Parts

  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
      .spaceSeparator:
      return false
    default:
      return true
    }
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
