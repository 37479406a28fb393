/// The text of an option's value up to the cursor, with where each character sits in the line.
struct ValueText {
  /// The value's characters (quotes removed), up to the cursor.
  var scalars: [Unicode.Scalar]
  /// The line offset of each of `scalars`.
  var offsets: [Int]
  /// The cursor.
  var point: Int

  init(cursor: CommandLineCursor, from index: Int) {
    scalars = Array(cursor.prefix[index...])
    offsets = Array(cursor.prefixOffsets[index...])
    point = cursor.point
  }

  init(scalars: [Unicode.Scalar], offsets: [Int], point: Int) {
    self.scalars = scalars
    self.offsets = offsets
    self.point = point
  }

  /// The value as a string.
  var text: String { String(String.UnicodeScalarView(scalars)) }

  /// The line offset where the characters from `index` on start (the cursor when there are none).
  func lineOffset(of index: Int) -> Int { index < offsets.count ? offsets[index] : point }

  /// The span from character `index` to the cursor.
  func replace(from index: Int) -> Range<Int> { lineOffset(of: index)..<point }

  /// The part from character `index` on.
  func suffix(from index: Int) -> ValueText {
    ValueText(scalars: Array(scalars[index...]), offsets: Array(offsets[index...]), point: point)
  }
}
