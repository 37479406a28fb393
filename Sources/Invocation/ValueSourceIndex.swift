/// The recorded sources of a command's values, grouped once by the member and the list item they lie under, so
/// that the sources of each of N list items are found without going over all N items' sources again (which made
/// checking a long list take time growing with the square of its length).
struct ValueSourceIndex {
  /// One recorded source.
  typealias Entry = (path: ValuePath, source: ValueSource)

  /// The entries of one top-level member, and the same entries ordered by the list item they lie under.
  private struct Member {
    /// Every entry at the member or below it, in the order the sources were given.
    var entries: [Entry] = []
    /// For each entry, the list position it lies under, or -1 (the member itself, or a key of a structure).
    var positions: [Int] = []
    /// The entries under a list position, grouped by position, each group in the order the sources were given.
    var byPosition: [Entry] = []
    /// Where each position's group starts in `byPosition` (one more element than there are positions).
    var starts: [Int] = [0]

    /// Adds an entry.
    mutating func append(_ entry: Entry, position: Int) {
      entries.append(entry)
      positions.append(position)
    }

    /// Orders the entries by position (a counting sort: positions are list indexes, below the list's length).
    mutating func group() {
      let last = positions.max() ?? -1
      guard last >= 0 else { return }
      var starts = [Int](repeating: 0, count: last + 2)
      for position in positions where position >= 0 { starts[position + 1] += 1 }
      for position in 0...last { starts[position + 1] += starts[position] }
      var next = starts
      var ordered = [Entry?](repeating: nil, count: starts[last + 1])
      for (entry, position) in zip(entries, positions) where position >= 0 {
        ordered[next[position]] = entry
        next[position] += 1
      }
      byPosition = ordered.map { $0! }
      self.starts = starts
    }
  }

  /// The members by key.
  private var members: [String: Member] = [:]
  /// All the sources, for other bases.
  private let sources: [ValuePath: ValueSource]

  /// How many entries the lookups have handed out or gone over: a measure of their work, which stays
  /// proportional to the number of sources when each one is looked up under its own member and item.
  private(set) var entriesVisited = 0

  /// Groups `sources`.
  init(_ sources: [ValuePath: ValueSource]) {
    self.sources = sources
    for (path, source) in sources {
      guard let key = path.firstKey else { continue }
      var position = -1
      if path.components.count >= 2, case .index(let index) = path.components[1] { position = index }
      members[key, default: Member()].append((path, source), position: position)
    }
    members = members.mapValues { member in
      var grouped = member
      grouped.group()
      return grouped
    }
  }

  /// The entries at `base` or below it, in the order the sources were given.
  mutating func entries(under base: ValuePath) -> ArraySlice<Entry> {
    let components = base.components
    if components.count == 1, case .key(let key) = components[0] {
      let found = members[key]?.entries ?? []
      entriesVisited += found.count
      return found[...]
    }
    if components.count == 2, case .key(let key) = components[0], case .index(let position) = components[1] {
      guard let member = members[key], position >= 0, position + 1 < member.starts.count else { return [] }
      let found = member.byPosition[member.starts[position]..<member.starts[position + 1]]
      entriesVisited += found.count
      return found
    }
    entriesVisited += sources.count
    return sources.filter { $0.key.components.starts(with: components) }.map { ($0.key, $0.value) }[...]
  }
}
