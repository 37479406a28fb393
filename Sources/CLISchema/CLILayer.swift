public import CLIDetection
public import JSON

/// What the AWS CLI adds on top of the models: global options, per-command options, pagination options, and
/// per-service changes (renamed services and options, removed operations, added options and commands).
///
/// Read from `Schemas/cli/cli-layer.json`, whose format `Documentation/CLILayer.md` describes; the binary embeds it.
public struct CLILayer: Sendable {
  /// Options every command accepts (`--output`, `--region`, …), in the order help lists them.
  public var globalOptions: [CLIParameter]
  /// Options every operation command has (`--cli-input-json`, `--cli-input-yaml`, `--generate-cli-skeleton`).
  public var commandOptions: [CLIParameter]
  /// `--starting-token`, `--page-size`, `--max-items`.
  public var paginationOptions: [CLIParameter]
  /// Model names whose CLI form botocore overrides.
  public var nameOverrides: [String: String]
  /// The renames, aliases and hidden or removed states of services, by botocore service name: what mapping
  /// command names to services needs, without reading every service's changes.
  public var serviceSummaries: [String: ServiceSummary]
  /// The AWS CLI generation whose rules the layer follows once `following(_:)` chose one; nil keeps both
  /// generations' options and commands, as the file lists them.
  public private(set) var generation: CLIGeneration?
  /// What only the other generation has, dropped by `following(_:)`: option names (`--no-cli-pager`), top-level
  /// command names (`ddb`) and `--option=value` choices (`--output=yaml`), each with the generation that has it.
  public private(set) var otherGeneration: [String: CLIGeneration] = [:]
  private let serviceEntries: LayerEntries<ServiceChanges>
  private let commandEntries: LayerEntries<CustomCommand>
  /// The `availability` of the top-level commands that have one, known without reading the commands.
  private let commandAvailability: [String: String]

  /// Creates a layer.
  public init(
    globalOptions: [CLIParameter],
    commandOptions: [CLIParameter],
    paginationOptions: [CLIParameter],
    services: [String: ServiceChanges] = [:],
    customCommands: [String: CustomCommand] = [:],
    nameOverrides: [String: String] = [:]
  ) {
    self.globalOptions = globalOptions
    self.commandOptions = commandOptions
    self.paginationOptions = paginationOptions
    self.nameOverrides = nameOverrides
    self.serviceSummaries = services.mapValues(ServiceSummary.init(changes:)).filter { !$0.value.isPlain }
    self.serviceEntries = LayerEntries(values: services)
    self.commandEntries = LayerEntries(values: customCommands)
    self.commandAvailability = customCommands.compactMapValues(\.availability)
  }

  /// Reads a layer from the JSON of `cli-layer.json`.
  public init(json: JSONValue) throws(CLILayerError) {
    guard let root = json.objectValue else { throw CLILayerError(path: "", message: "not a JSON object") }
    var services: [String: ServiceChanges] = [:]
    for (name, value) in root["services"]?.objectValue ?? JSONObject() {
      services[name] = try ServiceChanges(json: value, path: "services.\(name)")
    }
    var customCommands: [String: CustomCommand] = [:]
    for (name, value) in root["customCommands"]?.objectValue ?? JSONObject() {
      customCommands[name] = try CustomCommand(name: name, json: value, path: "customCommands.\(name)")
    }
    self.init(
      globalOptions: try Self.options(root["globalOptions"], origin: .global, path: "globalOptions"),
      commandOptions: try Self.options(root["commandOptions"], origin: .command, path: "commandOptions"),
      paginationOptions: try Self.options(root["paginationOptions"], origin: .pagination, path: "paginationOptions"),
      services: services,
      customCommands: customCommands,
      nameOverrides: Self.overrides(root)
    )
  }

