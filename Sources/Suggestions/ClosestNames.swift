/// Finds the names closest to a misspelt one, for "did you mean" hints.
///
/// The cost is bounded whatever the input: a name longer than ``maximumNameLength`` gets no suggestions, the
/// distance is computed only inside a band of width `2 × limit + 1` around the diagonal, and the containment check
/// runs only when the name could fit inside the candidate.
public enum ClosestNames {
  /// Names (and candidates) longer than this many Unicode scalars are not compared: no AWS CLI name comes close,
  /// and a hostile megabyte-long name must be answered at once.
  public static let maximumNameLength = 256

  /// Up to `limit` candidates near `name`, closest first.
  ///
  /// A candidate qualifies if its edit distance (case-insensitive, with transpositions) is at most about a
  /// third of the longer name, or if one name contains the other.
  public static func find(_ name: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
    guard name.utf8.count <= maximumNameLength * 4 else { return [] }
    let lowered = name.lowercased()
    let target = Array(lowered.unicodeScalars)
    guard !target.isEmpty, target.count <= maximumNameLength else { return [] }
    var scored: [(distance: Int, name: String)] = []
    for candidate in candidates {
      guard candidate.utf8.count <= maximumNameLength * 4 else { continue }
      let loweredCandidate = candidate.lowercased()
      let other = Array(loweredCandidate.unicodeScalars)
      let threshold = max(2, max(target.count, other.count) / 3)
      let distance = editDistance(target, other, limit: threshold)
      if distance <= threshold {
        scored.append((distance, candidate))
      } else if target.count >= 3, target.count <= other.count, loweredCandidate.contains(lowered) {
        scored.append((threshold + 1 + (other.count - target.count), candidate))
      }
    }
    scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
    return scored.prefix(limit).map(\.name)
  }

  /// The optimal-string-alignment distance, or `limit + 1` once it is certain to exceed `limit`.
  ///
  /// Only cells within `limit` of the diagonal are computed (any path leaving that band costs more than
  /// `limit`), so the work is `O(min(a, b) × limit)` rather than `O(a × b)`.
  public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let band = min(limit, max(a.count, b.count))
    let outside = band + 1  // any cell outside the band is known to exceed the limit
    var previousPrevious = [Int](repeating: outside, count: b.count + 1)
    var previous = [Int](repeating: outside, count: b.count + 1)
    for j in 0...min(b.count, band) { previous[j] = j }
    var current = [Int](repeating: outside, count: b.count + 1)
    for i in 1...a.count {
      let low = max(1, i - band)
      let high = min(b.count, i + band)
      if low > high { return limit + 1 }
      current[low - 1] = low == 1 && i <= band ? i : outside
      var rowMinimum = current[low - 1]
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        value = min(value, outside)
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if high < b.count { current[high + 1] = outside }
      if rowMinimum > limit { return limit + 1 }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count] > limit ? limit + 1 : previous[b.count]
  }
}
