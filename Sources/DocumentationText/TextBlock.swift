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
    let available = width.map { $0 - indent - bullet.count }
    for segment in segments {
      for line in LineWrapper.wrap(segment, width: available) {
        result.append(pad + (result.isEmpty ? bullet : continuation) + line)
      }
    }
    if result.isEmpty && !bullet.isEmpty { result.append(pad + bullet.trimmingTrailingSpaces) }
    return result
  }

  /// The flowing text split at its hard line breaks.
  private var segments: [String] {
    let hasLineBreak =
      text.utf8.withContiguousStorageIfAvailable { $0.contains(UTF8Scalar.lineBreak[0]) }
      ?? text.utf8.contains(UTF8Scalar.lineBreak[0])
    guard hasLineBreak else { return [text] }
    let bytes = Array(text.utf8)
    var segments: [String] = []
    var start = 0
    var index = 0
    while index + 3 <= bytes.count {
      if bytes[index..<index + 3].elementsEqual(UTF8Scalar.lineBreak) {
        segments.append(String(decoding: bytes[start..<index], as: UTF8.self))
        index += 3
        start = index
      } else {
        index += 1
      }
    }
    segments.append(String(decoding: bytes[start...], as: UTF8.self))
    return segments
  }
}

/// Greedy word wrapping by characters.
public enum LineWrapper {
  /// Narrowest width wrapping honours; narrower requests wrap at this width.
  static let minimumWidth = 20

  /// Splits `text` into lines no wider than `width` (words longer than that get a line of their own);
  /// `nil` keeps one line. Runs of spaces become one space; the result has no empty lines.
  public static func wrap(_ text: String, width: Int?) -> [String] {
    let bytes = text.utf8
    if width == nil && (bytes.withContiguousStorageIfAvailable { isSingleSpaced($0) } ?? isSingleSpaced(bytes)) {
      return [text]
    }
    if let width, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      return wrapASCII(Array(bytes), width: width)
    }
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

extension LineWrapper {
  /// Whether `bytes` are not empty and have no space at either end and no two spaces in a row: text that
  /// wrapping without a width returns as it is.
  private static func isSingleSpaced(_ bytes: some Collection<UInt8>) -> Bool {
    var previous = UInt8(ascii: " ")
    for byte in bytes {
      if byte == 0x20 && previous == 0x20 { return false }
      previous = byte
    }
    return !bytes.isEmpty && previous != 0x20
  }

  /// `wrap` for ASCII text without carriage returns, where every byte is one character.
  private static func wrapASCII(_ bytes: [UInt8], width: Int) -> [String] {
    let limit = max(width, minimumWidth)
    var lines: [String] = []
    var line: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x20 {
        index += 1
        continue
      }
      var end = index
      while end < bytes.count, bytes[end] != 0x20 { end += 1 }
      let word = bytes[index..<end]
      if line.isEmpty {
        line.append(contentsOf: word)
      } else if line.count + 1 + word.count <= limit {
        line.append(0x20)
        line.append(contentsOf: word)
      } else {
        lines.append(String(decoding: line, as: UTF8.self))
        line = Array(word)
      }
      index = end
    }
    if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
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
