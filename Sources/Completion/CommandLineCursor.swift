import Invocation

/// A command line split into shell words, and the word the cursor is in.
///
/// The word being completed is the one the cursor is inside or at the end of; its text counts only up to the
/// cursor. A cursor after a blank (or at the very start of a word) completes a new, empty word there.
struct CommandLineCursor {
  /// Every word of the line (quotes removed), the word being completed included.
  var words: [ShellWord]
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
    let split = CommandLineWords(line)
    self.words = split.words
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

  /// The index of the program's word (`aws`): the first word that is not an environment assignment
  /// (`AWS_PROFILE=dev aws …`).
  var programIndex: Int {
    var index = 0
    while index < words.count, Self.isAssignment(words[index].text) { index += 1 }
    return index
  }

  /// `NAME=value` with a shell variable name.
  static func isAssignment(_ word: String) -> Bool {
    guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return false }
    return word[..<equals].unicodeScalars.allSatisfy {
      ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "_"
    }
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
