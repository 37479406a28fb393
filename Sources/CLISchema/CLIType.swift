public import Botocore

/// The type names the AWS CLI shows for shapes: `(string)`, `(structure)`, `(list)`, …
public enum CLIType {
  /// The CLI type name of a shape: its model type, or `document` for free-form documents.
  public static func name(of shape: Shape) -> String {
    if shape.isDocument { return "document" }
    switch shape.type {
    case .bigdecimal: return "double"
    case .biginteger: return "long"
    default: return shape.type.rawValue
    }
  }
}
