/// Where a parsed key and value came from in the text.
public struct ShorthandSpan: Sendable, Hashable {
  /// The key's text, for structure and map members (empty range for an empty key).
  public var keyRange: Range<Int>?
  /// The value's text: a quoted value with its quotes, a list or object with its brackets, a CSV list from its
  /// first to its last item. Trailing whitespace of unquoted values is not included.
  public var valueRange: Range<Int>

  /// Creates a span.
  public init(keyRange: Range<Int>? = nil, valueRange: Range<Int>) {
    self.keyRange = keyRange
    self.valueRange = valueRange
  }
}

/// The source ranges of every key and value of a parsed shorthand value, by path (Unicode scalar offsets).
public struct ShorthandSourceMap: Sendable, Hashable {
  /// Spans by path; the root path covers the whole parsed value.
  public var spans: [ShorthandPath: ShorthandSpan]

  /// A map with these spans.
  public init(spans: [ShorthandPath: ShorthandSpan] = [:]) {
    self.spans = spans
  }

  /// The span recorded for exactly this path.
  public subscript(path: ShorthandPath) -> ShorthandSpan? {
    get { spans[path] }
    set { spans[path] = newValue }
  }

  /// The span of this path or, when the value was moved by typing (`Values=a` became `Values[0]`), of its
  /// nearest recorded ancestor.
  public func nearestSpan(to path: ShorthandPath) -> ShorthandSpan? {
    var current = path
    while true {
      if let span = spans[current] { return span }
      if current.isRoot { return nil }
      current = current.parent
    }
  }

  /// The text range to point at for a value: its own range, else the nearest ancestor's, else `fallback`.
  public func valueRange(of path: ShorthandPath, fallback: Range<Int> = 0..<0) -> Range<Int> {
    nearestSpan(to: path)?.valueRange ?? fallback
  }

  /// The text range to point at for a key: the key's own range when it has one, else its value's.
  public func keyRange(of path: ShorthandPath, fallback: Range<Int> = 0..<0) -> Range<Int> {
    if let span = spans[path] { return span.keyRange ?? span.valueRange }
    return valueRange(of: path, fallback: fallback)
  }
}
