import ShellScript

/// The command the cursor is in, split into shell words by `ShellCommandLine`, and the word the cursor is in.
///
/// The word being completed is the one the cursor is inside or at the end of; its text counts only up to the
/// cursor. A cursor after a blank (or at the very start of a word) completes a new, empty word there.
struct CommandLineCursor {
  /// Every word of the command (quotes removed), the word being completed included.
  var words: [ShellWord]
  /// The index of the program's word (`aws`), after assignments and wrappers (`AWS_PROFILE=dev aws …`,
  /// `sudo aws …`); `words.count` when there is none yet.
  var programIndex: Int
  /// The index in `words` of the word being completed; `words.count` or the index of the word after the cursor
  /// when the cursor starts a new word (then `isNewWord`).
  var index: Int
  /// Whether the cursor starts a new word that is not in `words`.
  var isNewWord: Bool
  /// The word's text up to the cursor (quotes removed).
  var prefix: [Unicode.Scalar]
  /// For each scalar of `prefix`, its offset in the line.
  var prefixOffsets: [Int]
  /// The cursor, in Unicode scalars from the start of the line.
  var point: Int

  init(line: String, point requested: Int?) {
    let length = line.unicodeScalars.count
    let point = min(max(requested ?? length, 0), length)
    let split = ShellCommandLine(line, cursor: point)
    self.words = split.words
    self.programIndex = split.command.programIndex ?? split.words.count
    self.point = point
    var index = split.words.count
    var isNewWord = true
    var prefix: [Unicode.Scalar] = []
    var offsets: [Int] = []
    for (position, word) in split.words.enumerated() {
      guard let range = word.lineRange else { continue }
      if range.lowerBound >= point {
        index = position
        break
      }
      if point <= range.upperBound {
        index = position
        isNewWord = false
        for (scalar, offset) in zip(word.text.unicodeScalars, word.offsets) where offset < point {
          prefix.append(scalar)
          offsets.append(offset)
        }
        break
      }
    }
    self.index = index
    self.isNewWord = isNewWord
    self.prefix = prefix
    self.prefixOffsets = offsets
  }

  /// The words before the one being completed.
  var wordsBefore: ArraySlice<ShellWord> { words[..<index] }

  /// The words after the one being completed.
  var wordsAfter: ArraySlice<ShellWord> { isNewWord ? words[index...] : words[(index + 1)...] }

  /// The line offset where the part of the prefix from `position` (an index into `prefix`) starts: the offset of
  /// that scalar, or the cursor when the prefix ends there.
  func lineOffset(ofPrefixIndex position: Int) -> Int {
    position < prefixOffsets.count ? prefixOffsets[position] : point
  }
}
