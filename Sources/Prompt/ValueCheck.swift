public import CLISchema
public import Invocation

/// Checks one parameter's value the way `argot parse` would read it: the command words, the option and its
/// value words go through `InvocationParser` (shorthand, JSON, `file://`, enums, limits), and only the
/// problems of that option are kept.
public struct ValueCheck: Sendable {
  /// A problem in the value being typed.
  public struct Problem: Sendable, Hashable {
    /// Error or warning.
    public var severity: InvocationDiagnostic.Severity
    /// The message with its key path: `asn: expected an integer, got "abc"`.
    public var message: String
    /// Which value word it is in (0 for the first), if it points at one.
    public var word: Int?
    /// The characters it points at inside that word.
    public var range: Range<Int>?

    /// Whether it is an error.
    public var isError: Bool { severity == .error }
  }

  /// The parser (and its catalog).
  public let parser: InvocationParser

  /// A checker over `parser`.
  public init(parser: InvocationParser) {
    self.parser = parser
  }

  /// The problems of `values` given to `parameter` after `commandWords` (`directconnect create-bgp-peer`).
  /// `complete: false` is for a value still being typed: an unfinished last value is not an error.
  public func problems(
    of values: [String],
    for parameter: CLIParameter,
    commandWords: [String],
    complete: Bool
  ) -> [Problem] {
    let words = commandWords + [parameter.name] + values
    let options = InvocationOptions(mode: complete ? .full : .partial)
    let invocation = parser.parse(arguments: words, options: options)
    let firstValue = commandWords.count + 1
    var problems: [Problem] = []
    for diagnostic in invocation.diagnostics where diagnostic.severity != .note {
      let word = diagnostic.location?.wordIndex
      let isOurs: Bool
      if let option = diagnostic.option {
        isOurs = option == parameter.name || parameter.acceptedNames.contains(option)
      } else {
        isOurs = word.map { $0 >= commandWords.count && $0 < words.count } ?? false
      }
      guard isOurs else { continue }
      var message = diagnostic.message
      if let path = diagnostic.path, !path.isEmpty { message = path + ": " + message }
      let valueWord = word.flatMap { $0 >= firstValue && $0 < words.count ? $0 - firstValue : nil }
      problems.append(
        Problem(
          severity: diagnostic.severity,
          message: message,
          word: valueWord,
          range: valueWord == nil ? nil : diagnostic.location?.range
        )
      )
    }
    return problems.sorted { $0.isError && !$1.isError }
  }
}
