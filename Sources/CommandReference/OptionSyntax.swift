import Botocore
import CLISchema
import Shorthand

/// The syntax examples help shows under an option: the shorthand text (from the Shorthand module) and whether the
/// AWS CLI shows any syntax example at all.
enum OptionSyntax {
  /// What help shows under an option.
  enum Shown: Equatable {
    /// No syntax examples at all: the AWS CLI skips both blocks for a structure whose only member is `Value`.
    case nothing
    /// The JSON block (if the option is not a scalar), and the shorthand text when it is not empty.
    case examples(shorthand: String)
  }

  /// The examples for an option of `command`.
  static func shown(for parameter: CLIParameter, in command: OperationCommand) -> Shown {
    guard let reference = parameter.reference, let shape = command.model.shape(for: reference) else {
      return .examples(shorthand: "")
    }
    guard ShorthandArgument.acceptsShorthand(shape, in: command.model) else { return .examples(shorthand: "") }
    let context = parameter.memberName.map {
      ShorthandArgumentContext(service: command.service.serviceName, operation: command.operation.name, member: $0)
    }
    guard
      let line = ShorthandSyntaxLine.make(for: shape, in: command.model, context: context, cliName: parameter.name)
    else { return .nothing }
    return .examples(shorthand: line)
  }

  /// The "Shorthand Syntax:" text of an option, empty when shorthand does not apply or help shows none.
  static func shorthand(for parameter: CLIParameter, in command: OperationCommand) -> String {
    if case .examples(let shorthand) = shown(for: parameter, in: command) { return shorthand }
    return ""
  }

  /// The "JSON Syntax:" block of an option, empty when help shows none.
  static func json(for parameter: CLIParameter, in command: OperationCommand) -> String {
    JSONSyntaxBlock.text(for: parameter, in: command.model) ?? ""
  }
}
