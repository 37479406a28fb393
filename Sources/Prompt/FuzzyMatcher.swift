/// Filters and ranks names by what was typed, as AWS CLI v2's auto-prompt does: the typed characters must occur
/// in order (`r.*?m.*?t`), case-insensitively; a name whose match is tighter comes first.
///
/// Ranking: an exact name, then names that start with the text, then names containing it as a whole, then the
/// other subsequence matches; inside each group the shortest matched span, then the earliest start, then the
/// shorter name, then the original order.
public enum FuzzyMatcher {
  /// A match of a pattern in a name.
  public struct Match: Sendable, Hashable, Comparable {
    /// 0 exact, 1 prefix, 2 substring, 3 subsequence.
    public var group: Int
    /// The number of characters from the first to the last matched one.
    public var span: Int
    /// Where the first matched character is.
    public var start: Int
    /// The name's length.
    public var length: Int

    public static func < (lhs: Match, rhs: Match) -> Bool {
      (lhs.group, lhs.span, lhs.start, lhs.length) < (rhs.group, rhs.span, rhs.start, rhs.length)
    }
  }

  /// How `pattern` matches `name`, or nil if it doesn't. An empty pattern matches everything equally.
  public static func match(_ pattern: String, in name: String) -> Match? {
    let needle = Array(pattern.lowercased().unicodeScalars)
    let haystack = Array(name.lowercased().unicodeScalars)
    if needle.isEmpty { return Match(group: 3, span: 0, start: 0, length: haystack.count) }
    if needle == haystack { return Match(group: 0, span: needle.count, start: 0, length: haystack.count) }
    if haystack.starts(with: needle) { return Match(group: 1, span: needle.count, start: 0, length: haystack.count) }
    if let start = firstOccurrence(of: needle, in: haystack) {
      return Match(group: 2, span: needle.count, start: start, length: haystack.count)
    }
    // The tightest subsequence: for each start position of the first character, the earliest completion.
    var best: (span: Int, start: Int)?
    for start in haystack.indices where haystack[start] == needle[0] {
      var index = start
      var matched = 0
      while index < haystack.count, matched < needle.count {
        if haystack[index] == needle[matched] { matched += 1 }
        index += 1
      }
      guard matched == needle.count else { break }
      let span = index - start
      if best == nil || span < best!.span { best = (span, start) }
    }
    guard let best else { return nil }
    return Match(group: 3, span: best.span, start: best.start, length: haystack.count)
  }

  /// The items whose name `pattern` matches, best first (the original order for an empty pattern).
  public static func filter<Item>(_ items: [Item], by pattern: String, name: (Item) -> String) -> [Item] {
    if pattern.isEmpty { return items }
    var matches: [(Match, Int, Item)] = []
    for (index, item) in items.enumerated() {
      if let match = match(pattern, in: name(item)) { matches.append((match, index, item)) }
    }
    matches.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    return matches.map(\.2)
  }

  private static func firstOccurrence(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return start
    }
    return nil
  }
}
