/// The recorded sources of a command's values, grouped once by the member and the list item they lie under, so
/// that the sources of each of N list items are found without going over all N items' sources again (which made
/// checking a long list take time growing with the square of its length).
struct ValueSourceIndex {
  /// One recorded source.
  typealias Entry = (path: ValuePath, source: ValueSource)

  /// The entries under each path of one step (a top-level member) and of two steps (a member's list item or
  /// map entry), in the order the sources were given.
  private var groups: [ValuePath: [Entry]] = [:]
  /// All the entries, for deeper bases.
  private let all: [Entry]

  /// How many entries the lookups have handed out or gone over: a measure of their work, which stays
  /// proportional to the number of sources when each one is looked up under its own member and item.
  private(set) var entriesVisited = 0

  /// Groups `sources`.
  init(_ sources: [ValuePath: ValueSource]) {
    var all: [Entry] = []
    all.reserveCapacity(sources.count)
    for (path, source) in sources {
      all.append((path, source))
      let components = path.components
      if components.count >= 1 { groups[ValuePath(Array(components.prefix(1))), default: []].append((path, source)) }
      if components.count >= 2 { groups[ValuePath(Array(components.prefix(2))), default: []].append((path, source)) }
    }
    self.all = all
  }

  /// The entries at `base` or below it, in the order the sources were given.
  mutating func entries(under base: ValuePath) -> [Entry] {
    let depth = base.components.count
    if depth == 1 || depth == 2 {
      let found = groups[base] ?? []
      entriesVisited += found.count
      return found
    }
    entriesVisited += all.count
    return all.filter { $0.path.components.starts(with: base.components) }
  }
}
