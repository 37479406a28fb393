import ShellScript

/// The shell word the cursor is in (or the empty word it starts), as zsh and fish see it: where it starts in
/// the line, and its text up to the cursor with quotes removed.
struct ShellWordAtCursor {
  /// The line offset where the word starts (its opening quote, if it starts with one).
  var start: Int
  /// The word's characters before the cursor, quotes removed, each with its line offset.
  var text: [(scalar: Unicode.Scalar, offset: Int)]

  init(line: [Unicode.Scalar], point: Int) {
    let split = ShellCommandLine(scalars: Array(line[..<point]), cursor: point)
    guard split.endsInWord, let word = split.words.last, let range = word.lineRange else {
      self.start = point
      self.text = []
      return
    }
    self.start = range.lowerBound
    self.text = Array(zip(word.text.unicodeScalars, word.offsets)).map { (scalar: $0.0, offset: $0.1) }
  }

  /// The unquoted text of the word before line offset `offset`.
  func unquotedText(before offset: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for character in text where character.offset < offset { scalars.append(character.scalar) }
    return String(scalars)
  }
}
