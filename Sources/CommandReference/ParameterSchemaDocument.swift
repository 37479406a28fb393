import Botocore
public import CLISchema
import DocumentationText
public import JSON

/// The document `argot schema SERVICE OPERATION` prints: everything about a command's options in one JSON object.
///
/// Its layout is specified by `Schemas/argot-schema.schema.json` and described in
/// `Documentation/SchemaDocument.md`. In short:
///
/// - `format` (`"argot-schema/1"`), `service`, `operation`, `description` (plain text), `documentationURL`,
///   `inputShape`, `outputShape`;
/// - `parameters`: every option of the command in help order (input members and options the CLI adds,
///   `--cli-input-json`, `--cli-input-yaml`, pagination options, `--generate-cli-skeleton`), each with its CLI name,
///   origin, member name, type, shape, required, hidden, positional, aliases, group, availability, arity, negated
///   name, implicit value, `enum`, `min`, `max`,
///   `pattern`, plain-text `documentation`, `shorthandSyntax` and `jsonSyntax` (empty strings when help shows none)
///   and, for containers, the nested `members` / `element` / `key` + `value` nodes;
/// - `globalOptions`: the options every command accepts, in the same form.
///
/// Nested nodes carry `name` (structure members only), `type`, `shape`, `required`, `enum`, `min`, `max`,
/// `pattern`, `documentation` and their own children; a container whose shape already appears on the path from the
/// option is not expanded again and has `"recursive": true` instead. Flags (`deprecated`, `union`, `sensitive`,
/// `idempotencyToken`, `streaming`, `recursive`) appear only when true; every other key is always present, `null`
/// when it does not apply.
public struct ParameterSchemaDocument: Sendable {
  /// The format name and version written as `format`.
  public static let format = "argot-schema/1"

  /// The document.
  public let json: JSONValue

  /// The document for `command`.
  ///
  /// - Parameters:
  ///   - command: the operation command, from `CommandCatalog.command(service:operation:)`.
  ///   - layer: the CLI layer, for the per-command options (`--cli-input-json`, …) and the global options.
  ///   - includeGlobalOptions: whether to fill `globalOptions` (an empty array otherwise).
  public init(command: OperationCommand, layer: CLILayer, includeGlobalOptions: Bool = true) {
    let model = command.model
    var root = JSONObject()
    root["format"] = .string(Self.format)
    root["service"] = .object(
      JSONObject([
        ("command", .string(command.service.name)),
        ("name", .string(command.service.serviceName)),
        ("apiVersion", .string(model.metadata.apiVersion)),
        ("fullName", model.metadata.serviceFullName.map(JSONValue.string) ?? .null),
        ("protocol", model.metadata.wireProtocol.map(JSONValue.string) ?? .null),
      ])
    )
    root["operation"] = .object(
      JSONObject([
        ("command", .string(command.name)),
        ("name", .string(command.operation.name)),
        ("commandLine", .string(command.commandLine)),
        ("waiter", command.waiter.map { .string($0.name) } ?? .null),
        ("paginated", .bool(command.waiter == nil && command.isPaginated)),
        ("deprecated", .bool(command.operation.deprecated)),
      ])
    )
    root["description"] = .string(HTMLText.plainText(command.operation.documentation ?? ""))
    root["documentationURL"] =
      ShapeFacts.documentationURL(command.operation, in: model).map(JSONValue.string) ?? .null
    root["inputShape"] = command.operation.input.map { .string($0.shapeName) } ?? .null
    root["outputShape"] = command.operation.output.map { .string($0.shapeName) } ?? .null
    root["parameters"] = .array(Self.helpOrder(command, layer: layer).map { Self.option($0, command: command) })
    root["globalOptions"] = .array(
      includeGlobalOptions ? layer.globalOptions.map { Self.option($0, command: nil) } : []
    )
    json = .object(root)
  }

  /// The document as text (`.pretty` by default), with a final newline.
  public func serialized(_ format: JSONFormat = .pretty) -> String {
    json.serialized(format) + "\n"
  }

  /// Every option of the command in the order AWS CLI help lists them: the member options (and options the CLI
  /// adds), `--cli-input-json` / `--cli-input-yaml`, the pagination options, `--generate-cli-skeleton` and any
  /// other per-command option, then positional arguments (`outfile`).
  ///
  /// The per-command options are taken from the command when the catalog put them there, else from the layer.
  static func helpOrder(_ command: OperationCommand, layer: CLILayer) -> [CLIParameter] {
    let all = command.parameters + commandOptions(for: command, layer: layer)
    let isCLIInput: (CLIParameter) -> Bool = {
      $0.origin == .command && ($0.group == "cli-input" || $0.name.hasPrefix("--cli-input-"))
    }
    let named = all.filter { !$0.isPositional }
    return named.filter { $0.origin != .pagination && $0.origin != .command }
      + named.filter(isCLIInput)
      + named.filter { $0.origin == .pagination }
      + named.filter { $0.origin == .command && !isCLIInput($0) }
      + all.filter(\.isPositional)
  }

  /// The per-command options the AWS CLI adds: none for commands that write a streaming body to a file.
  static func commandOptions(for command: OperationCommand, layer: CLILayer) -> [CLIParameter] {
    if command.parameters.contains(where: { $0.isPositional && $0.name == "outfile" }) { return [] }
    return layer.commandOptions.filter { option in !command.parameters.contains { $0.name == option.name } }
  }

