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
struct HTMLTokenizer {
  private let scalars: [Unicode.Scalar]
  private var position = 0
  /// Whether every tag, entity and `<` seen so far was well-formed XML.
  private(set) var isWellFormed = true

  init(_ html: String) {
    scalars = Array(html.unicodeScalars)
  }

  mutating func next() -> HTMLToken? {
    guard position < scalars.count else { return nil }
    if scalars[position] == "<", let tag = readTag() { return tag }
    var text = String.UnicodeScalarView()
    if scalars[position] == "<" {
      isWellFormed = false
      text.append("<")
      position += 1
    }
    while position < scalars.count, scalars[position] != "<" {
      text.append(scalars[position])
      position += 1
    }
    let raw = String(text)
    let decoded = HTMLEntity.decode(raw)
    if !decoded.xmlSafe { isWellFormed = false }
    return .text(decoded.text)
  }

  /// Reads a tag at `position` (which holds `<`), or returns nil and leaves `position` alone if it is not one.
  private mutating func readTag() -> HTMLToken? {
    var index = position + 1
    guard index < scalars.count else { return nil }
    if scalars[index] == "!" || scalars[index] == "?" {
      let terminator: [Unicode.Scalar] =
        scalars[index] == "!" && starts(with: "!--", at: index) ? ["-", "-", ">"] : [">"]
      guard let end = find(terminator, from: index + 1) else { return nil }
      position = end + terminator.count
      return next() ?? .text("")
    }
    var isEnd = false
    if scalars[index] == "/" {
      isEnd = true
      index += 1
    }
    guard index < scalars.count, scalars[index].properties.isAlphabetic else { return nil }
    var name = ""
    while index < scalars.count, isNameCharacter(scalars[index]) {
      name.unicodeScalars.append(scalars[index])
      index += 1
    }
    // Skip attributes, honouring quotes, up to the closing `>`.
    var quote: Unicode.Scalar?
    var selfClosing = false
    while index < scalars.count {
      let scalar = scalars[index]
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        break
      } else if scalar == "<" {
        return nil
      }
      if quote == nil && scalar == "/" { selfClosing = true } else if !isSpace(scalar) { selfClosing = false }
      index += 1
    }
    guard index < scalars.count else { return nil }
    position = index + 1
    let lowered = name.lowercased()
    return isEnd ? .endTag(lowered) : .startTag(lowered, selfClosing: selfClosing)
  }

  private func starts(with text: String, at index: Int) -> Bool {
    var cursor = index
    for scalar in text.unicodeScalars {
      guard cursor < scalars.count, scalars[cursor] == scalar else { return false }
      cursor += 1
    }
    return true
  }

  private func find(_ needle: [Unicode.Scalar], from start: Int) -> Int? {
    guard needle.count <= scalars.count else { return nil }
    var index = start
    while index + needle.count <= scalars.count {
      if Array(scalars[index..<index + needle.count]) == needle { return index }
      index += 1
    }
    return nil
  }

  private func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == ":"
  }

  private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
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

  /// Closes an open `p`, `li`, `dt` or `dd` that a new tag implicitly ends.
  private mutating func closeImplied(by name: String) {
    let closers: Set<String>
    let barriers: Set<String>
    switch name {
    case "li":
      closers = ["li"]
      barriers = ["ul", "ol"]
    case "dt", "dd":
      closers = ["dt", "dd"]
      barriers = ["dl"]
    case "p", "ul", "ol", "dl", "pre", "div", "note", "important", "table", "h1", "h2", "h3", "h4", "h5", "h6":
      closers = ["p"]
      barriers = ["li", "dd", "dt", "div", "note", "important", "td", "th", "ul", "ol", "dl"]
    default:
      return
    }
    guard let index = stack.lastIndex(where: { closers.contains($0.name) || barriers.contains($0.name) }),
      index > 0, closers.contains(stack[index].name)
    else { return }
    while stack.count > index { closeTop() }
  }
}