  /// Reads a layer split into a core document and one JSON text per service and custom command, as the binary
  /// embeds it: only the core is parsed now, each service's changes when first asked for.
  ///
  /// - Parameters:
  ///   - core: `cli-layer.json` without `services` and `customCommands`, plus `serviceSummaries` and
  ///     `customCommandNames`.
  ///   - serviceTexts: each service's entry of `services`, by botocore service name.
  ///   - commandTexts: each entry of `customCommands`, by name.
  public init(
    core: JSONValue,
    serviceTexts: [String: String],
    commandTexts: [String: String]
  )
    throws(CLILayerError)
  {
    guard let root = core.objectValue else { throw CLILayerError(path: "", message: "not a JSON object") }
    globalOptions = try Self.options(root["globalOptions"], origin: .global, path: "globalOptions")
    commandOptions = try Self.options(root["commandOptions"], origin: .command, path: "commandOptions")
    paginationOptions = try Self.options(root["paginationOptions"], origin: .pagination, path: "paginationOptions")
    nameOverrides = Self.overrides(root)
    var summaries: [String: ServiceSummary] = [:]
    for (name, value) in root["serviceSummaries"]?.objectValue ?? JSONObject() {
      summaries[name] = ServiceSummary(json: value)
    }
    serviceSummaries = summaries
    serviceEntries = LayerEntries(texts: serviceTexts) { name, json throws(CLILayerError) in
      try ServiceChanges(json: json, path: "services.\(name)")
    }
    commandEntries = LayerEntries(texts: commandTexts) { name, json throws(CLILayerError) in
      try CustomCommand(name: name, json: json, path: "customCommands.\(name)")
    }
    var availability: [String: String] = [:]
    for (name, value) in root["customCommandAvailability"]?.objectValue ?? JSONObject() {
      availability[name] = value.stringValue
    }
    commandAvailability = availability
  }

  private static func overrides(_ root: JSONObject) -> [String: String] {
    var overrides: [String: String] = [:]
    for (name, value) in root["naming"]?["xformNameOverrides"]?.objectValue ?? JSONObject() {
      overrides[name] = value.stringValue
    }
    return overrides
  }

  /// The changes to a botocore service, if the layer has any.
  public func changes(forService service: String) -> ServiceChanges? { serviceEntries.value(for: service) }

  /// Every service's changes, by botocore service name (reads them all).
  public var services: [String: ServiceChanges] { serviceEntries.all() }

  /// The names of the top-level commands that are not botocore services (`s3`, `configure`, …).
  public var customCommandNames: [String] {
    guard generation != nil else { return commandEntries.keys }
    return commandEntries.keys.filter { isAvailable(commandAvailability[$0]) }
  }

  /// A top-level command that is not a botocore service (nil for one only the other generation has).
  public func customCommand(named name: String) -> CustomCommand? {
    guard let command = commandEntries.value(for: name) else { return nil }
    return isAvailable(command.availability) ? command : nil
  }

  /// Every top-level command that is not a botocore service, by name (reads them all).
  public var customCommands: [String: CustomCommand] {
    commandEntries.all().filter { isAvailable($0.value.availability) }
  }

  /// The layer as one AWS CLI generation sees it: options, choices and commands that only the other generation
  /// has are dropped (and remembered in `otherGeneration`, so a message can say why they are unknown).
  public func following(_ generation: CLIGeneration) -> CLILayer {
    var layer = self
    layer.generation = generation
    var other: [String: CLIGeneration] = [:]
    func keep(_ options: [CLIParameter]) -> [CLIParameter] {
      options.compactMap { option in
        if let only = option.availability.flatMap(CLIGeneration.init(rawValue:)), only != generation {
          for name in option.acceptedNames { other[name] = only }
          return nil
        }
        guard let choices = option.choices, !option.choicesAvailability.isEmpty else { return option }
        var kept = option
        kept.choices = choices.filter { choice in
          guard let only = option.choicesAvailability[choice].flatMap(CLIGeneration.init(rawValue:)),
            only != generation
          else { return true }
          other["\(option.name)=\(choice)"] = only
          return false
        }
        return kept
      }
    }
    layer.globalOptions = keep(globalOptions)
    layer.commandOptions = keep(commandOptions)
    layer.paginationOptions = keep(paginationOptions)
    for (name, availability) in commandAvailability {
      if let only = CLIGeneration(rawValue: availability), only != generation { other[name] = only }
    }
    layer.otherGeneration = other
    return layer
  }

