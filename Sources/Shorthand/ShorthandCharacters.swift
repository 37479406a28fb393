/// The character classes of the AWS CLI's shorthand grammar, as Unicode scalar predicates.
///
/// Characters above U+FFFF are in none of the value classes: the AWS CLI rejects them outside quotes.
enum ShorthandCharacters {
  /// Characters a key may hold: ASCII letters and digits and `- _ . # / :`.
  static func isKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && isKeyCharacter(UInt8(truncatingIfNeeded: scalar.value))
  }

  /// `isKeyCharacter` for a UTF-8 byte (no byte of a multi-byte scalar is one).
  static func isKeyCharacter(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    case 0x2D, 0x5F, 0x2E, 0x23, 0x2F, 0x3A: return true
    default: return false
    }
  }

  /// The whitespace skipped between tokens: space, tab, line feed, carriage return, vertical tab, form feed
  /// (Python's `string.whitespace`).
  static func isSeparatorWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09...0x0D: return true
    default: return false
    }
  }

  /// `isSeparatorWhitespace` for a UTF-8 byte (no byte of a multi-byte scalar is one).
  static func isSeparatorWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// Python's `str.isspace()` (and the regex class `\s`): what may continue a value and what `rstrip` removes.
  static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// Characters that may start an unquoted value: U+0021–U+FFFF except `"` `'` `,` `=` `[` `{`.
  static func canStartValue(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21, 0x23...0x26, 0x28...0x2B, 0x2D...0x3C, 0x3E...0x5A, 0x5C...0x7A, 0x7C...0xFFFF: return true
    default: return false
    }
  }

  /// Characters that may continue the first value after `=` (and every value in `[...]` and `{...}`):
  /// whitespace and U+0021–U+FFFF except `"` `'` `,` `]` `}`.
  static func canContinueFirstValue(_ scalar: Unicode.Scalar) -> Bool {
    if isPythonWhitespace(scalar) { return true }
    switch scalar.value {
    case 0x21, 0x23...0x26, 0x28...0x2B, 0x2D...0x5C, 0x5E...0x7C, 0x7E...0xFFFF: return true
    default: return false
    }
  }

  /// Characters that may continue the second and later items of a CSV list: whitespace and U+0021–U+FFFF
  /// except `"` `'` `,` `=`.
  static func canContinueSecondValue(_ scalar: Unicode.Scalar) -> Bool {
    if isPythonWhitespace(scalar) { return true }
    switch scalar.value {
    case 0x21, 0x23...0x26, 0x28...0x2B, 0x2D...0x3C, 0x3E...0xFFFF: return true
    default: return false
    }
  }
}
