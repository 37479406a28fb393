import Botocore
import CLISchema
import JSON

/// Facts about shapes that several documents share: type names, documentation, constraint numbers.
enum ShapeFacts {
  /// The documentation of a use of a shape: the reference's own, else the shape's.
  static func documentation(_ reference: ShapeReference?, _ shape: Shape?) -> String {
    reference?.documentation ?? shape?.documentation ?? ""
  }

  /// The type name shown in help: `tagged union structure` and `document` for those structures, else the CLI type.
  static func helpTypeName(_ shape: Shape) -> String {
    if shape.type == .structure && shape.isUnion && !shape.isDocument { return "tagged union structure" }
    return CLIType.name(of: shape)
  }

  /// A model number as JSON: an integer when it has no fraction.
  static func number(_ value: Double?) -> JSONValue {
    guard let value else { return .null }
    if value.rounded() == value, abs(value) < 9.0e18 { return .integer(Int64(value)) }
    return .real(value)
  }

  /// The model's API documentation page for an operation, if the model has a uid.
  static func documentationURL(_ operation: Operation, in model: ServiceModel) -> String? {
    guard let uid = model.metadata.uid else { return nil }
    return "https://docs.aws.amazon.com/goto/WebAPI/\(uid)/\(operation.name)"
  }

  /// The sentence AWS CLI help adds for a tagged union.
  static func unionNote(_ shape: Shape) -> String {
    "This is a Tagged Union structure. Only one of the following top level keys can be set: "
      + shape.members.map(\.name).joined(separator: ", ") + "."
  }
}
