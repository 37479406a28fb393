/// One shell word after quote removal, with where each of its characters came from.
///
/// Words read from text (`ShellLexer`, through `ShellScript` or `ShellCommandLine`) know where they are written;
/// words given as program arguments (`ShellWord(argument:)`) have no text behind them. Offsets count Unicode
/// scalars from the start of the text. Expansions (`$VAR`, `${…}`, `$(…)`, backquotes, `$((…))`, a leading `~`)
/// are kept literally in `text`; `expansions` says which characters they are, since their real value is only
/// known when the shell runs the command. `facts` says what else the shell would do to the word that its writer
/// may not expect (brace expansion, globbing).
public struct ShellWord: Sendable, Hashable {
  /// The word as the program receives it (quotes removed, escapes applied, expansions kept literally).
  public var text: String
  /// For each Unicode scalar of `text`, the offset in the text of the character that produced it.
  /// Empty for words that did not come from text (plain `argv`).
  public var offsets: [Int]
  /// Where the word is written, quotes included; nil for plain `argv` words.
  public var lineRange: Range<Int>?
  /// The ranges of `text` (scalar offsets inside the word) that are shell expansions.
  public var expansions: [Range<Int>]
  /// Some part of the word was quoted or escaped.
  public var isQuoted: Bool
  /// What the shell would do to unquoted parts of the word besides expanding `$…` (see `WordFact`), in order.
  public var facts: [WordFact]

  /// Creates a word.
  public init(
    text: String,
    offsets: [Int] = [],
    lineRange: Range<Int>? = nil,
    expansions: [Range<Int>] = [],
    isQuoted: Bool = false,
    facts: [WordFact] = []
  ) {
    self.text = text
    self.offsets = offsets
    self.lineRange = lineRange
    self.expansions = expansions
    self.isQuoted = isQuoted
    self.facts = facts
  }

  /// A word given directly as an argument (no text behind it).
  public init(argument: String) {
    self.init(text: argument)
  }

  /// The number of Unicode scalars in `text`.
  public var scalarCount: Int { offsets.isEmpty ? text.unicodeScalars.count : offsets.count }

  /// Where the word is written; an empty range at 0 for a word given as an argument. Words read from text
  /// always have their `lineRange`.
  public var range: Range<Int> { lineRange ?? 0..<0 }

  /// Whether some part of the word is only known when the shell runs the command.
  public var hasExpansion: Bool { !expansions.isEmpty }

  /// Whether the word may become any number of words, options included: an unquoted expansion standing alone
  /// (`$EXTRA_ARGS`), which the shell splits.
  public var mayBecomeWords: Bool { !isQuoted && expansions.contains { $0 == 0..<scalarCount } }

  /// Whether the characters `range` of `text` (an empty range: the position) depend on an expansion: they
  /// overlap it, or start inside it or right at its end (a problem found just past `${NAME}` is where the
  /// expansion's unknown value ends).
  public func touchesExpansion(_ range: Range<Int>) -> Bool {
    expansions.contains { expansion in
      expansion.overlaps(range)
        || expansion.lowerBound <= range.lowerBound && range.lowerBound <= expansion.upperBound
    }
  }

  /// The text range covering the characters `range` of `text`, if the word came from text; an empty range maps
  /// to the position just after the preceding character (or the word's start).
  public func lineRange(of range: Range<Int>) -> Range<Int>? {
    guard let whole = lineRange else { return nil }
    if offsets.isEmpty { return whole.lowerBound..<whole.lowerBound }
    let lower = max(0, min(range.lowerBound, offsets.count))
    let upper = max(lower, min(range.upperBound, offsets.count))
    if lower == upper {
      let at = lower < offsets.count ? offsets[lower] : (offsets[offsets.count - 1] + 1)
      return at..<at
    }
    return offsets[lower]..<(offsets[upper - 1] + 1)
  }

  /// The scalar offset inside `text` of the text offset `offset`: the first character written at or after it,
  /// or `text`'s length when the offset is past the word's last character.
  public func textOffset(ofLineOffset offset: Int) -> Int {
    var low = 0
    var high = offsets.count
    while low < high {
      let middle = (low + high) / 2
      if offsets[middle] < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
