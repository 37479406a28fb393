public import JSON

/// What the AWS CLI adds on top of the models: global options, per-command options, pagination options, and
/// the per-service customizations (renamed services and options, removed operations, added options and commands).
///
/// Read from `Schemas/cli/cli-layer.json` (documented in `Documentation/CLILayer.md`); the binary embeds it.
public struct CLILayer: Sendable {
  /// Options every command accepts (`--output`, `--region`, …), in the order help lists them.
  public var globalOptions: [CLIParameter]
  /// Options every operation command has (`--cli-input-json`, `--generate-cli-skeleton`, …).
  public var commandOptions: [CLIParameter]
  /// `--starting-token`, `--page-size`, `--max-items`.
  public var paginationOptions: [CLIParameter]
  /// Per-service customizations, by botocore service name.
  public var services: [String: ServiceCustomization]
  /// Top-level commands that are not botocore services (`s3`, `configure`, …), by CLI name.
  public var customCommands: [String: CustomCommand]

  /// Creates a layer.
  public init(
    globalOptions: [CLIParameter], commandOptions: [CLIParameter], paginationOptions: [CLIParameter],
    services: [String: ServiceCustomization] = [:], customCommands: [String: CustomCommand] = [:]
  ) {
    self.globalOptions = globalOptions
    self.commandOptions = commandOptions
    self.paginationOptions = paginationOptions
    self.services = services
    self.customCommands = customCommands
  }

  /// Reads a layer from the JSON of `cli-layer.json`.
  public init(json: JSONValue) throws(CLILayerError) {
    guard let root = json.objectValue else { throw CLILayerError(path: "", message: "not a JSON object") }
    func options(_ key: String, origin: CLIParameter.Origin) throws(CLILayerError) -> [CLIParameter] {
      guard let list = root[key]?.arrayValue else { return [] }
      var result: [CLIParameter] = []
      for (index, item) in list.enumerated() {
        result.append(try CLILayer.option(item, origin: origin, path: "\(key)[\(index)]"))
      }
      return result
    }
    var services: [String: ServiceCustomization] = [:]
    for (name, value) in root["services"]?.objectValue ?? JSONObject() {
      services[name] = try ServiceCustomization(json: value, path: "services.\(name)")
    }
    var customCommands: [String: CustomCommand] = [:]
    for (name, value) in root["customCommands"]?.objectValue ?? JSONObject() {
      customCommands[name] = try CustomCommand(name: name, json: value, path: "customCommands.\(name)")
    }
    self.init(
      globalOptions: try options("globalOptions", origin: .global),
      commandOptions: try options("commandOptions", origin: .command),
      paginationOptions: try options("paginationOptions", origin: .pagination),
      services: services,
      customCommands: customCommands
    )
  }

  /// Reads one option description.
  static func option(_ json: JSONValue, origin: CLIParameter.Origin, path: String) throws(CLILayerError)
    -> CLIParameter
  {
    guard let object = json.objectValue, let name = object["name"]?.stringValue else {
      throw CLILayerError(path: path, message: "an option needs a \"name\"")
    }
    let type = object["type"]?.stringValue ?? "string"
    let takesValue = object["takesValue"]?.boolValue ?? (type != "boolean")
    var arity: CLIParameter.Arity = takesValue ? .one : .none
    switch object["nargs"]?.stringValue {
    case "?": arity = .optional
    case "+", "*": arity = .oneOrMore
    default: break
    }
    return CLIParameter(
      name: name.hasPrefix("-") ? name : "--" + name,
      origin: origin,
      typeName: type,
      isRequired: object["required"]?.boolValue ?? false,
      arity: arity,
      choices: object["choices"]?.arrayValue?.compactMap(\.stringValue),
      implicitValue: object["implicitValue"]?.stringValue,
      documentation: object["description"]?.stringValue,
      isHidden: object["hidden"]?.boolValue ?? false
    )
  }
}

