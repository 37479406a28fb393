/// Finds the names closest to a misspelt one, for "did you mean" hints.
public enum ClosestNames {
  /// Up to `limit` candidates near `name`, closest first.
  ///
  /// A candidate qualifies if its edit distance (case-insensitive, with transpositions) is at most about a
  /// third of the longer name, or if one name contains the other.
  public static func find(_ name: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
    let target = Array(name.lowercased().unicodeScalars)
    guard !target.isEmpty else { return [] }
    var scored: [(distance: Int, name: String)] = []
    for candidate in candidates {
      let other = Array(candidate.lowercased().unicodeScalars)
      let threshold = max(2, max(target.count, other.count) / 3)
      let distance = editDistance(target, other, limit: threshold)
      if distance <= threshold {
        scored.append((distance, candidate))
      } else if target.count >= 3, candidate.lowercased().contains(name.lowercased()) {
        scored.append((threshold + 1 + (other.count - target.count), candidate))
      }
    }
    scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
    return scored.prefix(limit).map(\.name)
  }

  /// The optimal-string-alignment distance, or `limit + 1` once it is certain to exceed `limit`.
  public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
