/// Decides whether a model `pattern` (written for Java's regex engine) means the same in the JSON Schema
/// validators people use: ECMA-262 (editors, JavaScript) and Python's `re` (`jsonschema`).
///
/// The check is conservative: it accepts the common subset (classes, groups, lookaround, quantifiers,
/// `\d \w \s \b`, hex and `\u` escapes) and rejects Unicode properties (`\p{L}`), `\A`/`\z`, quoting,
/// inline flags, atomic groups, possessive quantifiers, POSIX and intersected classes, surrogate escapes and ranges
/// whose end is a class escape (`[\w-_]`).
enum PortablePattern {
  /// Escaped letters both engines read the same way.
  private static let sharedEscapes: Set<Character> = ["b", "B", "d", "D", "f", "n", "r", "s", "S", "t", "v", "w", "W"]
  private static let classEscapes: Set<Character> = ["d", "D", "s", "S", "w", "W"]

  static func isPortable(_ pattern: String) -> Bool {
    let characters = Array(pattern)
    var index = 0
    var inClass = false
    while index < characters.count {
      let character = characters[index]
      if character == "\\" {
        guard index + 1 < characters.count else { return false }
        let escaped = characters[index + 1]
        var length = 2
        if escaped.isLetter && escaped.isASCII {
          switch escaped {
          case "x":
            guard index + 3 < characters.count, characters[index + 2].isHexDigit, characters[index + 3].isHexDigit
            else { return false }
            length = 4
          case "u":
            guard index + 5 < characters.count else { return false }
            let digits = String(characters[(index + 2)...(index + 5)])
            guard digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return false }
            if (0xD800...0xDFFF).contains(value) { return false }
            length = 6
          default:
            guard sharedEscapes.contains(escaped) else { return false }
          }
        }
        let isClassEscape = classEscapes.contains(escaped)
        if inClass, isClassEscape, index + length + 1 < characters.count, characters[index + length] == "-",
          characters[index + length + 1] != "]"
        {
          return false
        }
        if inClass, isClassEscape, index >= 2, characters[index - 1] == "-", characters[index - 2] != "[",
          characters[index - 2] != "^"
        {
          return false  // `[a-\w]`: a range that ends in a class escape.
        }
        index += length
        continue
      }
      if inClass {
        if character == "[" { return false }
        if character == "&" && index + 1 < characters.count && characters[index + 1] == "&" { return false }
        if character == "]" { inClass = false }
        index += 1
        continue
      }
      switch character {
      case "[":
        inClass = true
        // A `]` right after `[` or `[^` is a literal in Java and Python but closes the class in ECMA-262.
        var next = index + 1
        if next < characters.count, characters[next] == "^" { next += 1 }
        if next < characters.count, characters[next] == "]" { return false }
        index = next
        continue
      case "(":
        if index + 1 < characters.count, characters[index + 1] == "?" {
          guard index + 2 < characters.count else { return false }
          let kind = characters[index + 2]
          switch kind {
          case ":", "=", "!":
            break
          case "<":
            guard index + 3 < characters.count, characters[index + 3] == "=" || characters[index + 3] == "!"
            else { return false }
          default:
            return false
          }
        }
      case "*", "+", "?", "}":
        if index + 1 < characters.count, characters[index + 1] == "+" { return false }
      default:
        break
      }
      index += 1
    }
    return !inClass
  }
}