/// A malformed `cli-layer.json`.
public struct CLILayerError: Error, Sendable, CustomStringConvertible {
  /// Where in the document.
  public var path: String
  /// What is wrong.
  public var message: String

  public var description: String { "cli-layer.json: \(path): \(message)" }
}

/// How the AWS CLI changes one service's commands.
public struct ServiceCustomization: Sendable {
  /// The CLI name when it differs from the botocore name (`configservice` for `config`).
  public var cliName: String?
  /// The service is not offered at all.
  public var isRemoved: Bool
  /// Per-operation changes, by model operation name.
  public var operations: [String: OperationCustomization]
  /// Subcommands the CLI adds under the service, by CLI name.
  public var customSubcommands: [String: CustomCommand]

  init(json: JSONValue, path: String) throws(CLILayerError) {
    cliName = json["cliName"]?.stringValue
    isRemoved = json["removed"]?.boolValue ?? false
    var operations: [String: OperationCustomization] = [:]
    for (name, value) in json["operations"]?.objectValue ?? JSONObject() {
      operations[name] = try OperationCustomization(json: value, path: "\(path).operations.\(name)")
    }
    self.operations = operations
    var subcommands: [String: CustomCommand] = [:]
    for (name, value) in json["customCommands"]?.objectValue ?? JSONObject() {
      subcommands[name] = try CustomCommand(name: name, json: value, path: "\(path).customCommands.\(name)")
    }
    self.customSubcommands = subcommands
  }
}

/// How the AWS CLI changes one operation command.
public struct OperationCustomization: Sendable {
  /// The operation is not offered.
  public var isRemoved: Bool
  /// The CLI name when it differs from the derived one.
  public var cliName: String?
  /// Member name → CLI option name, for renamed options.
  public var renamedOptions: [String: String]
  /// Members that get no option at all.
  public var removedMembers: Set<String>
  /// Members whose option is accepted but not documented.
  public var hiddenMembers: Set<String>
  /// Options the CLI adds.
  public var addedOptions: [CLIParameter]

  init(json: JSONValue, path: String) throws(CLILayerError) {
    isRemoved = json["removed"]?.boolValue ?? false
    cliName = json["cliName"]?.stringValue
    var renamed: [String: String] = [:]
    for (member, value) in json["renamedOptions"]?.objectValue ?? JSONObject() {
      if let name = value.stringValue { renamed[member] = name }
    }
    renamedOptions = renamed
    removedMembers = Set(json["removedMembers"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    hiddenMembers = Set(json["hiddenMembers"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    var added: [CLIParameter] = []
    for (index, item) in (json["addedOptions"]?.arrayValue ?? []).enumerated() {
      added.append(try CLILayer.option(item, origin: .custom, path: "\(path).addedOptions[\(index)]"))
    }
    addedOptions = added
  }
}

/// A command the AWS CLI implements itself (`aws s3 cp`, `aws configure`), with its options and subcommands.
public struct CustomCommand: Sendable {
  /// The CLI name.
  public var name: String
  /// A one-line description, if the layer has one.
  public var summary: String?
  /// Its options.
  public var options: [CLIParameter]
  /// Its subcommands, by CLI name.
  public var subcommands: [String: CustomCommand]

  init(name: String, json: JSONValue, path: String) throws(CLILayerError) {
    self.name = name
    summary = json["description"]?.stringValue
    var options: [CLIParameter] = []
    for (index, item) in (json["options"]?.arrayValue ?? []).enumerated() {
      options.append(try CLILayer.option(item, origin: .custom, path: "\(path).options[\(index)]"))
    }
    self.options = options
    var subcommands: [String: CustomCommand] = [:]
    for (sub, value) in json["subcommands"]?.objectValue ?? JSONObject() {
      subcommands[sub] = try CustomCommand(name: sub, json: value, path: "\(path).subcommands.\(sub)")
    }
    self.subcommands = subcommands
  }
}
