public import DiagnosticSeverity
public import JSON

/// One problem an editor can show: where it is, how bad it is, a stable code and a message.
///
/// On the wire every member is present (`null` or `[]` when it does not apply):
///
/// ```json
/// {"severity": "error", "code": "invalid-integer", "message": "expected an integer, got \"abc\"",
///  "option": "--new-bgp-peer", "path": "asn", "word": 5,
///  "range": {"start": 79, "end": 82}, "utf16Range": {"start": 79, "end": 82},
///  "suggestions": [], "awsMessage": null}
/// ```
///
/// Which text the ranges refer to depends on the request: the `line` of `argot/parse` and `argot/validate`; word
/// `word` of their `argv`; the `input` document of `argot/validate`; the `text` of `argot/shorthand` (word
/// `word` when the text was given as several words).
public struct Diagnostic: Sendable, Hashable {
  /// How bad a problem is; its raw value is the wire spelling (`error`, `warning`, `note`).
  public typealias Severity = DiagnosticSeverity.Severity

  /// How bad it is.
  public var severity: Severity
  /// A stable identifier (`invalid-integer`, `shorthand.expected-equals`, …); never changes meaning.
  public var code: String
  /// What went wrong, for people.
  public var message: String
  /// The option the problem is in (`--new-bgp-peer`), if any.
  public var option: String?
  /// The path inside the option's value (`asn`, `tags[1].key`), if any.
  public var path: String?
  /// The index of the word the problem is in, when the input was split into words.
  public var word: Int?
  /// Where, in characters (Unicode scalars); nil when the problem has no place in the text.
  public var range: TextRange?
  /// The same place in UTF-16 code units.
  public var utf16Range: TextRange?
  /// Close names, for an unknown name.
  public var suggestions: [String]
  /// What the AWS CLI prints for the same problem, when argot knows it.
  public var awsMessage: String?

  /// Creates a diagnostic.
  public init(
    severity: Severity,
    code: String,
    message: String,
    option: String? = nil,
    path: String? = nil,
    word: Int? = nil,
    range: TextRange? = nil,
    utf16Range: TextRange? = nil,
    suggestions: [String] = [],
    awsMessage: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.option = option
    self.path = path
    self.word = word
    self.range = range
    self.utf16Range = utf16Range
    self.suggestions = suggestions
    self.awsMessage = awsMessage
  }

  /// Whether this is an error.
  public var isError: Bool { severity == .error }

  /// The diagnostic as it goes on the wire.
  public var jsonValue: JSONValue {
    .object(
      JSONObject([
        ("severity", .string(severity.rawValue)),
        ("code", .string(code)),
        ("message", .string(message)),
        ("option", option.map(JSONValue.string) ?? .null),
        ("path", path.map(JSONValue.string) ?? .null),
        ("word", word.map { .integer(Int64($0)) } ?? .null),
        ("range", range?.jsonValue ?? .null),
        ("utf16Range", utf16Range?.jsonValue ?? .null),
        ("suggestions", .array(suggestions.map(JSONValue.string))),
        ("awsMessage", awsMessage.map(JSONValue.string) ?? .null),
      ])
    )
  }
}

extension [Diagnostic] {
  /// The diagnostics as a JSON array.
  public var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}
