/// The exit status `argot parse` and `argot validate` use, following AWS CLI v2's return codes.
///
/// | status | when |
/// |---|---|
/// | 0 | the command is valid (warnings allowed), or it asks for help |
/// | 252 | command-line or parameter error: unknown command or option, bad value, failed validation (AWS CLI v2 uses 252 for these) |
/// | 253 | the environment is not usable: model data missing or unreadable |
/// | 255 | anything else (an internal failure) |
public enum ExitStatus: Int32, Sendable, Hashable {
  /// Valid.
  case success = 0
  /// A command-line or parameter error.
  case parameterError = 252
  /// Model data could not be read.
  case environmentError = 253
  /// Anything else.
  case failure = 255

  /// The status for a set of diagnostics.
  public static func of(_ diagnostics: [InvocationDiagnostic]) -> ExitStatus {
    let errors = diagnostics.filter { $0.severity == .error }
    if errors.isEmpty { return .success }
    if errors.contains(where: { $0.code == .modelUnavailable }) { return .environmentError }
    return .parameterError
  }
}
