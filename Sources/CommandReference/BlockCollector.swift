/// Walks an HTML tree and turns it into `TextBlock`s: paragraphs, list items, note labels, preformatted text.
struct BlockCollector {
  /// Tags that start and end a paragraph of their own.
  static let blockTags: Set<String> = [
    "p", "div", "li", "dl", "dt", "blockquote", "table", "tr", "thead", "tbody", "section", "fullname",
    "h1", "h2", "h3", "h4", "h5", "h6", "para", "examples", "example", "title",
  ]

  private(set) var blocks: [TextBlock] = []
  private var inline = ""
  private var indent = 0
  private var bullet: String?
  private var tight = false
  private var listDepth = 0

  /// Collects the blocks of `nodes`.
  mutating func collect(_ nodes: [HTMLNode]) {
    walk(nodes)
    flush()
  }

  private mutating func walk(_ nodes: [HTMLNode]) {
    for node in nodes {
      switch node {
      case .text(let text):
        inline += text
      case .element(let name, let children):
        element(name, children)
      }
    }
  }

  private mutating func element(_ name: String, _ children: [HTMLNode]) {
    switch name {
    case "br":
      inline.append(TextBlock.lineBreak)
    case "ul", "ol":
      list(ordered: name == "ol", children)
    case "note", "important", "warning":
      flush()
      let label = name == "note" ? "Note:" : (name == "important" ? "Important:" : "Warning:")
      blocks.append(
        TextBlock(text: label, indent: indent, bullet: "", isPreformatted: false, isTight: takeTight())
      )
      indent += 2
      tight = true
      walk(children)
      flush()
      indent -= 2
    case "pre", "programlisting", "screen":
      flush()
      var text = children.map(\.textContent).joined()
      while text.first == "\n" || text.first == "\r" { text.removeFirst() }
      while let last = text.last, last.isWhitespace { text.removeLast() }
      if !text.isEmpty {
        blocks.append(TextBlock(text: text, indent: indent, bullet: "", isPreformatted: true, isTight: takeTight()))
      }
    case "dd":
      flush()
      indent += 2
      walk(children)
      flush()
      indent -= 2
    case "td", "th":
      if !inline.isEmpty { inline += " " }
      walk(children)
      inline += " "
    default:
      if BlockCollector.blockTags.contains(name) {
        flush()
        walk(children)
        flush()
      } else {
        walk(children)
      }
    }
  }

  private mutating func list(ordered: Bool, _ children: [HTMLNode]) {
    flush()
    let saved = indent
    let nested = listDepth > 0
    listDepth += 1
    var number = 0
    for child in children {
      guard case .element(let name, let grandchildren) = child, name == "li" else {
        walk([child])
        continue
      }
      number += 1
      let mark = ordered ? "\(number). " : "- "
      bullet = mark
      tight = number > 1 || nested
      indent = saved + mark.count
      walk(grandchildren)
      flush()
      bullet = nil
      indent = saved
    }
    flush()
    listDepth -= 1
    indent = saved
  }

  private mutating func takeTight() -> Bool {
    defer { tight = false }
    return tight
  }

  /// Ends the current paragraph, if it has any text.
  private mutating func flush() {
    let text = BlockCollector.collapse(inline)
    inline = ""
    guard !text.isEmpty else { return }
    let mark = bullet ?? ""
    bullet = nil
    blocks.append(
      TextBlock(text: text, indent: indent - mark.count, bullet: mark, isPreformatted: false, isTight: takeTight())
    )
  }

  /// Collapses whitespace runs to one space and trims the text and every hard-broken line.
  static func collapse(_ text: String) -> String {
    // Works on Unicode scalars: iterating grapheme clusters costs several times more on long documentation.
    let lineBreak = TextBlock.lineBreak.unicodeScalars.first!
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar == lineBreak {
        pendingSpace = false
        while let last = result.last, last == " " { result.removeLast() }
        result.append(scalar)
      } else if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
        pendingSpace = true
      } else {
        if pendingSpace, let last = result.last, last != lineBreak { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    while result.last == lineBreak { result.removeLast() }
    while result.first == lineBreak { result.removeFirst() }
    return String(result)
  }
}
