/// The character data of model documentation read as XML, the way the AWS CLI reads it for YAML comments.
///
/// The AWS CLI wraps the documentation in one root element and parses it with a strict, namespace-aware XML
/// parser; if that fails it uses the documentation unchanged. This reader accepts and rejects the same inputs for
/// everything the models contain: well-formed tags and attributes, bound prefixes, the five predefined entities
/// and character references, comments, processing instructions and CDATA sections (whose text, like comments,
/// is dropped). Line ends are normalised (`\r\n` and `\r` become `\n`), as an XML parser does.
enum MarkupText {
  /// The concatenated text of `markup`, or nil if it is not well-formed XML content.
  static func characterData(of markup: String) -> String? {
    var reader = Reader(Array(markup.unicodeScalars))
    return reader.read()
  }

  private struct Reader {
    let scalars: [Unicode.Scalar]
    var position = 0
    var text = String.UnicodeScalarView()
    /// Open elements, innermost last: the qualified name and the prefixes it declares.
    var open: [(name: [Unicode.Scalar], prefixes: [String])] = []

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func read() -> String? {
      while position < scalars.count {
        let scalar = scalars[position]
        switch scalar {
        case "<":
          guard markup() else { return nil }
        case "&":
          guard let character = reference() else { return nil }
          text.append(character)
        case "\r":
          text.append("\n")
          position += 1
          if position < scalars.count, scalars[position] == "\n" { position += 1 }
        case "]" where starts(with: "]]>"):
          return nil
        default:
          guard Self.isCharacter(scalar) else { return nil }
          text.append(scalar)
          position += 1
        }
      }
      return open.isEmpty ? String(text) : nil
    }

    // MARK: Markup

    private mutating func markup() -> Bool {
      if starts(with: "<!--") { return comment() }
      if starts(with: "<![CDATA[") { return skip(past: "]]>", from: position + 9) }
      if starts(with: "</") { return endTag() }
      if starts(with: "<?") { return processingInstruction() }
      if starts(with: "<!") { return false }
      return startTag()
    }

    private mutating func comment() -> Bool {
      var index = position + 4
      while index + 1 < scalars.count {
        if scalars[index] == "-" && scalars[index + 1] == "-" {
          guard index + 2 < scalars.count, scalars[index + 2] == ">" else { return false }
          position = index + 3
          return true
        }
        guard Self.isCharacter(scalars[index]) else { return false }
        index += 1
      }
      return false
    }

    private mutating func processingInstruction() -> Bool {
      position += 2
      guard let target = name(), !target.contains(":") else { return false }
      if target.lowercased() == "xml" { return false }
      if starts(with: "?>") {
        position += 2
        return true
      }
      guard position < scalars.count, Self.isSpace(scalars[position]) else { return false }
      return skip(past: "?>", from: position)
    }

    /// Moves past the first `terminator` at or after `start`; every scalar before it must be an XML character.
    private mutating func skip(past terminator: String, from start: Int) -> Bool {
      let end = Array(terminator.unicodeScalars)
      var index = start
      while index + end.count <= scalars.count {
        if scalars[index] == end[0] && Array(scalars[index..<index + end.count]) == end {
          position = index + end.count
          return true
        }
        guard Self.isCharacter(scalars[index]) else { return false }
        index += 1
      }
      return false
    }

    private mutating func endTag() -> Bool {
      position += 2
      guard let name = name() else { return false }
      skipSpaces()
      guard position < scalars.count, scalars[position] == ">", let last = open.last,
        last.name == Array(name.unicodeScalars)
      else { return false }
      position += 1
      open.removeLast()
      return true
    }