  static func origin(_ origin: CLIParameter.Origin) -> String {
    switch origin {
    case .member: return "member"
    case .pagination: return "pagination"
    case .custom: return "custom"
    case .command: return "command"
    case .global: return "global"
    }
  }

  static func option(_ parameter: CLIParameter, command: OperationCommand?) -> JSONValue {
    let model = command?.model
    let shape = model.flatMap { model in parameter.reference.flatMap { model.shape(for: $0) } }
    var object = JSONObject()
    object["name"] = .string(parameter.name)
    object["origin"] = .string(origin(parameter.origin))
    object["member"] = parameter.memberName.map(JSONValue.string) ?? .null
    object["type"] = .string(parameter.typeName)
    object["shape"] = parameter.reference.map { .string($0.shapeName) } ?? .null
    object["required"] = .bool(parameter.isRequired)
    object["hidden"] = .bool(parameter.isHidden)
    object["positional"] = .bool(parameter.isPositional)
    object["aliases"] = .array(parameter.aliases.map(JSONValue.string))
    object["group"] = parameter.group.map(JSONValue.string) ?? .null
    object["availability"] = parameter.availability.map(JSONValue.string) ?? .null
    object["arity"] = .string(parameter.arity.rawValue)
    object["negatedName"] = parameter.negatedName.map(JSONValue.string) ?? .null
    object["implicitValue"] = parameter.implicitValue.map(JSONValue.string) ?? .null
    let choices = parameter.choices ?? shape?.enumValues
    object["enum"] = choices.map { .array($0.map(JSONValue.string)) } ?? .null
    object["min"] = ShapeFacts.number(shape?.min)
    object["max"] = ShapeFacts.number(shape?.max)
    object["pattern"] = shape?.pattern.map(JSONValue.string) ?? .null
    let documentation: String
    if parameter.reference != nil {
      documentation = HTMLText.plainText(parameter.documentation ?? shape?.documentation ?? "")
    } else {
      documentation = HTMLText.wrap(parameter.documentation ?? "").joined(separator: "\n")
    }
    object["documentation"] = .string(documentation)
    if let command, shape != nil {
      object["shorthandSyntax"] = .string(OptionSyntax.shorthand(for: parameter, in: command))
      object["jsonSyntax"] = .string(OptionSyntax.json(for: parameter, in: command))
    } else {
      object["shorthandSyntax"] = .string("")
      object["jsonSyntax"] = .string("")
    }
    if let shape, let model, let reference = parameter.reference {
      flags(&object, reference: reference, shape: shape)
      var path = [shape.name]
      children(&object, shape: shape, model: model, path: &path)
    }
    return .object(object)
  }

  /// A nested node: a structure member (with `name`), a list element, or a map key or value.
  static func node(
    name: String?,
    reference: ShapeReference,
    required: Bool,
    model: ServiceModel,
    path: inout [String]
  ) -> JSONValue {
    var object = JSONObject()
    let shape = model.shape(for: reference)
    if let name { object["name"] = .string(name) }
    object["type"] = .string(shape.map(CLIType.name(of:)) ?? "string")
    object["shape"] = .string(reference.shapeName)
    object["required"] = .bool(required)
    object["enum"] = shape?.enumValues.map { .array($0.map(JSONValue.string)) } ?? .null
    object["min"] = ShapeFacts.number(shape?.min)
    object["max"] = ShapeFacts.number(shape?.max)
    object["pattern"] = shape?.pattern.map(JSONValue.string) ?? .null
    object["documentation"] = .string(HTMLText.plainText(ShapeFacts.documentation(reference, shape)))
    guard let shape else { return .object(object) }
    flags(&object, reference: reference, shape: shape)
    guard shape.type.isContainer, !shape.isDocument else { return .object(object) }
    if path.contains(shape.name) {
      object["recursive"] = true
      return .object(object)
    }
    path.append(shape.name)
    children(&object, shape: shape, model: model, path: &path)
    path.removeLast()
    return .object(object)
  }

  private static func children(_ object: inout JSONObject, shape: Shape, model: ServiceModel, path: inout [String]) {
    guard !shape.isDocument else { return }
    switch shape.type {
    case .structure:
      object["members"] = .array(
        shape.members.map { member in
          node(
            name: member.name,
            reference: member.reference,
            required: shape.isRequired(member.name),
            model: model,
            path: &path
          )
        }
      )
    case .list:
      if let element = shape.member {
        object["element"] = node(name: nil, reference: element, required: false, model: model, path: &path)
      }
    case .map:
      if let key = shape.key {
        object["key"] = node(name: nil, reference: key, required: false, model: model, path: &path)
      }
      if let value = shape.value {
        object["value"] = node(name: nil, reference: value, required: false, model: model, path: &path)
      }
    default:
      break
    }
  }

  private static func flags(_ object: inout JSONObject, reference: ShapeReference, shape: Shape) {
    if reference.deprecated || shape.deprecated { object["deprecated"] = true }
    if shape.isUnion { object["union"] = true }
    if shape.isSensitive { object["sensitive"] = true }
    if reference.idempotencyToken { object["idempotencyToken"] = true }
    if reference.streaming { object["streaming"] = true }
  }
}
