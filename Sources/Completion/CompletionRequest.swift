/// What to complete: a command line and the cursor in it.
public struct CompletionRequest: Sendable, Hashable {
  /// A whole `aws ...` command line (may contain `\`-newline continuations, quotes, `--opt=value`).
  public var line: String
  /// Cursor position in Unicode scalars ("characters", as bash's `COMP_POINT` counts them); nil = end of line.
  public var point: Int?

  /// A request to complete `line` at `point` (nil: the end of the line).
  public init(line: String, point: Int? = nil) {
    self.line = line
    self.point = point
  }
}
