public import DiagnosticSeverity

/// One problem found in a command line: what, where, how bad, and what the AWS CLI would have said.
public struct InvocationDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How bad a diagnostic is: error (the AWS CLI would refuse the command, exit status 252), warning, note.
  public typealias Severity = DiagnosticSeverity.Severity

  /// How bad it is.
  public var severity: Severity
  /// A stable identifier.
  public var code: DiagnosticCode
  /// The message, without the option name and path (they are separate fields).
  public var message: String
  /// The option the problem is in (`--new-bgp-peer`), if any.
  public var option: String?
  /// The path inside the option's value (`asn`, `tags[1].key`), if any.
  public var path: String?
  /// Where in the input.
  public var location: SourceLocation?
  /// Close names for an unknown name.
  public var suggestions: [String]
  /// What the AWS CLI prints for the same problem, when argot knows.
  public var awsMessage: String?

  /// Creates a diagnostic.
  public init(
    severity: Severity,
    code: DiagnosticCode,
    message: String,
    option: String? = nil,
    path: String? = nil,
    location: SourceLocation? = nil,
    suggestions: [String] = [],
    awsMessage: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.option = option
    self.path = path
    self.location = location
    self.suggestions = suggestions
    self.awsMessage = awsMessage
  }

  /// `--new-bgp-peer: asn: expected an integer, got "abc"`.
  public var description: String {
    var parts: [String] = []
    if let option { parts.append(option) }
    if let path, !path.isEmpty { parts.append(path) }
    parts.append(message)
    return parts.joined(separator: ": ")
  }
}
