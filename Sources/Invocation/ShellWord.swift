/// One word of a command line, after the shell's quote removal, with where each of its characters came from.
///
/// Offsets count Unicode scalars (code points) from the start of the line; `SourceText.utf16Offset` converts
/// them for editors that count UTF-16 code units.
public struct ShellWord: Sendable, Hashable {
  /// The word as the program receives it (quotes removed, escapes applied).
  public var text: String
  /// For each Unicode scalar of `text`, the offset in the line of the character that produced it.
  /// Empty for words that did not come from a line (plain `argv`).
  public var offsets: [Int]
  /// The part of the line the word was written in, quotes included; nil for plain `argv` words.
  public var lineRange: Range<Int>?
  /// The word holds a shell expansion (`$VAR`, `$(...)`, backquotes, a leading `~`) that argot keeps literally;
  /// the real value would differ.
  public var hasExpansion: Bool
  /// Some part of the word was quoted or escaped.
  public var isQuoted: Bool
  /// Which scalars of `text` are expansions, when the reader of the line knows; empty with `hasExpansion` means
  /// the whole word counts as one.
  public var expansions: [Range<Int>]

  /// Creates a word.
  public init(
    text: String,
    offsets: [Int] = [],
    lineRange: Range<Int>? = nil,
    hasExpansion: Bool = false,
    isQuoted: Bool = false,
    expansions: [Range<Int>] = []
  ) {
    self.text = text
    self.offsets = offsets
    self.lineRange = lineRange
    self.hasExpansion = hasExpansion || !expansions.isEmpty
    self.isQuoted = isQuoted
    self.expansions = expansions
  }

  /// Whether the scalars `range` of `text` (an empty range: the position) depend on an expansion: what the shell
  /// gives there is not known, so nothing there is judged.
  public func dependsOnExpansion(_ range: Range<Int>) -> Bool {
    guard hasExpansion else { return false }
    guard !expansions.isEmpty else { return true }
    return expansions.contains { expansion in
      range.isEmpty
        ? expansion.lowerBound <= range.lowerBound && range.lowerBound <= expansion.upperBound
        : expansion.overlaps(range)
    }
  }

  /// Whether the word may become any number of words (options included): an expansion standing alone,
  /// unquoted (or a word whose expansions are not known in detail).
  public var mayBecomeWords: Bool {
    guard hasExpansion else { return false }
    guard !expansions.isEmpty else { return true }
    return !isQuoted && expansions.contains { $0 == 0..<scalarCount }
  }

  /// A word given directly as an argument (no line behind it).
  public init(argument: String) {
    self.init(text: argument)
  }

  /// The number of Unicode scalars in `text`.
  public var scalarCount: Int { text.unicodeScalars.count }

  /// The line range covering the scalars `range` of `text`, if the word came from a line.
  ///
  /// An empty range maps to the position just after the preceding character (or the word's start).
  public func lineRange(of range: Range<Int>) -> Range<Int>? {
    guard let whole = lineRange else { return nil }
    if offsets.isEmpty { return whole.lowerBound..<whole.lowerBound }
    let lower = max(0, min(range.lowerBound, offsets.count))
    let upper = max(lower, min(range.upperBound, offsets.count))
    if lower == upper {
      let at = lower < offsets.count ? offsets[lower] : (offsets.last.map { $0 + 1 } ?? whole.upperBound)
      return at..<at
    }
    return offsets[lower]..<(offsets[upper - 1] + 1)
  }
}
