/// Walks an HTML tree and turns it into `TextBlock`s: paragraphs, list items, note labels, preformatted text.
struct BlockCollector {
  /// Tags that start and end a paragraph of their own.
  static let blockTags: Set<String> = [
    "p", "div", "li", "dl", "dt", "blockquote", "table", "tr", "thead", "tbody", "section", "fullname",
    "h1", "h2", "h3", "h4", "h5", "h6", "para", "examples", "example", "title",
  ]

  private(set) var blocks: [TextBlock] = []
  private var inline: [UInt8] = []
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
        inline.append(contentsOf: text.utf8)
      case .element(let name, let children):
        element(name, children)
      }
    }
  }

  private mutating func element(_ name: String, _ children: [HTMLNode]) {
    switch name {
    case "br":
      inline.append(contentsOf: UTF8Scalar.lineBreak)
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
      if !inline.isEmpty { inline.append(0x20) }
      walk(children)
      inline.append(0x20)
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
    inline.removeAll(keepingCapacity: true)
    guard !text.isEmpty else { return }
    let mark = bullet ?? ""
    bullet = nil
    blocks.append(
      TextBlock(text: text, indent: indent - mark.count, bullet: mark, isPreformatted: false, isTight: takeTight())
    )
  }

  /// Collapses whitespace runs to one space and trims the text and every hard-broken line.
  static func collapse(_ text: String) -> String {
    collapse(Array(text.utf8))
  }

  /// `collapse` on UTF-8 bytes. Whitespace is Unicode's White_Space (no-break space included); only bytes
  /// that are not ASCII are decoded to tell.
  static func collapse(_ bytes: [UInt8]) -> String {
    // The result is never longer than the input: a space or line break only ever replaces what it stands for.
    bytes.withUnsafeBufferPointer { input in
      String(unsafeUninitializedCapacity: input.count) { output in
        var count = 0
        var pendingSpace = false
        // Whether the output ends with U+E000 (three bytes, whose lead byte never continues another character).
        var endsWithLineBreak = false
        var index = 0
        while index < input.count {
          let byte = input[index]
          var length = 1
          if byte < 0x80 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
              pendingSpace = true
              index += 1
              continue
            }
          } else {
            let scalar: Unicode.Scalar
            (scalar, length) = UTF8Scalar.decode(input, at: index)
            if scalar == "\u{E000}" {
              pendingSpace = false
              while count > 0 && output[count - 1] == 0x20 { count -= 1 }
              for offset in 0..<3 { output[count + offset] = input[index + offset] }
              count += 3
              endsWithLineBreak = true
              index += 3
              continue
            }
            if scalar.properties.isWhitespace {
              pendingSpace = true
              index += length
              continue
            }
          }
          // A character that is not whitespace, after one space if whitespace came before it.
          if pendingSpace && count > 0 && !endsWithLineBreak {
            output[count] = 0x20
            count += 1
          }
          pendingSpace = false
          endsWithLineBreak = false
          for offset in 0..<length { output[count + offset] = input[index + offset] }
          count += length
          index += length
        }
        func isLineBreak(at start: Int) -> Bool {
          output[start] == 0xEE && output[start + 1] == 0x80 && output[start + 2] == 0x80
        }
        while count >= 3 && isLineBreak(at: count - 3) { count -= 3 }
        var leading = 0
        while leading + 3 <= count && isLineBreak(at: leading) { leading += 3 }
        if leading > 0 {
          for offset in 0..<(count - leading) { output[offset] = output[leading + offset] }
          count -= leading
        }
        return count
      }
    }
  }
}
