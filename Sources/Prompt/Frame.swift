/// What the prompt shows at one moment: styled lines and where the cursor goes. The session builds frames; the
/// terminal renderer draws them. Tests read them as plain text.
public struct Frame: Sendable, Hashable {
  /// A run of text in one style.
  public struct Span: Sendable, Hashable {
    /// The text (no line breaks, no escape sequences).
    public var text: String
    /// How it looks.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, _ style: Style = .plain) {
      self.text = text
      self.style = style
    }
  }

  /// How a span looks.
  public enum Style: Sendable, Hashable {
    case plain, dim, bold, selected, error, warning, accent, success
  }

  /// One line: its spans.
  public typealias Line = [Span]

  /// The lines, top to bottom.
  public var lines: [Line] = []
  /// The cursor: a line index and a column in characters, if it should be shown.
  public var cursor: (line: Int, column: Int)?

  /// An empty frame.
  public init() {}

  /// Adds a line.
  public mutating func add(_ spans: Span...) { lines.append(spans) }

  /// Adds a line made of spans.
  public mutating func add(line: Line) { lines.append(line) }

  /// The lines as plain text.
  public var text: [String] { lines.map { $0.map(\.text).joined() } }

  public static func == (lhs: Frame, rhs: Frame) -> Bool {
    lhs.lines == rhs.lines && lhs.cursor?.line == rhs.cursor?.line && lhs.cursor?.column == rhs.cursor?.column
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(lines)
    hasher.combine(cursor?.line)
    hasher.combine(cursor?.column)
  }
}
