public import Botocore
public import CLISchema
import Shorthand

/// The "JSON Syntax:" block of AWS CLI help: an example of a parameter's JSON form with type placeholders.
///
/// The layout is the AWS CLI's, character for character: structures as `{` + one `"member": value` line per
/// member + `}`, lists of containers as `[` + element + `...` + `]`, lists of scalars inline as
/// `["string", ...]`, maps as `{"string": value` + `...}`; two spaces per level; strings as `"string"`,
/// enums as `"a"|"b"`, booleans as `true|false`, other scalars by type name (`integer`, `timestamp`, `blob`);
/// documents as `{...}`. A structure is expanded at most twice on one path; the third time it shows as
/// `{ ... recursive ... }`.
public enum JSONSyntaxBlock {
  /// Type names the AWS CLI treats as scalars.
  static let scalarTypes: Set<ShapeType> = [
    .string, .integer, .long, .boolean, .float, .double, .blob, .timestamp, .bigdecimal, .biginteger,
  ]

  /// The block for a value of `shape`, without a final newline.
  public static func text(for shape: Shape, in model: ServiceModel) -> String {
    var writer = BlockWriter()
    var stack: [String] = []
    example(shape, model: model, stack: &stack, writer: &writer)
    return writer.text
  }

  /// The block AWS CLI help prints for an option, or `nil` when it prints none: scalars, lists of scalars, options
  /// that are not model members, and structures whose only member is a string `Value` (help shows no syntax
  /// example for those).
  public static func text(for parameter: CLIParameter, in model: ServiceModel) -> String? {
    guard let reference = parameter.reference, let shape = model.shape(for: reference) else { return nil }
    if scalarTypes.contains(shape.type) { return nil }
    if isScalarList(shape, in: model) { return nil }
    if ShorthandArgument.acceptsShorthand(shape, in: model), ShorthandArgument.isSingleValueStructure(shape, in: model)
    {
      return nil
    }
    return text(for: shape, in: model)
  }

  /// The "Syntax:" block AWS CLI help prints instead for a list of scalars: `"string" "string" ...`, followed by
  /// the valid values when the element is an enum. `nil` for any other option.
  public static func scalarListText(for parameter: CLIParameter, in model: ServiceModel) -> String? {
    guard let reference = parameter.reference, let shape = model.shape(for: reference),
      isScalarList(shape, in: model), let element = shape.member.flatMap(model.shape(for:))
    else { return nil }
    let name = valueName(of: element, includeEnum: false)
    var text = "\(name) \(name) ..."
    if element.type == .string, let values = element.enumValues, !values.isEmpty {
      text += "\n\nWhere valid values are:\n" + values.map { "    " + $0 }.joined(separator: "\n")
    }
    return text
  }

  /// Whether `shape` is a list whose elements are scalars.
  static func isScalarList(_ shape: Shape, in model: ServiceModel) -> Bool {
    guard shape.type == .list, let element = shape.member.flatMap(model.shape(for:)) else { return false }
    return scalarTypes.contains(element.type)
  }

  /// The placeholder for a scalar: `"string"`, `"a"|"b"`, `true|false`, or the type name.
  static func valueName(of shape: Shape, includeEnum: Bool = true) -> String {
    switch shape.type {
    case .string:
      if includeEnum, let values = shape.enumValues, !values.isEmpty {
        return values.map { "\"\($0)\"" }.joined(separator: "|")
      }
      return "\"string\""
    case .boolean:
      return "true|false"
    default:
      return CLIType.name(of: shape)
    }
  }

  private static func example(_ shape: Shape, model: ServiceModel, stack: inout [String], writer: inout BlockWriter) {
    if stack.filter({ $0 == shape.name }).count > 1 {
      if shape.type == .structure { writer.write("{ ... recursive ... }") }
      return
    }
    stack.append(shape.name)
    defer { stack.removeLast() }
    switch shape.type {
    case .list:
      writer.write("[")
      guard let element = shape.member.flatMap(model.shape(for:)) else {
        writer.write("]")
        return
      }
      if scalarTypes.contains(element.type) {
        writer.write("\(valueName(of: element)), ...")
      } else {
        writer.indent()
        writer.newLine()
        example(element, model: model, stack: &stack, writer: &writer)
        writer.newLine()
        writer.write("...")
        writer.dedent()
        writer.newLine()
      }
      writer.write("]")
    case .map:
      writer.write("{")
      writer.indent()
      let key = shape.key.flatMap(model.shape(for:))
      writer.write("\(key.map { valueName(of: $0) } ?? "\"string\""): ")
      if let value = shape.value.flatMap(model.shape(for:)) {
        if scalarTypes.contains(value.type) {
          writer.write(valueName(of: value))
        } else {
          writer.indent()
          example(value, model: model, stack: &stack, writer: &writer)
          writer.dedent()
        }
      }
      writer.newLine()
      writer.write("...")
      writer.dedent()
      writer.write("}")
    case .structure:
      if shape.isDocument {
        writer.write("{...}")
        return
      }
      writer.write("{")
      writer.indent()
      writer.newLine()
      for (index, member) in shape.members.enumerated() {
        writer.write("\"\(member.name)\": ")
        if let memberShape = model.shape(for: member.reference) {
          if scalarTypes.contains(memberShape.type) {
            writer.write(valueName(of: memberShape))
          } else {
            example(memberShape, model: model, stack: &stack, writer: &writer)
          }
        }
        if index < shape.members.count - 1 {
          writer.write(",")
          writer.newLine()
        }
      }
      writer.dedent()
      writer.newLine()
      writer.write("}")
    default:
      writer.write(valueName(of: shape))
    }
  }
}

/// Text with the AWS CLI document writer's indentation model: `newLine()` starts a line indented by two spaces
/// per level in effect at that moment.
struct BlockWriter {
  private(set) var text = ""
  private var level = 0

  mutating func write(_ piece: String) { text += piece }
  mutating func newLine() { text += "\n" + String(repeating: " ", count: level * 2) }
  mutating func indent() { level += 1 }
  mutating func dedent() { level = max(0, level - 1) }
}
