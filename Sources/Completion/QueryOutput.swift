public import Botocore
public import CLISchema
public import JMESPath

/// The operation's output as a `--query` expression reaches it: completion offers the keys of the structure at
/// the end of the expression typed so far, hover explains the key under the pointer.
public enum QueryOutput {
  /// The structure that `path` (from `JMESPathCursor`) reaches in `command`'s output; nil when the path leaves
  /// the output's structures (a key the output does not have, a list indexed as an object).
  public static func structure(at path: [JMESPathCursor.Step], in command: OperationCommand) -> Shape? {
    let model = command.model
    guard let output = command.operation.output, var shape = model.shape(for: output) else { return nil }
    for step in path {
      switch step {
      case .field(let name):
        guard shape.type == .structure, let member = shape.members.first(where: { $0.name == name }),
          let next = model.shape(for: member.reference)
        else { return nil }
        shape = next
      case .eachItem, .oneItem:
        guard shape.type == .list, let item = shape.member, let next = model.shape(for: item) else { return nil }
        shape = next
      }
    }
    return shape.type == .structure ? shape : nil
  }

  /// The documentation of `member` of `structure`: the member's own, else its shape's.
  public static func documentation(of member: Member, in command: OperationCommand) -> String? {
    member.reference.documentation ?? command.model.shape(for: member.reference)?.documentation
  }
}
