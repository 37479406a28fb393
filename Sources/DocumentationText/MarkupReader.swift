/// Reads the markup of a documentation string, token by token, from its UTF-8 bytes.
///
/// One reader serves both ways the AWS CLI reads model documentation, chosen by `Dialect`:
///
/// - `.html`, forgiving, for help pages and schema documents: a `<` that does not start a tag is text; comments,
///   doctypes and processing instructions are skipped up to their end; attributes are skipped; HTML's named
///   character references are decoded and a `&` that starts none stays as it is.
/// - `.xml`, strict, for the first sentence of YAML skeleton comments: the grammar of XML 1.0 content (names,
///   quoted attributes without duplicates, the five predefined entities, character references, comments,
///   processing instructions, CDATA sections whose text is dropped), with `\r\n` and `\r` read as `\n`. The first
///   error stops the reader and sets `failed`.
///
/// Every byte markup is made of is ASCII, so the reader decodes a scalar only where a byte is not.
struct MarkupReader {
  /// How strictly the markup is read.
  enum Dialect {
    /// Forgiving HTML: never fails.
    case html
    /// Well-formed XML content or nothing.
    case xml
  }

  /// One piece of markup.
  enum Token: Equatable {
    /// Character data, references decoded.
    case text(String)
    /// A start tag: its name (lower-cased in HTML), its attributes (names and values, XML only) and whether it
    /// closes itself.
    case startTag(String, attributes: [Attribute], selfClosing: Bool)
    /// An end tag and its name (lower-cased in HTML).
    case endTag(String)
  }

  /// An attribute of an XML start tag.
  struct Attribute: Equatable {
    var name: String
    var value: String
  }

  let dialect: Dialect
  private let bytes: [UInt8]
  private var position = 0
  /// Whether the markup broke the XML grammar (never set in HTML).
  private(set) var failed = false

  init(_ markup: String, dialect: Dialect) {
    self.dialect = dialect
    bytes = Array(markup.utf8)
  }

  /// The next token, or nil at the end of the markup or after an XML error.
  mutating func next() -> Token? {
    while !failed && position < bytes.count {
      if bytes[position] == UInt8(ascii: "<") {
        switch dialect == .html ? htmlMarkup() : xmlMarkup() {
        case .token(let token): return token
        case .skipped: continue
        case .notMarkup:
          if dialect == .xml {
            failed = true
            return nil
          }
        }
      }
      return dialect == .html ? htmlText() : xmlText()
    }
    return nil
  }

  /// What a `<` starts.
  private enum Markup {
    case token(Token)
    /// A comment, doctype, CDATA section or processing instruction, now passed.
    case skipped
    /// Nothing: in HTML the `<` is text; in XML the markup is broken.
    case notMarkup
  }

  // MARK: HTML

  /// Text up to the next `<` (the `<` at `position` included, when it started no tag).
  private mutating func htmlText() -> Token {
    let start = position
    position += 1
    while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
    return .text(htmlDecoded(start..<position))
  }

