/// One word of a shell script after quote removal, with where each of its characters came from.
///
/// Offsets count Unicode scalars from the start of the script. Expansions (`$VAR`, `${…}`, `$(…)`, backquotes,
/// `$((…))`, a leading `~`) are kept literally in `text`; `expansions` says which characters they are, since
/// their real value is only known when the script runs.
public struct ScriptWord: Sendable, Hashable {
  /// The word as the program receives it (quotes removed, escapes applied, expansions kept literally).
  public var text: String
  /// For each Unicode scalar of `text`, the offset in the script of the character that produced it.
  public var offsets: [Int]
  /// Where the word is written in the script, quotes included.
  public var range: Range<Int>
  /// The ranges of `text` (scalar offsets inside the word) that are shell expansions.
  public var expansions: [Range<Int>]
  /// Some part of the word was quoted or escaped.
  public var isQuoted: Bool

  /// Creates a word.
  public init(text: String, offsets: [Int], range: Range<Int>, expansions: [Range<Int>] = [], isQuoted: Bool = false) {
    self.text = text
    self.offsets = offsets
    self.range = range
    self.expansions = expansions
    self.isQuoted = isQuoted
  }

  /// Whether some part of the word is only known when the script runs.
  public var hasExpansion: Bool { !expansions.isEmpty }

  /// Whether the characters `range` of `text` (an empty range: the position) touch an expansion.
  public func touchesExpansion(_ range: Range<Int>) -> Bool {
    expansions.contains { expansion in
      range.isEmpty
        ? expansion.lowerBound <= range.lowerBound && range.lowerBound <= expansion.upperBound
        : expansion.overlaps(range)
    }
  }

  /// The script range covering the characters `range` of `text`; an empty range maps to the position just
  /// after the preceding character (or the word's start).
  public func scriptRange(of range: Range<Int>) -> Range<Int> {
    if offsets.isEmpty { return self.range.lowerBound..<self.range.lowerBound }
    let lower = max(0, min(range.lowerBound, offsets.count))
    let upper = max(lower, min(range.upperBound, offsets.count))
    if lower == upper {
      let at = lower < offsets.count ? offsets[lower] : (offsets[offsets.count - 1] + 1)
      return at..<at
    }
    return offsets[lower]..<(offsets[upper - 1] + 1)
  }

  /// The scalar offset inside `text` of the script offset `offset`: the first character written at or after it,
  /// or `text`'s length when the offset is past the word's last character.
  public func textOffset(ofScriptOffset offset: Int) -> Int {
    var low = 0
    var high = offsets.count
    while low < high {
      let middle = (low + high) / 2
      if offsets[middle] < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
