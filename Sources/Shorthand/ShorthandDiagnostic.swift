public import DiagnosticSeverity

/// A problem found in a shorthand value: a syntax error, a value the model can't take, or a constraint the
/// service will check.
///
/// Offsets (`range`, `awsOffset`) count **Unicode scalars** from the start of the parsed text (the same units
/// as Python's string indexes, so they match the AWS CLI's carets). For an argument given as several words
/// (a top-level list), `word` says which word the offsets refer to.
public struct ShorthandDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How bad the problem is: an error (the AWS CLI or botocore would refuse the value) or a warning (the AWS
  /// CLI would send it, and the service will probably refuse it).
  public typealias Severity = DiagnosticSeverity.Severity

  /// How bad the problem is.
  public var severity: Severity
  /// A stable identifier, e.g. `shorthand.expected-equals`, `value.not-integer`, `value.unknown-key`.
  public var code: String
  /// What went wrong, in words meant for people.
  public var message: String
  /// The value the problem is about (the member being parsed, for syntax errors).
  public var path: ShorthandPath
  /// The text to underline, in Unicode scalars; empty at the end of the input.
  public var range: Range<Int>
  /// Which word of a multi-word argument the range is in (0 for single-word arguments).
  public var word: Int
  /// The message the AWS CLI prints for the same problem, when it has one (v1 1.45.55 format).
  public var awsMessage: String?
  /// Where the AWS CLI puts its caret, when it reports a position.
  public var awsOffset: Int?

  /// Creates a diagnostic.
  public init(
    severity: Severity,
    code: String,
    message: String,
    path: ShorthandPath = .root,
    range: Range<Int>,
    word: Int = 0,
    awsMessage: String? = nil,
    awsOffset: Int? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.path = path
    self.range = range
    self.word = word
    self.awsMessage = awsMessage
    self.awsOffset = awsOffset
  }

  /// Whether this is an error.
  public var isError: Bool { severity == .error }

  public var description: String {
    let place = path.isRoot ? "" : " at \(path)"
    return "\(severity.rawValue) [\(code)]\(place) \(range.lowerBound)..<\(range.upperBound): \(message)"
  }
}