  /// Whether something marked `availability` exists for the generation the layer follows.
  func isAvailable(_ availability: String?) -> Bool {
    guard let generation, let only = availability.flatMap(CLIGeneration.init(rawValue:)) else { return true }
    return only == generation
  }

  /// Reads every lazily kept entry, so a malformed one is reported now (used by the tests).
  public func validateAll() throws(CLILayerError) {
    try serviceEntries.validateAll()
    try commandEntries.validateAll()
  }

  /// Reads a list of argument objects.
  static func options(
    _ json: JSONValue?,
    origin: CLIParameter.Origin,
    path: String
  ) throws(CLILayerError)
    -> [CLIParameter]
  {
    var result: [CLIParameter] = []
    for (index, item) in (json?.arrayValue ?? []).enumerated() {
      result.append(try option(item, origin: origin, path: "\(path)[\(index)]"))
    }
    return result
  }

  /// Reads one argument object.
  static func option(
    _ json: JSONValue,
    origin: CLIParameter.Origin,
    path: String
  ) throws(CLILayerError)
    -> CLIParameter
  {
    guard let object = json.objectValue, let name = object["name"]?.stringValue else {
      throw CLILayerError(path: path, message: "an option needs a \"name\"")
    }
    let type = object["type"]?.stringValue ?? "string"
    let takesValue = object["takesValue"]?.boolValue ?? (type != "boolean")
    var parameter = CLIParameter(
      name: name,
      origin: object["member"]?.stringValue.map { .member($0) } ?? origin,
      typeName: type,
      isRequired: object["required"]?.boolValue ?? false,
      arity: takesValue ? .one : .none,
      choices: object["choices"]?.arrayValue?.compactMap(\.stringValue),
      implicitValue: object["implicitValue"]?.stringValue,
      documentation: object["description"]?.stringValue,
      isHidden: object["hidden"]?.boolValue ?? false,
      isPositional: object["positional"]?.boolValue ?? false,
      isRepeatable: object["repeatable"]?.boolValue ?? false,
      availability: object["availability"]?.stringValue,
      group: object["group"]?.stringValue,
      completion: object["completion"]?.stringValue,
      defaultValue: object["default"]?.stringValue
    )
    for (choice, only) in object["choicesAvailability"]?.objectValue ?? JSONObject() {
      if let only = only.stringValue { parameter.choicesAvailability[choice] = only }
    }
    if takesValue, let nargs = object["nargs"] { parameter.setArity(nargs: nargs) }
    return parameter
  }
}

