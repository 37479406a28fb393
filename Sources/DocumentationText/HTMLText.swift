/// Plain text from the HTML that botocore models use for documentation.
///
/// Paragraphs (`<p>`, `<div>`, headings) are separated by blank lines; list items become `- ` (or `1. `) lines
/// with their continuation lines indented; `<note>` and `<important>` become a `Note:` / `Important:` label
/// followed by their content indented by two; `<code>`, `<a>`, `<b>`, `<i>` keep only their text; `<br>` breaks
/// the line; `<pre>` keeps its layout; named and numeric character references are decoded; runs of whitespace
/// collapse to one space. Unknown tags are dropped with their text kept, and broken markup never fails.
public enum HTMLText {
  /// The documentation as plain text, paragraphs separated by blank lines and without a final newline.
  ///
  /// - Parameters:
  ///   - html: a documentation string from a model.
  ///   - width: wrap lines at this many columns (at least 20); `nil` keeps each paragraph on one line.
  public static func plainText(_ html: String, width: Int? = nil) -> String {
    lines(html, width: width).joined(separator: "\n")
  }

  /// The documentation as plain text lines (empty strings between paragraphs), wrapped to `width` if given.
  public static func lines(_ html: String, width: Int? = nil) -> [String] {
    render(blocks(html), width: width)
  }

  /// Plain text (not HTML) wrapped to `width`, keeping its paragraphs (blank-line separated) and lines that start
  /// with `- ` as list items. For the descriptions the project writes itself.
  public static func wrap(_ text: String, width: Int? = nil) -> [String] {
    var blocks: [TextBlock] = []
    var paragraph: [Substring] = []
    var itemOpen = false
    func flush() {
      let joined = BlockCollector.collapse(paragraph.joined(separator: " "))
      paragraph = []
      guard !joined.isEmpty else { return }
      if joined.hasPrefix("- ") {
        blocks.append(
          TextBlock(
            text: String(joined.dropFirst(2)),
            indent: 0,
            bullet: "- ",
            isPreformatted: false,
            isTight: itemOpen
          )
        )
        itemOpen = true
      } else {
        blocks.append(TextBlock(text: joined, indent: 0, bullet: "", isPreformatted: false, isTight: false))
        itemOpen = false
      }
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " }
      if trimmed.isEmpty {
        flush()
        itemOpen = false
      } else {
        if trimmed.hasPrefix("- ") { flush() }
        paragraph.append(trimmed)
      }
    }
    flush()
    return render(blocks, width: width)
  }

  /// The first sentence of a documentation string, for display: the AWS CLI's skeleton-comment rule
  /// (`DocumentationOverview`, checked against AWS CLI v2 on every model string), trimmed, and empty when the
  /// documentation holds no words.
  public static func firstSentence(_ html: String) -> String {
    let sentence = DocumentationOverview.of(html).trimmingWhitespace
    return sentence == "." ? "" : sentence
  }

  static func blocks(_ html: String) -> [TextBlock] {
    var collector = BlockCollector()
    collector.collect(HTMLNode.parse(html))
    return collector.blocks
  }

  static func render(_ blocks: [TextBlock], width: Int?) -> [String] {
    var lines: [String] = []
    for block in blocks {
      if !lines.isEmpty && !block.isTight { lines.append("") }
      lines += block.lines(width: width)
    }
    return lines
  }
}
