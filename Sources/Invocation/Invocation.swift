public import CLISchema
public import JSON
public import ShellScript

/// What a command line asks for: the command, the request parameters the AWS CLI v2 would send, the global
/// options, and everything wrong with it.
public struct Invocation: Sendable {
  /// The words that were parsed.
  public var words: [ShellWord]
  /// The line the words came from, if they came from a line.
  public var line: String?
  /// The index of the first word after the program name.
  public var firstArgument: Int
  /// The service command, once known.
  public var service: ServiceCommand?
  /// The operation or waiter command, once known.
  public var command: OperationCommand?
  /// The request parameters, keyed by API member names, in the order the AWS CLI builds them (options in the
  /// command's order, then `--cli-input-json`/`--cli-input-yaml` keys). Blob values are the base64 text of the
  /// bytes the AWS CLI would send; streaming blobs are the file path.
  public var parameters: JSONValue
  /// Every option given, in command-line order, with the words it used (global options included).
  public var options: [GivenOption]
  /// `--generate-cli-skeleton`'s value, when given (`input`, `output` or `yaml-input`).
  public var skeleton: String?
  /// `help` was asked for (`aws ec2 describe-instances help`).
  public var isHelpRequest: Bool
  /// Problems, in input order.
  public var diagnostics: [InvocationDiagnostic]
  /// How many recorded value sources the member validation looked at: a measure of its work, which tests use to
  /// check that it grows linearly with the command's length.
  var sourceEntriesVisited = 0

  /// Creates an empty invocation over `words`.
  public init(words: [ShellWord], line: String?, firstArgument: Int) {
    self.words = words
    self.line = line
    self.firstArgument = firstArgument
    self.parameters = .object(JSONObject())
    self.options = []
    self.isHelpRequest = false
    self.diagnostics = []
  }

  /// The global options given (`--region`, `--output`, …).
  public var globalOptions: [GivenOption] { options.filter { $0.parameter?.origin == .global } }

  /// The value given for an option (the last occurrence; for a flag, `"true"`), if any.
  public func value(of optionName: String) -> String? {
    guard let option = options.last(where: { $0.name == optionName }) else { return nil }
    return option.values.last ?? (option.isNegated ? "false" : "true")
  }

  /// The exit status for these diagnostics (see `ExitStatus`).
  public var exitStatus: ExitStatus { ExitStatus.of(diagnostics) }

  /// Whether there is no error (warnings allowed).
  public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }

  /// The errors.
  public var errors: [InvocationDiagnostic] { diagnostics.filter { $0.severity == .error } }

  /// The warnings.
  public var warnings: [InvocationDiagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// One option as given on the command line.
public struct GivenOption: Sendable, Hashable {
  /// The option's full name (`--new-bgp-peer`), even when typed abbreviated or negated (`--no-dry-run` has name
  /// `--dry-run` and `isNegated`).
  public var name: String
  /// The option definition, nil for an unknown option.
  public var parameter: CLIParameter?
  /// The word holding the option name.
  public var nameWord: Int
  /// Whether the value came after `=` in the same word (`--region=us-east-1`).
  public var isInline: Bool
  /// The words holding the values (for an inline value, the option's own word).
  public var valueWords: [Int]
  /// The values.
  public var values: [String]
  /// `--no-x` was typed.
  public var isNegated: Bool

  /// Creates a given option.
  public init(
    name: String,
    parameter: CLIParameter?,
    nameWord: Int,
    isInline: Bool = false,
    valueWords: [Int] = [],
    values: [String] = [],
    isNegated: Bool = false
  ) {
    self.name = name
    self.parameter = parameter
    self.nameWord = nameWord
    self.isInline = isInline
    self.valueWords = valueWords
    self.values = values
    self.isNegated = isNegated
  }
}

/// How to parse.
public struct InvocationOptions: Sendable {
  /// `full` checks everything; `partial` checks only what is on the line, for editors: no missing-required
  /// errors, and an incomplete last option or value is not an error.
  public enum Mode: Sendable, Hashable {
    /// A complete command.
    case full
    /// A line being typed.
    case partial
  }

  /// How strings in blob positions are read (AWS CLI v2 `--cli-binary-format`).
  public enum BinaryFormat: String, Sendable, Hashable {
    /// Strings must be base64 (the v2 default).
    case base64
    /// Strings are sent as their UTF-8 bytes (AWS CLI v1 behaviour).
    case rawInBase64Out = "raw-in-base64-out"
  }

  /// Full or partial.
  public var mode: Mode
  /// The binary format when the line has no `--cli-binary-format`; nil reads blobs as the AWS CLI generation the
  /// catalog follows does: base64 for v2, the string's bytes for v1 (which has no `--cli-binary-format`).
  public var binaryFormat: BinaryFormat?
  /// Reads `file://` and `fileb://` files.
  public var files: any ParamFileReader
  /// Whether to run the model validation of the final parameters.
  public var validates: Bool

  /// Creates options.
  public init(
    mode: Mode = .full,
    binaryFormat: BinaryFormat? = nil,
    files: any ParamFileReader = DiskParamFiles(),
    validates: Bool = true
  ) {
    self.mode = mode
    self.binaryFormat = binaryFormat
    self.files = files
    self.validates = validates
  }
}