extension CLIParameter {
  /// Sets the arity from an argparse `nargs` value (`?`, `*`, `+`, a count, or null for one word).
  mutating func setArity(nargs: JSONValue) {
    switch nargs {
    case .string("?"): arity = .optional
    case .string("*"): arity = .zeroOrMore
    case .string("+"): arity = .oneOrMore
    case .integer(let count):
      arity = .fixed
      fixedWordCount = Int(count)
    default: arity = .one
    }
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

/// How the AWS CLI changes one service's command (or a further top-level name for the service).
public struct ServiceChanges: Sendable {
  /// The CLI name when it differs from the botocore name (`configservice` for `config`).
  public var cliName: String?
  /// The service is not offered at all.
  public var isRemoved: Bool
  /// The command exists but is not offered.
  public var isHidden: Bool
  /// Changes to operation commands, by derived CLI name.
  public var operations: [String: CommandChanges]
  /// Further operation commands: CLI name → (operation, changes).
  public var operationAliases: [String: OperationAlias]
  /// Changes to waiter commands, by derived waiter name.
  public var waiters: [String: CommandChanges]
  /// Commands the CLI adds under the service, by CLI name.
  public var commands: [String: CustomCommand]
  /// Further top-level names for the same service (`runtime.sagemaker`), each with its own changes.
  public var aliases: [String: ServiceChanges]

  /// No changes.
  public init() {
    cliName = nil
    isRemoved = false
    isHidden = false
    operations = [:]
    operationAliases = [:]
    waiters = [:]
    commands = [:]
    aliases = [:]
  }

  init(json: JSONValue, path: String) throws(CLILayerError) {
    self.init()
    cliName = json["cliName"]?.stringValue
    isRemoved = json["removed"]?.boolValue ?? false
    isHidden = json["hidden"]?.boolValue ?? false
    for (name, value) in json["operations"]?.objectValue ?? JSONObject() {
      operations[name] = try CommandChanges(json: value, path: "\(path).operations.\(name)")
    }
    for (name, value) in json["operationAliases"]?.objectValue ?? JSONObject() {
      guard let operation = value["operation"]?.stringValue else {
        throw CLILayerError(path: "\(path).operationAliases.\(name)", message: "needs an \"operation\"")
      }
      operationAliases[name] = OperationAlias(
        operation: operation,
        changes: try CommandChanges(json: value, path: "\(path).operationAliases.\(name)")
      )
    }
    for (name, value) in json["waiters"]?.objectValue ?? JSONObject() {
      waiters[name] = try CommandChanges(json: value, path: "\(path).waiters.\(name)")
    }
    for (name, value) in json["commands"]?.objectValue ?? JSONObject() {
      commands[name] = try CustomCommand(name: name, json: value, path: "\(path).commands.\(name)")
    }
    for (name, value) in json["aliases"]?.objectValue ?? JSONObject() {
      aliases[name] = try ServiceChanges(json: value, path: "\(path).aliases.\(name)")
    }
  }
}

/// A further operation command for an operation (`rds add-option-to-option-group` → `ModifyOptionGroup`).
public struct OperationAlias: Sendable {
  /// The model operation it calls.
  public var operation: String
  /// Its own changes, relative to the operation's derived options.
  public var changes: CommandChanges
}

/// How the AWS CLI changes one operation or waiter command.
public struct CommandChanges: Sendable {
  /// The command is not offered at all.
  public var isRemoved: Bool
  /// Replaces the derived hidden state, when set.
  public var isHidden: Bool?
  /// Changes to derived options, by derived option name (`--x`, `--no-x`, `outfile`, `--cli-input-json`).
  public var options: [String: OptionChange]
  /// Options the CLI adds, in order.
  public var addedOptions: [CLIParameter]

  init(json: JSONValue, path: String) throws(CLILayerError) {
    isRemoved = json["removed"]?.boolValue ?? false
    isHidden = json["hidden"]?.boolValue
    var options: [String: OptionChange] = [:]
    for (name, value) in json["options"]?.objectValue ?? JSONObject() {
      options[name] = OptionChange(json: value)
    }
    self.options = options
    addedOptions = try CLILayer.options(json["addedOptions"], origin: .custom, path: "\(path).addedOptions")
  }

  /// The derived options with these changes applied: removals, renames, aliases, field changes, then additions.
  public func apply(to parameters: [CLIParameter]) -> [CLIParameter] {
    var result: [CLIParameter] = []
    for var parameter in parameters {
      if let change = options[parameter.name] {
        if change.isRemoved { continue }
        change.apply(to: &parameter)
      }
      if let negated = parameter.negatedName, let change = options[negated] {
        if change.isRemoved {
          parameter.negatedName = nil
        } else if let name = change.name {
          parameter.negatedName = name
        }
        parameter.aliases += change.aliases
      }
      result.append(parameter)
    }
    for added in addedOptions {
      if let existing = result.firstIndex(where: { $0.name == added.name }) {
        result[existing] = added
      } else {
        result.append(added)
      }
    }
    return result
  }
}

/// A change to one derived option.
public struct OptionChange: Sendable {
  var isRemoved: Bool
  var name: String?
  var json: JSONObject
  var aliases: [String]

  init(json: JSONValue) {
    self.json = json.objectValue ?? JSONObject()
    isRemoved = json["removed"]?.boolValue ?? false
    name = json["name"]?.stringValue
    aliases = json["aliases"]?.arrayValue?.compactMap(\.stringValue) ?? []
  }

  func apply(to parameter: inout CLIParameter) {
    if let name { parameter.name = name }
    parameter.aliases += aliases
    if let hidden = json["hidden"]?.boolValue { parameter.isHidden = hidden }
    if let type = json["type"]?.stringValue { parameter.typeName = type }
    if let required = json["required"]?.boolValue { parameter.isRequired = required }
    if let positional = json["positional"]?.boolValue { parameter.isPositional = positional }
    if let repeatable = json["repeatable"]?.boolValue { parameter.isRepeatable = repeatable }
    if json.contains("choices") { parameter.choices = json["choices"]?.arrayValue?.compactMap(\.stringValue) }
    if json.contains("implicitValue") { parameter.implicitValue = json["implicitValue"]?.stringValue }
    if let takesValue = json["takesValue"]?.boolValue {
      parameter.arity = takesValue ? (parameter.arity == .none ? .one : parameter.arity) : .none
    }
    if let nargs = json["nargs"], parameter.arity != .none { parameter.setArity(nargs: nargs) }
  }
}

/// A command the AWS CLI implements itself (`aws s3 cp`, `aws configure`), with its options and subcommands.
public struct CustomCommand: Sendable {
  /// The CLI name.
  public var name: String
  /// A one-line description, if the layer has one.
  public var summary: String?
  /// Its options and positional arguments, in the CLI's order.
  public var options: [CLIParameter]
  /// Its subcommands, by CLI name.
  public var subcommands: [String: CustomCommand]
  /// Accepted but not offered.
  public var isHidden: Bool
  /// `v1` or `v2` when only that major version has it.
  public var availability: String?

  init(name: String, json: JSONValue, path: String) throws(CLILayerError) {
    self.name = name
    summary = json["description"]?.stringValue
    options = try CLILayer.options(json["options"], origin: .custom, path: "\(path).options")
    var subcommands: [String: CustomCommand] = [:]
    for (sub, value) in json["subcommands"]?.objectValue ?? JSONObject() {
      subcommands[sub] = try CustomCommand(name: sub, json: value, path: "\(path).subcommands.\(sub)")
    }
    self.subcommands = subcommands
    isHidden = json["hidden"]?.boolValue ?? false
    availability = json["availability"]?.stringValue
  }
}

/// What mapping command names to services needs to know about a service's changes.
public struct ServiceSummary: Sendable, Hashable {
  /// The CLI name when renamed.
  public var cliName: String?
  /// Not offered, but accepted.
  public var isHidden: Bool
  /// Not offered at all.
  public var isRemoved: Bool
  /// Further top-level names and whether each is hidden or removed.
  public var aliases: [String: (hidden: Bool, removed: Bool)]

  /// Whether the service keeps its plain name and has no aliases.
  var isPlain: Bool { cliName == nil && !isHidden && !isRemoved && aliases.isEmpty }

  init(changes: ServiceChanges) {
    cliName = changes.cliName
    isHidden = changes.isHidden
    isRemoved = changes.isRemoved
    aliases = changes.aliases.mapValues { ($0.isHidden, $0.isRemoved) }
  }

  init(json: JSONValue) {
    cliName = json["cliName"]?.stringValue
    isHidden = json["hidden"]?.boolValue ?? false
    isRemoved = json["removed"]?.boolValue ?? false
    var aliases: [String: (hidden: Bool, removed: Bool)] = [:]
    for (name, value) in json["aliases"]?.objectValue ?? JSONObject() {
      aliases[name] = (value["hidden"]?.boolValue ?? false, value["removed"]?.boolValue ?? false)
    }
    self.aliases = aliases
  }

  public static func == (lhs: ServiceSummary, rhs: ServiceSummary) -> Bool {
    lhs.cliName == rhs.cliName && lhs.isHidden == rhs.isHidden && lhs.isRemoved == rhs.isRemoved
      && lhs.aliases.mapValues { [$0.hidden, $0.removed] } == rhs.aliases.mapValues { [$0.hidden, $0.removed] }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(cliName)
    hasher.combine(aliases.keys.sorted())
  }
}
