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
    var reader = MarkupReader(html, dialect: .html)
    while let token = reader.next() {
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

/// Builds a tree from tokens with the forgiving rules described on `HTMLNode`.
private struct TreeBuilder {
  private var stack: [(name: String, children: [HTMLNode])] = [("", [])]

  mutating func add(_ token: MarkupReader.Token) {
    switch token {
    case .text(let text):
      if !text.isEmpty { stack[stack.count - 1].children.append(.text(text)) }
    case .startTag(let name, _, let selfClosing):
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