    private mutating func startTag() -> Bool {
      position += 1
      guard let name = name() else { return false }
      var attributes: [String] = []
      var declared: [String] = []
      var selfClosing = false
      while true {
        let hadSpace = skipSpaces()
        guard position < scalars.count else { return false }
        if scalars[position] == ">" {
          position += 1
          break
        }
        if starts(with: "/>") {
          position += 2
          selfClosing = true
          break
        }
        guard hadSpace, let attribute = self.name() else { return false }
        skipSpaces()
        guard position < scalars.count, scalars[position] == "=" else { return false }
        position += 1
        skipSpaces()
        guard let value = attributeValue() else { return false }
        if attributes.contains(attribute) { return false }
        attributes.append(attribute)
        if attribute == "xmlns:xmlns" { return false }
        if attribute.hasPrefix("xmlns:") {
          if value.isEmpty { return false }
          declared.append(String(attribute.dropFirst(6)))
        }
      }
      // Namespace checks: every prefix used must be bound.
      let bound = Set(declared + open.flatMap(\.prefixes) + ["xml"])
      for qualified in [name] + attributes where !qualified.hasPrefix("xmlns") || qualified == name {
        guard let colon = qualified.firstIndex(of: ":") else { continue }
        let prefix = String(qualified[..<colon])
        let local = qualified[qualified.index(after: colon)...]
        if prefix.isEmpty || local.isEmpty || local.contains(":") { return false }
        if !bound.contains(prefix) { return false }
      }
      if !selfClosing { open.append((Array(name.unicodeScalars), declared)) }
      return true
    }

    private mutating func attributeValue() -> String? {
      guard position < scalars.count, scalars[position] == "\"" || scalars[position] == "'" else { return nil }
      let quote = scalars[position]
      position += 1
      var value = String.UnicodeScalarView()
      while position < scalars.count {
        let scalar = scalars[position]
        if scalar == quote {
          position += 1
          return String(value)
        }
        if scalar == "<" { return nil }
        if scalar == "&" {
          guard let character = reference() else { return nil }
          value.append(character)
          continue
        }
        guard Self.isCharacter(scalar) else { return nil }
        value.append(scalar)
        position += 1
      }
      return nil
    }

    // MARK: Tokens

    /// `&name;` or `&#N;` or `&#xH;`; only the five predefined entities exist.
    private mutating func reference() -> Unicode.Scalar? {
      position += 1
      if position < scalars.count, scalars[position] == "#" {
        position += 1
        var radix: UInt32 = 10
        if position < scalars.count, scalars[position] == "x" {
          radix = 16
          position += 1
        }
        var value: UInt32 = 0
        var digits = 0
        while position < scalars.count, let digit = Self.digit(scalars[position], radix: radix) {
          value = value > 0x10FFFF ? value : value * radix + digit
          digits += 1
          position += 1
        }
        guard digits > 0, position < scalars.count, scalars[position] == ";" else { return nil }
        position += 1
        guard let scalar = Unicode.Scalar(value), Self.isCharacter(scalar) else { return nil }
        return scalar
      }
      guard let name = name(), position < scalars.count, scalars[position] == ";" else { return nil }
      position += 1
      switch name {
      case "lt": return "<"
      case "gt": return ">"
      case "amp": return "&"
      case "quot": return "\""
      case "apos": return "'"
      default: return nil
      }
    }

    /// An XML name at the current position.
    private mutating func name() -> String? {
      guard position < scalars.count, Self.isNameStart(scalars[position]) else { return nil }
      var result = String.UnicodeScalarView()
      while position < scalars.count, Self.isNameCharacter(scalars[position]) {
        result.append(scalars[position])
        position += 1
      }
      return String(result)
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
      let start = position
      while position < scalars.count, Self.isSpace(scalars[position]) { position += 1 }
      return position > start
    }

    private func starts(with prefix: String) -> Bool {
      var index = position
      for scalar in prefix.unicodeScalars {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
      }
      return true
    }

    // MARK: Character classes (XML 1.0)

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    static func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
      default: return false
      }
    }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x3A, 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
        0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF,
        0xFDF0...0xFFFD, 0x10000...0xEFFFF:
        return true
      default: return false
      }
    }

    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
      default: return isNameStart(scalar)
      }
    }

    static func digit(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
      switch scalar.value {
      case 0x30...0x39: return scalar.value - 0x30
      case 0x61...0x66 where radix == 16: return scalar.value - 0x61 + 10
      case 0x41...0x46 where radix == 16: return scalar.value - 0x41 + 10
      default: return nil
      }
    }
  }
}
