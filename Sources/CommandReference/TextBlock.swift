/// One paragraph-like piece of plain text: a paragraph, a list item, a label or preformatted text.
struct TextBlock: Equatable {
  /// The text; in a flowing block single spaces separate words and U+E000 marks a hard line break.
  var text: String
  /// Columns before the block (before the bullet, for a list item).
  var indent: Int
  /// For a list item's first block: `- ` or `1. `.
  var bullet: String
  /// Whether the text keeps its lines and spaces (`<pre>`).
  var isPreformatted: Bool
  /// Whether the block follows the previous one without a blank line (list items after the first).
  var isTight: Bool

  /// The hard line break marker inside flowing text.
  static let lineBreak: Character = "\u{E000}"

  /// The block as lines, wrapped to `width` columns if given.
  func lines(width: Int?) -> [String] {
    let pad = String(repeating: " ", count: indent)
    if isPreformatted {
      return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.isEmpty ? "" : pad + line
      }
    }
    let continuation = String(repeating: " ", count: bullet.count)
    var result: [String] = []
    for segment in text.split(separator: TextBlock.lineBreak, omittingEmptySubsequences: false) {
      let available = width.map { $0 - indent - bullet.count }
      for line in LineWrapper.wrap(String(segment), width: available) {
        result.append(pad + (result.isEmpty ? bullet : continuation) + line)
      }
    }
    if result.isEmpty && !bullet.isEmpty { result.append(pad + bullet.trimmingTrailingSpaces) }
    return result
  }
}

/// Greedy word wrapping by characters.
enum LineWrapper {
  /// Narrowest width wrapping honours; narrower requests wrap at this width.
  static let minimumWidth = 20

  /// Splits `text` into lines no wider than `width` (words longer than that get a line of their own);
  /// `nil` keeps one line. Runs of spaces become one space; the result has no empty lines.
  static func wrap(_ text: String, width: Int?) -> [String] {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard !words.isEmpty else { return [] }
    guard let width else { return [words.joined(separator: " ")] }
    let limit = max(width, minimumWidth)
    var lines: [String] = []
    var current = ""
    for word in words {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= limit {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}

extension String {
  /// The string without spaces at its end.
  var trimmingTrailingSpaces: String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }

  /// The string without whitespace (including newlines) at either end.
  var trimmingWhitespace: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
