/// A node of the small HTML trees botocore documentation strings make: text or an element with children.
///
/// The parser is forgiving, as the model documentation needs: unknown tags are kept as plain elements, unmatched
/// end tags are dropped, unclosed elements end with their parent, a `<p>` or `<li>` closes the open one, and a
/// `<` that does not start a tag is text.
enum HTMLNode: Equatable {
  /// Text with entities already decoded.
  case text(String)
  /// An element, its lower-cased tag name and children.
  case element(String, [HTMLNode])

  /// Elements that never have content.
  static let voidElements: Set<String> = ["br", "hr", "img", "wbr", "input", "meta", "link", "col", "area"]

  /// Parses a fragment into its top-level nodes.
  static func parse(_ html: String) -> [HTMLNode] {
    var builder = TreeBuilder()
    var tokenizer = HTMLTokenizer(html)
    while let token = tokenizer.next() {
      builder.add(token)
    }
    return builder.finish()
  }

  /// The text of this node and its descendants, without any tags.
  var textContent: String {
    switch self {
    case .text(let text): return text
    case .element(_, let children): return children.map(\.textContent).joined()
    }
  }
}

/// One lexical piece of an HTML fragment.
enum HTMLToken: Equatable {
  case text(String)
  case startTag(String, selfClosing: Bool)
  case endTag(String)
}

/// Splits an HTML fragment into text and tags; comments, doctypes and processing instructions are skipped.
///
/// Works on the fragment's UTF-8 bytes: every byte that matters to markup is ASCII, so only the rare non-ASCII
/// letter in a tag name is decoded.
struct HTMLTokenizer {
  private let bytes: [UInt8]
  private var position = 0

  init(_ html: String) {
    bytes = Array(html.utf8)
  }

  mutating func next() -> HTMLToken? {
    while position < bytes.count {
      if bytes[position] == UInt8(ascii: "<") {
        switch readTag() {
        case .tag(let token): return token
        case .skipped: continue
        case .notATag: break
        }
      }
      let start = position
      position += 1
      while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
      return .text(HTMLEntity.decode(bytes[start..<position]))
    }
    return nil
  }

  /// What a `<` starts.
  private enum TagReading {
    case tag(HTMLToken)
    /// A comment, doctype or processing instruction, now passed.
    case skipped
    /// Text: the `<` is an ordinary character.
    case notATag
  }

  /// Reads a tag at `position` (which holds `<`); leaves `position` alone if it is not one.
  private mutating func readTag() -> TagReading {
    var index = position + 1
    guard index < bytes.count else { return .notATag }
    if bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
      let terminator: [UInt8] =
        bytes[index] == UInt8(ascii: "!") && starts(with: Array("!--".utf8), at: index) ? Array("-->".utf8) : [62]
      guard let end = find(terminator, from: index + 1) else { return .notATag }
      position = end + terminator.count
      return .skipped
    }
    var isEnd = false
    if bytes[index] == UInt8(ascii: "/") {
      isEnd = true
      index += 1
    }
    guard index < bytes.count, isLetter(at: index) else { return .notATag }
    let nameStart = index
    var isASCII = true
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        guard isASCIINameCharacter(byte) else { break }
        index += 1
      } else {
        let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
        guard scalar.properties.isAlphabetic else { break }
        isASCII = false
        index += length
      }
    }
    let nameEnd = index
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
        return .notATag
      }
      if quote == nil && byte == UInt8(ascii: "/") {
        selfClosing = true
      } else if !isSpace(byte) {
        selfClosing = false
      }
      index += 1
    }
    guard index < bytes.count else { return .notATag }
    position = index + 1
    let name = bytes[nameStart..<nameEnd]
    let lowered =
      isASCII
      ? String(decoding: name.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
      : String(decoding: name, as: UTF8.self).lowercased()
    return .tag(isEnd ? .endTag(lowered) : .startTag(lowered, selfClosing: selfClosing))
  }

  private func starts(with text: [UInt8], at index: Int) -> Bool {
    guard index + text.count <= bytes.count else { return false }
    for offset in 0..<text.count where bytes[index + offset] != text[offset] { return false }
    return true
  }

  private func find(_ needle: [UInt8], from start: Int) -> Int? {
    var index = start
    while index + needle.count <= bytes.count {
      if starts(with: needle, at: index) { return index }
      index += 1
    }
    return nil
  }

  /// Whether the character at `index` is a letter (Unicode's Alphabetic property), as a tag name starts.
  private func isLetter(at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    return UTF8Scalar.decode(bytes, at: index).scalar.properties.isAlphabetic
  }

  /// Whether an ASCII byte continues a tag name: a letter, a digit, `-`, `_` or `:`.
  private func isASCIINameCharacter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= 0x30 && byte <= 0x39)
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
  }

  private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}

/// Builds a tree from tokens with the forgiving rules described on `HTMLNode`.
private struct TreeBuilder {
  private var stack: [(name: String, children: [HTMLNode])] = [("", [])]

  mutating func add(_ token: HTMLToken) {
    switch token {
    case .text(let text):
      if !text.isEmpty { stack[stack.count - 1].children.append(.text(text)) }
    case .startTag(let name, let selfClosing):
      closeImplied(by: name)
      if selfClosing || HTMLNode.voidElements.contains(name) {
        stack[stack.count - 1].children.append(.element(name, []))
      } else {
        stack.append((name, []))
      }
    case .endTag(let name):
      guard let index = stack.lastIndex(where: { $0.name == name }), index > 0 else { return }
      while stack.count > index { closeTop() }
    }
  }

  mutating func finish() -> [HTMLNode] {
    while stack.count > 1 { closeTop() }
    return stack[0].children
  }

  private mutating func closeTop() {
    let top = stack.removeLast()
    stack[stack.count - 1].children.append(.element(top.name, top.children))
  }

  /// Tags that close an open `p`.
  private static let paragraphClosers: Set<String> = [
    "p", "ul", "ol", "dl", "pre", "div", "note", "important", "table", "h1", "h2", "h3", "h4", "h5", "h6",
  ]
  /// Elements an implied `p` end does not look past.
  private static let paragraphBarriers: Set<String> = [
    "li", "dd", "dt", "div", "note", "important", "td", "th", "ul", "ol", "dl",
  ]

  /// Closes an open `p`, `li`, `dt` or `dd` that a new tag implicitly ends.
  private mutating func closeImplied(by name: String) {
    let closes: (String) -> Bool
    let stops: (String) -> Bool
    switch name {
    case "li":
      closes = { $0 == "li" }
      stops = { $0 == "ul" || $0 == "ol" }
    case "dt", "dd":
      closes = { $0 == "dt" || $0 == "dd" }
      stops = { $0 == "dl" }
    default:
      guard TreeBuilder.paragraphClosers.contains(name) else { return }
      closes = { $0 == "p" }
      stops = { TreeBuilder.paragraphBarriers.contains($0) }
    }
    guard let index = stack.lastIndex(where: { closes($0.name) || stops($0.name) }), index > 0,
      closes(stack[index].name)
    else { return }
    while stack.count > index { closeTop() }
  }
}
