/// Where a diagnostic points: a word of the command and a range inside it, and the same place in the line.
public struct SourceLocation: Sendable, Hashable {
  /// The index of the word in the words that were parsed (for a line, word 0 is usually `aws`).
  public var wordIndex: Int
  /// Unicode-scalar offsets inside the word's text.
  public var range: Range<Int>
  /// Unicode-scalar offsets in the line, when the words came from a line.
  public var lineRange: Range<Int>?

  /// Creates a location.
  public init(wordIndex: Int, range: Range<Int>, lineRange: Range<Int>? = nil) {
    self.wordIndex = wordIndex
    self.range = range
    self.lineRange = lineRange
  }
}

/// Conversions between the Unicode-scalar offsets argot uses and other units.
public enum SourceText {
  /// The UTF-16 offset in `text` of the Unicode-scalar offset `offset` (LSP counts UTF-16 code units).
  public static func utf16Offset(ofScalarOffset offset: Int, in text: String) -> Int {
    var result = 0
    for (index, scalar) in text.unicodeScalars.enumerated() {
      if index >= offset { break }
      result += scalar.utf16.count
    }
    return result
  }

  /// The Unicode-scalar offset of the UTF-8 byte offset `byteOffset` in `text`.
  public static func scalarOffset(ofUTF8Offset byteOffset: Int, in text: String) -> Int {
    var bytes = 0
    var index = 0
    for scalar in text.unicodeScalars {
      if bytes >= byteOffset { return index }
      bytes += scalar.utf8.count
      index += 1
    }
    return index
  }
}
