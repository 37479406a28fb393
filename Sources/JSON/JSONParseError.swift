/// Why a JSON text could not be parsed, and where.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// jansson's message, e.g. `'[' or '{' expected near 'x'`.
  public var message: String
  /// The 1-based line of the error.
  public var line: Int
  /// The 1-based column (in characters) of the error.
  public var column: Int
  /// The byte offset of the error from the start of the text.
  public var position: Int

  /// Creates an error.
  public init(message: String, line: Int, column: Int, position: Int) {
    self.message = message
    self.line = line
    self.column = column
    self.position = position
  }

  public var description: String { "\(message) (line \(line), column \(column))" }
}
