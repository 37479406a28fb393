/// Stable identifiers of everything argot reports about a command line. The raw values never change meaning.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
  // The line itself.
  /// A quote is opened and never closed.
  case unterminatedQuote = "unterminated-quote"
  /// A shell expansion (`$VAR`, `$(...)`, `~`) that argot keeps literally.
  case shellExpansion = "shell-expansion"
  /// A control operator (`|`, `;`, `>`, …) ends the command.
  case shellOperator = "shell-operator"
  /// The line's command runs another program (`which aws`): nothing to check.
  case notAWSCommand = "not-aws-command"

  // Commands.
  /// No service named.
  case missingService = "missing-service"
  /// The service is unknown.
  case unknownService = "unknown-service"
  /// No operation named.
  case missingOperation = "missing-operation"
  /// The operation is unknown.
  case unknownOperation = "unknown-operation"
  /// `wait` without a waiter name.
  case missingWaiter = "missing-waiter"
  /// The waiter is unknown.
  case unknownWaiter = "unknown-waiter"
  /// A command the AWS CLI implements itself (`aws s3 cp`); argot does not check its options.
  case customCommand = "custom-command"
  /// An option the AWS CLI adds whose effect on the request argot does not model.
  case customOption = "custom-option"
  /// Model data could not be read.
  case modelUnavailable = "model-unavailable"

  // Options.
  /// An option the command does not have.
  case unknownOption = "unknown-option"
  /// An abbreviation that matches several options.
  case ambiguousOption = "ambiguous-option"
  /// An abbreviation of an option (the AWS CLI accepts unique prefixes).
  case abbreviatedOption = "abbreviated-option"
  /// An option that needs a value has none.
  case missingValue = "missing-value"
  /// A flag was given a value with `=`.
  case unexpectedValue = "unexpected-value"
  /// A word that belongs to no option.
  case unexpectedArgument = "unexpected-argument"
  /// The option was given more than once; the last one wins.
  case repeatedOption = "repeated-option"
  /// A value outside a fixed set of choices (`--output`, `--generate-cli-skeleton`).
  case invalidChoice = "invalid-choice"
  /// A required option is missing.
  case missingRequiredOption = "missing-required-option"
  /// `--query` is not a JMESPath expression (the AWS CLI refuses it before calling).
  case invalidQuery = "invalid-query"
  /// Both `--cli-input-json` and `--cli-input-yaml`.
  case conflictingOptions = "conflicting-options"

  // Values.
  /// Not an integer.
  case invalidInteger = "invalid-integer"
  /// Not a number.
  case invalidNumber = "invalid-number"
  /// An integer too large for the type.
  case integerOutOfRange = "integer-out-of-range"
  /// Not `true` or `false`.
  case invalidBoolean = "invalid-boolean"
  /// Not a timestamp the AWS CLI can read.
  case invalidTimestamp = "invalid-timestamp"
  /// A JSON value that does not parse.
  case invalidJSON = "invalid-json"
  /// A YAML document that argot cannot read.
  case invalidYAML = "invalid-yaml"
  /// A shorthand value that does not parse.
  case shorthandSyntax = "shorthand-syntax"
  /// A value in shorthand that the model rejects while typing it (a document member, …).
  case shorthandType = "shorthand-type"
  /// A string in a blob position that is not base64 (AWS CLI v2 `--cli-binary-format base64`).
  case invalidBase64 = "invalid-base64"
  /// A `file://` or `fileb://` file that cannot be read.
  case fileUnreadable = "file-unreadable"
  /// A `file://` file that is not text.
  case fileNotText = "file-not-text"
  /// AWS CLI v1 fetches an `http://` or `https://` value and sends its content; argot never fetches, so the value
  /// is not judged.
  case urlParamFile = "url-param-file"
  /// The value of a streaming blob option must be the path of a file.
  case streamingFileMissing = "streaming-file-missing"
  /// `--cli-input-json`/`--cli-input-yaml` is not an object.
  case cliInputNotObject = "cli-input-not-object"
  /// An AWS CLI quirk argot reproduces but warns about.
  case suspiciousValue = "suspicious-value"
  /// A value one of the AWS CLI's own options refuses (`--port 22-x`, `--protocol tcpp`), or options of its own
  /// that cannot be combined (`--cidr` with `--ip-permissions`).
  case invalidCustomValue = "invalid-custom-value"

  // Validation of the final parameters (botocore's ParamValidator and beyond).
  /// A required member is missing.
  case missingRequiredParameter = "missing-required-parameter"
  /// A key the structure does not have.
  case unknownParameter = "unknown-parameter"
  /// A value of the wrong type.
  case invalidType = "invalid-type"
  /// Shorter than the model's `min` (an error in the AWS CLI too).
  case tooShort = "too-short"
  /// Smaller than the model's `min` (an error in the AWS CLI too).
  case tooSmall = "too-small"
  /// Longer than the model's `max` (the service rejects it).
  case tooLong = "too-long"
  /// Larger than the model's `max` (the service rejects it).
  case tooLarge = "too-large"
  /// Not one of the model's enum values (the service rejects it).
  case invalidEnum = "invalid-enum"
  /// Does not match the model's pattern (the service rejects it).
  case patternMismatch = "pattern-mismatch"
  /// A tagged union with more than one member set.
  case unionMultiple = "union-multiple"
  /// A tagged union with no member set.
  case unionEmpty = "union-empty"
}
