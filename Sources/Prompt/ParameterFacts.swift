import Botocore
public import CLISchema
import DocumentationText
import Shorthand

/// What the prompt shows about a parameter: its type, the first sentence of its description, the AWS CLI's
/// "Shorthand Syntax" line, and its allowed values.
public struct ParameterFacts: Sendable, Hashable {
  /// `string`, `structure`, `list`, `boolean`, …
  public var typeName: String
  /// The first sentence of the documentation (plain text), or empty.
  public var summary: String
  /// The whole documentation as the model or the CLI layer has it (HTML or plain text), or empty.
  public var documentation: String
  /// The shorthand syntax line (`asn=integer,asnLong=long,...`), if the parameter takes shorthand.
  public var shorthandSyntax: String?
  /// The allowed values, if the parameter has a fixed set.
  public var choices: [String]
  /// Whether the value is one word per element (`--tags a b`, `--instance-ids i-1 i-2`).
  public var takesSeveralWords: Bool

  /// The facts of `parameter` of `command`.
  public init(_ parameter: CLIParameter, in command: OperationCommand?) {
    typeName = parameter.typeName
    let documentation = parameter.documentation ?? parameter.reference?.documentation ?? ""
    self.documentation = documentation
    summary = DocumentationOverview.of(documentation)
    if summary.isEmpty, !documentation.isEmpty { summary = documentation }
    choices = parameter.choices ?? []
    takesSeveralWords =
      parameter.arity == .oneOrMore || parameter.arity == .zeroOrMore
      || (parameter.arity == .fixed && parameter.fixedWordCount > 1)
    shorthandSyntax = nil
    if let command, let reference = parameter.reference, let member = parameter.memberName,
      let shape = command.model.shape(for: reference)
    {
      let context = ShorthandArgumentContext(
        service: command.service.serviceName,
        operation: command.operation.name,
        member: member
      )
      let line = ShorthandSyntaxLine.make(for: shape, in: command.model, context: context, cliName: parameter.name)
      if let line, !line.isEmpty { shorthandSyntax = line }
    }
  }

  /// The type as shown: `structure`, `list`, `string (one of 2)`, `boolean flag`.
  public func typeLabel(for parameter: CLIParameter) -> String {
    if parameter.isFlag { return "flag" }
    if !choices.isEmpty { return "\(typeName), one of \(choices.count)" }
    return typeName
  }
}
