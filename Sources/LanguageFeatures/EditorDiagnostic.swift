public import DiagnosticSeverity

/// A problem to show in an editor, placed by scalar offsets in the document.
public struct EditorDiagnostic: Sendable, Hashable {
  /// How bad it is.
  public typealias Severity = DiagnosticSeverity.Severity

  /// Where, in Unicode-scalar offsets of the document.
  public var range: Range<Int>
  /// How bad.
  public var severity: Severity
  /// argot's stable code (`invalid-integer`, `unknown-parameter`, …).
  public var code: String
  /// For people.
  public var message: String
  /// Close names, for an unknown name.
  public var suggestions: [String]

  /// Creates a diagnostic.
  public init(range: Range<Int>, severity: Severity, code: String, message: String, suggestions: [String] = []) {
    self.range = range
    self.severity = severity
    self.code = code
    self.message = message
    self.suggestions = suggestions
  }

  /// The same diagnostic moved by `distance` scalars.
  func shifted(by distance: Int) -> EditorDiagnostic {
    var copy = self
    copy.range = (range.lowerBound + distance)..<(range.upperBound + distance)
    return copy
  }
}