  /// A tag, comment, doctype or processing instruction at `position` (which holds `<`); `position` stays where
  /// it is if there is none.
  private mutating func htmlMarkup() -> Markup {
    var index = position + 1
    guard index < bytes.count else { return .notMarkup }
    if bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
      let terminator = starts(with: "<!--", at: position) ? "-->" : ">"
      guard let end = find(terminator, from: index + 1) else { return .notMarkup }
      position = end + terminator.utf8.count
      return .skipped
    }
    var isEnd = false
    if bytes[index] == UInt8(ascii: "/") {
      isEnd = true
      index += 1
    }
    guard let nameEnd = nameEnd(from: index) else { return .notMarkup }
    let nameStart = index
    index = nameEnd
    // Skip attributes, honouring quotes, up to the closing `>`.
    var quote: UInt8?
    var selfClosing = false
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        break
      } else if byte == UInt8(ascii: "<") {
        return .notMarkup
      }
      if quote == nil && byte == UInt8(ascii: "/") {
        selfClosing = true
      } else if !Self.isSpace(byte) {
        selfClosing = false
      }
      index += 1
    }
    guard index < bytes.count else { return .notMarkup }
    position = index + 1
    let name = bytes[nameStart..<nameEnd]
    let lowered =
      name.allSatisfy { $0 < 0x80 }
      ? String(decoding: name.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
      : String(decoding: name, as: UTF8.self).lowercased()
    return .token(isEnd ? .endTag(lowered) : .startTag(lowered, attributes: [], selfClosing: selfClosing))
  }

  /// The bytes in `range` with HTML character references decoded; a `&` that starts none stays as it is.
  private func htmlDecoded(_ range: Range<Int>) -> String {
    let text = bytes[range]
    let ampersand = UInt8(ascii: "&")
    guard text.contains(ampersand) else { return String(decoding: text, as: UTF8.self) }
    var result: [UInt8] = []
    result.reserveCapacity(text.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      guard byte == ampersand else {
        result.append(byte)
        index += 1
        continue
      }
      // A reference's name is at most 12 characters; one with a non-ASCII character is never a reference.
      var end = index + 1
      while end < range.upperBound, end - index <= 12, bytes[end] != UInt8(ascii: ";"), bytes[end] != ampersand,
        bytes[end] != UInt8(ascii: " ")
      {
        end += 1
      }
      if end < range.upperBound, bytes[end] == UInt8(ascii: ";"),
        let replacement = HTMLEntity.text(of: String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
      {
        result.append(contentsOf: replacement.utf8)
        index = end + 1
        continue
      }
      result.append(byte)
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  // MARK: XML

  /// Character data up to the next `<`, or nil (and `failed`) if it breaks the grammar.
  private mutating func xmlText() -> Token? {
    var text: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "<"):
        return .text(String(decoding: text, as: UTF8.self))
      case UInt8(ascii: "&"):
        guard let scalar = xmlReference() else { return fail() }
        text.append(contentsOf: String(scalar).utf8)
      case UInt8(ascii: "\r"):
        text.append(UInt8(ascii: "\n"))
        position += 1
        if position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
      case UInt8(ascii: "]") where starts(with: "]]>", at: position):
        return fail()
      default:
        guard let length = characterLength(at: position) else { return fail() }
        text.append(contentsOf: bytes[position..<position + length])
        position += length
      }
    }
    return .text(String(decoding: text, as: UTF8.self))
  }

  /// Markup at `position` (which holds `<`).
  private mutating func xmlMarkup() -> Markup {
    if starts(with: "<!--", at: position) {
      // A comment ends at the first `--`, which must be followed by `>`.
      guard let end = skipCharacters(to: "--", from: position + 4), end + 2 < bytes.count,
        bytes[end + 2] == UInt8(ascii: ">")
      else { return .notMarkup }
      position = end + 3
      return .skipped
    }
    if starts(with: "<![CDATA[", at: position) {
      guard let end = skipCharacters(to: "]]>", from: position + 9) else { return .notMarkup }
      position = end + 3
      return .skipped
    }
    if starts(with: "</", at: position) {
      position += 2
      guard let name = xmlName() else { return .notMarkup }
      skipSpaces()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { return .notMarkup }
      position += 1
      return .token(.endTag(name))
    }
    if starts(with: "<?", at: position) {
      position += 2
      guard let target = xmlName(), !target.contains(":"), target.lowercased() != "xml" else { return .notMarkup }
      if starts(with: "?>", at: position) {
        position += 2
        return .skipped
      }
      guard position < bytes.count, Self.isSpace(bytes[position]),
        let end = skipCharacters(to: "?>", from: position)
      else { return .notMarkup }
      position = end + 2
      return .skipped
    }
    if starts(with: "<!", at: position) { return .notMarkup }
    position += 1
    guard let name = xmlName() else { return .notMarkup }
    var attributes: [Attribute] = []
    while true {
      let hadSpace = skipSpaces()
      guard position < bytes.count else { return .notMarkup }
      if bytes[position] == UInt8(ascii: ">") {
        position += 1
        return .token(.startTag(name, attributes: attributes, selfClosing: false))
      }
      if starts(with: "/>", at: position) {
        position += 2
        return .token(.startTag(name, attributes: attributes, selfClosing: true))
      }
      guard hadSpace, let attribute = xmlName() else { return .notMarkup }
      skipSpaces()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return .notMarkup }
      position += 1
      skipSpaces()
      guard let value = xmlAttributeValue(), !attributes.contains(where: { $0.name == attribute }) else {
        return .notMarkup
      }
      attributes.append(Attribute(name: attribute, value: value))
    }
  }

  /// A quoted attribute value at `position`, references decoded.
  private mutating func xmlAttributeValue() -> String? {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
    else { return nil }
    let quote = bytes[position]
    position += 1
    var value: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      if byte == quote {
        position += 1
        return String(decoding: value, as: UTF8.self)
      }
      if byte == UInt8(ascii: "<") { return nil }
      if byte == UInt8(ascii: "&") {
        guard let scalar = xmlReference() else { return nil }
        value.append(contentsOf: String(scalar).utf8)
        continue
      }
      guard let length = characterLength(at: position) else { return nil }
      value.append(contentsOf: bytes[position..<position + length])
      position += length
    }
    return nil
  }

  /// `&name;`, `&#N;` or `&#xH;` at `position`; XML predefines only five names.
  private mutating func xmlReference() -> Unicode.Scalar? {
    position += 1
    if position < bytes.count, bytes[position] == UInt8(ascii: "#") {
      position += 1
      var radix: UInt32 = 10
      if position < bytes.count, bytes[position] == UInt8(ascii: "x") {
        radix = 16
        position += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while position < bytes.count, let digit = Self.digit(bytes[position], radix: radix) {
        value = value > 0x10FFFF ? value : value * radix + digit
        digits += 1
        position += 1
      }
      guard digits > 0, position < bytes.count, bytes[position] == UInt8(ascii: ";") else { return nil }
      position += 1
      guard let scalar = Unicode.Scalar(value), Self.isCharacter(scalar) else { return nil }
      return scalar
    }
    guard let name = xmlName(), position < bytes.count, bytes[position] == UInt8(ascii: ";") else { return nil }
    position += 1
    return HTMLEntity.xmlPredefined[name]
  }

  /// An XML name at `position`.
  private mutating func xmlName() -> String? {
    guard let end = nameEnd(from: position) else { return nil }
    let name = String(decoding: bytes[position..<end], as: UTF8.self)
    position = end
    return name
  }

  /// Moves past spaces; whether there were any.
  @discardableResult
  private mutating func skipSpaces() -> Bool {
    let start = position
    while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    return position > start
  }

  /// Where the first `terminator` at or after `start` begins, if every character before it is an XML character.
  private func skipCharacters(to terminator: String, from start: Int) -> Int? {
    var index = start
    let first = terminator.utf8.first!
    while index < bytes.count {
      if bytes[index] == first && starts(with: terminator, at: index) { return index }
      guard let length = characterLength(at: index) else { return nil }
      index += length
    }
    return nil
  }

  /// The length of the character at `index` if XML allows it.
  private func characterLength(at index: Int) -> Int? {
    let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
    return Self.isCharacter(scalar) ? length : nil
  }

  private mutating func fail() -> Token? {
    failed = true
    return nil
  }

  // MARK: Both dialects

  /// Where the name that starts at `index` ends, or nil if no name starts there: in HTML a letter followed by
  /// letters, digits, `-`, `_` and `:`; in XML a name as XML 1.0 defines it.
  private func nameEnd(from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      let isFirst = index == start
      if byte < 0x80 {
        guard isFirst ? Self.isASCIINameStart(byte, dialect) : Self.isASCIINameCharacter(byte, dialect) else { break }
        index += 1
      } else {
        let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
        let isName: Bool
        switch dialect {
        case .html: isName = scalar.properties.isAlphabetic
        case .xml: isName = isFirst ? Self.isXMLNameStart(scalar) : Self.isXMLNameCharacter(scalar)
        }
        guard isName else { break }
        index += length
      }
    }
    return index > start ? index : nil
  }

  private func starts(with text: String, at index: Int) -> Bool {
    var cursor = index
    for byte in text.utf8 {
      guard cursor < bytes.count, bytes[cursor] == byte else { return false }
      cursor += 1
    }
    return true
  }

  private func find(_ needle: String, from start: Int) -> Int? {
    var index = start
    let first = needle.utf8.first!
    while index < bytes.count {
      if bytes[index] == first && starts(with: needle, at: index) { return index }
      index += 1
    }
    return nil
  }

  // MARK: Character classes

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func isASCIINameStart(_ byte: UInt8, _ dialect: Dialect) -> Bool {
    isASCIILetter(byte) || (dialect == .xml && (byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")))
  }

  private static func isASCIINameCharacter(_ byte: UInt8, _ dialect: Dialect) -> Bool {
    isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ":") || (dialect == .xml && byte == UInt8(ascii: "."))
  }

  /// XML 1.0's Char.
  static func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  /// XML 1.0's NameStartChar.
  static func isXMLNameStart(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3A, 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
      0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF,
      0xFDF0...0xFFFD, 0x10000...0xEFFFF:
      return true
    default: return false
    }
  }

  /// XML 1.0's NameChar.
  static func isXMLNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
    default: return isXMLNameStart(scalar)
    }
  }

  static func digit(_ byte: UInt8, radix: UInt32) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x61...0x66 where radix == 16: return UInt32(byte - 0x61 + 10)
    case 0x41...0x46 where radix == 16: return UInt32(byte - 0x41 + 10)
    default: return nil
    }
  }
}
