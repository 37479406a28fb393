/// How bad a problem argot reports is: one scale for command lines, shorthand values, editor diagnostics and
/// the JSON-RPC protocol (whose wire spelling is the raw value).
///
/// Ordered from the worst: `.error < .warning < .note`.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
  /// The AWS CLI would refuse the command or value (exit status 252).
  case error
  /// The AWS CLI would send it and the service will probably refuse it, or the line does something surprising.
  case warning
  /// Information.
  case note

  private var rank: Int {
    switch self {
    case .error: return 0
    case .warning: return 1
    case .note: return 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
