/// A request line of `argot serve --shell-lines` that cannot be answered, with what is wrong and where.
public struct ShellRequestError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The field at fault (`shell`, `point`, `line`, `type`, `columns`, ...), or `request` for the whole line.
  public var field: String
  /// What is wrong with it.
  public var reason: String

  /// An error about `field`.
  public init(field: String, reason: String) {
    self.field = field
    self.reason = reason
  }

  public var description: String { "\(field): \(reason)" }
}
