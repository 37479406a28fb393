/// A list of choices filtered by what was typed (`FuzzyMatcher`), with a selection that moves with the arrows.
public struct Menu: Sendable, Hashable {
  /// One choice.
  public struct Item: Sendable, Hashable {
    /// What is matched and shown: `directconnect`, `--tags`, `ipv6`.
    public var name: String
    /// A short fact shown after the name (`structure`, `required`).
    public var detail: String?
    /// One line of description.
    public var summary: String?
    /// What choosing it means to the caller (the text to insert, a parameter name); defaults to the name.
    public var value: String

    /// Creates an item.
    public init(name: String, detail: String? = nil, summary: String? = nil, value: String? = nil) {
      self.name = name
      self.detail = detail
      self.summary = summary
      self.value = value ?? name
    }
  }

  /// Every item, in the caller's order.
  public private(set) var items: [Item]
  /// The items the current pattern matches, best first.
  public private(set) var visible: [Item]
  /// The index of the selected item in `visible`.
  public private(set) var selection: Int = 0
  /// The pattern `visible` was filtered by.
  public private(set) var pattern: String = ""
  /// Items kept first whatever the pattern (`done`), shown only when the pattern is empty.
  public private(set) var pinned: [Item]

  /// A menu over `items`; `pinned` items come first while nothing is typed.
  public init(_ items: [Item], pinned: [Item] = []) {
    self.items = items
    self.pinned = pinned
    self.visible = pinned + items
  }

  /// The selected item, if any is visible.
  public var selected: Item? { visible.indices.contains(selection) ? visible[selection] : nil }

  /// Filters by `pattern`, selecting the best match (or the first item for an empty pattern).
  public mutating func filter(_ pattern: String) {
    guard pattern != self.pattern || visible.isEmpty else { return }
    self.pattern = pattern
    visible = pattern.isEmpty ? pinned + items : FuzzyMatcher.filter(items, by: pattern, name: \.name)
    selection = 0
  }

  /// Moves the selection, wrapping around at either end.
  public mutating func move(by offset: Int) {
    guard !visible.isEmpty else { return }
    selection = ((selection + offset) % visible.count + visible.count) % visible.count
  }

  /// Selects the first visible item named `name`, if there is one.
  public mutating func select(named name: String) {
    if let index = visible.firstIndex(where: { $0.name == name }) { selection = index }
  }

  /// The menu's lines, at most `rows`, scrolled so the selection shows; each as `▸ name  detail  summary`.
  public func lines(rows: Int, width: Int) -> [Frame.Line] {
    guard rows > 0, !visible.isEmpty else { return [] }
    let scrolls = visible.count > rows && rows > 1
    let count = min(scrolls ? rows - 1 : rows, visible.count)
    let first = max(0, min(selection - count / 2, visible.count - count))
    let shown = visible[first..<(first + count)]
    let nameWidth = min(36, shown.map { $0.name.unicodeScalars.count }.max() ?? 0)
    let detailWidth = min(24, shown.map { $0.detail?.unicodeScalars.count ?? 0 }.max() ?? 0)
    var lines: [Frame.Line] = []
    for index in first..<(first + count) {
      let item = visible[index]
      let isSelected = index == selection
      var line: Frame.Line = [Frame.Span(isSelected ? "▸ " : "  ", isSelected ? .accent : .plain)]
      let padding = String(repeating: " ", count: max(0, nameWidth - item.name.unicodeScalars.count))
      line.append(Frame.Span(item.name, isSelected ? .selected : .bold))
      line.append(Frame.Span(padding))
      if let detail = item.detail {
        let pad = String(repeating: " ", count: max(0, detailWidth - detail.unicodeScalars.count))
        line.append(Frame.Span("  " + detail, .accent))
        if item.summary?.isEmpty == false { line.append(Frame.Span(pad)) }
      } else if detailWidth > 0, item.summary?.isEmpty == false {
        line.append(Frame.Span(String(repeating: " ", count: detailWidth + 2)))
      }
      if let summary = item.summary, !summary.isEmpty { line.append(Frame.Span("  " + summary, .dim)) }
      lines.append(line)
    }
    if scrolls {
      lines.append([Frame.Span("  \(first + 1)-\(first + count) of \(visible.count) (↑↓ to scroll)", .dim)])
    }
    return lines
  }
}
