public import Botocore
public import CLIDetection
import JSON
public import SchemaRegistry
import Suggestions
import Synchronization

/// The AWS CLI's command tree, derived from the models and the CLI layer: services, operations, waiters, options.
///
/// - Important: thread-safe. Each service's command table is worked out once and kept.
public final class CommandCatalog: Sendable {
  /// Where the models come from.
  public let registry: ModelRegistry
  /// What the AWS CLI adds on top of the models.
  public let layer: CLILayer
  private let operationTables = Mutex<[String: OperationTable]>([:])
  private let serviceTable: ServiceTable
  /// Commands built, so that a long-lived process (the server reading a script's 500 commands) does not read
  /// and derive the same command again; cleared when it holds `builtLimit` commands.
  private let built = Mutex<[BuiltKey: OperationCommand]>([:])
  private static let builtLimit = 1024

  private struct BuiltKey: Hashable {
    var service: String
    var entry: String
    var isWaiter: Bool
    var documentation: Bool
  }

  /// A catalog over `registry` with `layer`.
  public init(registry: ModelRegistry, layer: CLILayer) {
    self.registry = registry
    self.layer = layer
    self.serviceTable = ServiceTable(layer: layer)
  }

  /// Why `key` is unknown when only the other AWS CLI generation has it, for a message: "exists only in AWS CLI v2;
  /// this aws is 1.45.11". `key` is an option (`--no-cli-pager`), an option and choice (`--output=yaml`) or a
  /// top-level command (`ddb`); nil when the other generation does not have it either.
  ///
  /// Below the top level, `key` is a command path (`logs tail`) or a path and option (`configure get --services`),
  /// looked up in the differences the binary carries (`Schemas/cli/cli-versions.json`).
  public func otherGenerationNote(for key: String) -> String? {
    guard let following = layer.generation,
      let only = layer.otherGeneration[key] ?? GenerationDifferences.embedded.generation(of: key), only != following
    else { return nil }
    let cli = registry.searchPath.cli
    let why: String
    if cli.generationOverridden {
      why = "ARGOT_AWS_CLI=\(following.rawValue) makes argot follow \(following.displayName)"
    } else if let version = cli.version {
      why = "this aws is \(version)"
    } else {
      why = "argot follows \(following.displayName) (no aws found; ARGOT_AWS_CLI=v1 changes that)"
    }
    return "exists only in \(only.displayName); \(why)"
  }

  /// Whether the AWS CLI the catalog follows fetches `value` as a parameter file: AWS CLI v1 reads an `http://` or
  /// `https://` value of most options from that URL (its `paramfile` rules, kept in `cli-versions.json`); v2 never
  /// does.
  public func fetchesURL(_ value: String, service: String, operation: String, option: String) -> Bool {
    guard layer.generation == .v1, value.hasPrefix("http://") || value.hasPrefix("https://") else { return false }
    let key = "\(service).\(operation).\(option.drop { $0 == "-" })"
    return !GenerationDifferences.embedded.urlParamFileExempt.contains(key)
  }

  /// A catalog over the models found from the environment and the embedded CLI layer.
  ///
  /// The layer follows the rules of the AWS CLI generation the registry's search path found (`InstalledCLI`:
  /// the installed `aws`, `ARGOT_AWS_CLI`, or v2 when there is no `aws`).
  public static func standard() throws(CLILayerError) -> CommandCatalog {
    let registry = ModelRegistry()
    let generation = registry.searchPath.cli.generation
    return CommandCatalog(registry: registry, layer: try embeddedLayer(for: generation).following(generation))
  }

  /// The AWS CLI v1 layer the binary carries (`Schemas/cli/cli-layer.json`), as the file has it.
  ///
  /// The binary carries it split (see `Scripts/embed-schemas.py`), so only the options and the service summary
  /// are read at start; each service's changes are read when a command of that service is first built.
  public static func embeddedLayer() throws(CLILayerError) -> CLILayer {
    try embeddedV1.get()
  }

  /// The layer of one AWS CLI generation the binary carries: `cli-layer.json` (from awscli 1.45.11) for v1,
  /// `cli-layer-v2.json` (from the pinned v2 sources) for v2, as the files have them (`following(_:)` then drops
  /// what only the other generation has).
  public static func embeddedLayer(for generation: CLIGeneration) throws(CLILayerError) -> CLILayer {
    switch generation {
    case .v1: try embeddedV1.get()
    case .v2: try embeddedV2.get()
    }
  }

  /// Read once per process: the catalog and `CLIName` share them.
  private static let embeddedV1: Result<CLILayer, CLILayerError> = Result { () throws(CLILayerError) in
    try readEmbeddedLayer(prefix: "cli/cli-layer/")
  }
  private static let embeddedV2: Result<CLILayer, CLILayerError> = Result { () throws(CLILayerError) in
    try readEmbeddedLayer(prefix: "cli/cli-layer-v2/")
  }

  private static func readEmbeddedLayer(prefix: String) throws(CLILayerError) -> CLILayer {
    guard let coreText = EmbeddedFiles.text(prefix + "core.json") else {
      throw CLILayerError(path: "", message: "the binary carries no CLI layer")
    }
    let core: JSONValue
    do throws(JSONParseError) {
      core = try JSONValue(parsing: coreText)
    } catch {
      throw CLILayerError(path: "core.json line \(error.line)", message: error.message)
    }
    var services: [String: String] = [:]
    var commands: [String: String] = [:]
    for path in EmbeddedFiles.paths where path.hasPrefix(prefix) && path.hasSuffix(".json") {
      let name = String(path.dropFirst(prefix.count).dropLast(".json".count))
      if name.hasPrefix("services/") {
        services[String(name.dropFirst("services/".count))] = EmbeddedFiles.text(path)
      } else if name.hasPrefix("customCommands/") {
        commands[String(name.dropFirst("customCommands/".count))] = EmbeddedFiles.text(path)
      }
    }
    return try CLILayer(core: core, serviceTexts: services, commandTexts: commands)
  }

  /// Global options, in help order.
  public var globalOptions: [CLIParameter] { layer.globalOptions }

  /// Every service command that model data provides, hidden ones included, sorted by CLI name.
  public func serviceCommands() -> [ServiceCommand] {
    registry.serviceNames().flatMap(serviceTable.commands(forService:)).sorted { $0.name < $1.name }
  }

  /// Top-level commands the AWS CLI implements itself, by CLI name.
  public var customCommands: [String: CustomCommand] { layer.customCommands }

  /// The names of the top-level commands the AWS CLI implements itself, sorted.
  public var customCommandNames: [String] { layer.customCommandNames }

  /// The service command typed as `name`.
  public func serviceCommand(named name: String) throws(CatalogError) -> ServiceCommand {
    if let command = serviceTable.command(named: name),
      registry.location(of: command.serviceName) != nil || (try? registry.index(of: command.serviceName)) != nil
    {
      return command
    }
    if layer.customCommand(named: name) != nil { throw .customCommand(name) }
    let candidates = serviceCommands().filter { !$0.isHidden }.map(\.name) + layer.customCommandNames
    throw .unknownService(name, suggestions: ClosestNames.find(name, among: candidates))
  }

  /// The operation commands of a service, in model order, hidden ones included (without waiters).
  public func operations(of service: ServiceCommand) throws(CatalogError) -> [OperationEntry] {
    try table(for: service).entries
  }

  /// The waiter commands of a service (`aws ec2 wait …`), in model order, hidden ones included.
  public func waiters(of service: ServiceCommand) throws(CatalogError) -> [OperationEntry] {
    try table(for: service).waiters
  }

  /// Subcommands the AWS CLI adds under a service (`aws eks update-kubeconfig`), by CLI name.
  public func customSubcommands(of service: ServiceCommand) -> [String: CustomCommand] {
    serviceTable.changes(for: service)?.commands ?? [:]
  }

  /// The operation command `aws SERVICE OPERATION`; with `documentation: false` its model may lack the prose.
  public func command(
    service serviceName: String,
    operation name: String,
    documentation: Bool = true
  )
    throws(CatalogError) -> OperationCommand
  {
    let service = try serviceCommand(named: serviceName)
    let table = try table(for: service)
    guard let entry = table.entries.first(where: { $0.name == name }) else {
      if customSubcommands(of: service)[name] != nil { throw .customCommand("\(serviceName) \(name)") }
      let candidates = table.entries.filter { !$0.isHidden }.map(\.name) + customSubcommands(of: service).keys
      throw .unknownOperation(
        service: serviceName,
        operation: name,
        suggestions: ClosestNames.find(name, among: candidates)
      )
    }
    return try build(service: service, entry: entry, documentation: documentation)
  }

  /// The waiter command `aws SERVICE wait WAITER`; with `documentation: false` its model may lack the prose.
  public func waiterCommand(
    service serviceName: String,
    waiter name: String,
    documentation: Bool = true
  )
    throws(CatalogError) -> OperationCommand
  {
    let service = try serviceCommand(named: serviceName)
    let table = try table(for: service)
    guard let entry = table.waiters.first(where: { $0.name == name }) else {
      throw .unknownWaiter(
        service: serviceName,
        waiter: name,
        suggestions: ClosestNames.find(name, among: table.waiters.filter { !$0.isHidden }.map(\.name))
      )
    }
    return try build(service: service, entry: entry, documentation: documentation)
  }

  /// Builds the command for an entry of `operations(of:)` or `waiters(of:)`.
  public func build(
    service: ServiceCommand,
    entry: OperationEntry,
    documentation: Bool = true
  )
    throws(CatalogError) -> OperationCommand
  {
    let key = BuiltKey(service: service.name, entry: entry.name, isWaiter: entry.waiter != nil, documentation: true)
    var lean = key
    lean.documentation = false
    if let known = built.withLock({ $0[key] ?? (documentation ? nil : $0[lean]) }) { return known }
    let command = try buildAnew(service: service, entry: entry, documentation: documentation)
    built.withLock { table in
      if table.count >= Self.builtLimit { table.removeAll() }
      table[documentation ? key : lean] = command
    }
    return command
  }

  private func buildAnew(
    service: ServiceCommand,
    entry: OperationEntry,
    documentation: Bool
  )
    throws(CatalogError) -> OperationCommand
  {
    let model: ServiceModel
    do throws(RegistryError) {
      model = try registry.model(
        service: service.serviceName,
        operation: entry.operationName,
        documentation: documentation
      )
    } catch {
      throw .registry(error)
    }
    guard let operation = model.operation(named: entry.operationName) else {
      throw .unknownOperation(service: service.name, operation: entry.name, suggestions: [])
    }
    var parameters = ParameterDerivation.parameters(for: operation, in: model, layer: layer)
    if let changes = entry.changes { parameters = changes.apply(to: parameters) }
    var command = OperationCommand(
      service: service,
      name: entry.name,
      operation: operation,
      model: model,
      parameters: parameters,
      waiter: entry.waiter
    )
    command.isHidden = entry.isHidden
    return command
  }

  private func table(for service: ServiceCommand) throws(CatalogError) -> OperationTable {
    if let known = operationTables.withLock({ $0[service.name] }) { return known }
    let index: ServiceIndex
    do throws(RegistryError) {
      index = try registry.index(of: service.serviceName)
    } catch {
      throw .registry(error)
    }
    let table = OperationTable(index: index, changes: serviceTable.changes(for: service))
    operationTables.withLock { $0[service.name] = table }
    return table
  }
}

/// One operation or waiter command of a service.
public struct OperationEntry: Sendable {
  /// The CLI name (`create-bgp-peer`, or `instance-running` under `wait`).
  public var name: String
  /// The model operation it calls.
  public var operationName: String
  /// For waiters, the waiter.
  public var waiter: Waiter?
  /// Accepted but not offered.
  public var isHidden: Bool
  /// The CLI layer's changes to the derived options, if any.
  public var changes: CommandChanges?
}

/// The operation and waiter commands of one service command.
struct OperationTable: Sendable {
  var entries: [OperationEntry] = []
  var waiters: [OperationEntry] = []

  init(index: ServiceIndex, changes: ServiceChanges?) {
    for name in index.operationNames {
      let cliName = CLIName.xform(name)
      let change = changes?.operations[cliName]
      if change?.isRemoved == true { continue }
      let hidden = change?.isHidden ?? index.deprecatedOperations.contains(name)
      entries.append(OperationEntry(name: cliName, operationName: name, isHidden: hidden, changes: change))
    }
    // A layer written against newer models (AWS CLI v2's own botocore) may name operations these models lack.
    let known = Set(index.operationNames)
    for (name, alias) in (changes?.operationAliases ?? [:]).sorted(by: { $0.key < $1.key })
    where known.contains(alias.operation) {
      let hidden = alias.changes.isHidden ?? index.deprecatedOperations.contains(alias.operation)
      entries.append(
        OperationEntry(name: name, operationName: alias.operation, isHidden: hidden, changes: alias.changes)
      )
    }
    for waiter in index.waiters {
      let cliName = CLIName.xform(waiter.name)
      let change = changes?.waiters[cliName]
      if change?.isRemoved == true { continue }
      let hidden = change?.isHidden ?? index.deprecatedOperations.contains(waiter.operation)
      waiters.append(
        OperationEntry(
          name: cliName,
          operationName: waiter.operation,
          waiter: waiter,
          isHidden: hidden,
          changes: change
        )
      )
    }
  }
}

/// The mapping between botocore service names and CLI service command names.
struct ServiceTable: Sendable {
  private let layer: CLILayer
  /// CLI command name → botocore service, for renamed services and further names.
  private var renamed: [String: String] = [:]

  init(layer: CLILayer) {
    self.layer = layer
    for (service, summary) in layer.serviceSummaries {
      if let cliName = summary.cliName { renamed[cliName] = service }
      for alias in summary.aliases.keys { renamed[alias] = service }
    }
  }

  /// The service commands for a botocore service: its main name and any further names.
  func commands(forService service: String) -> [ServiceCommand] {
    guard let summary = layer.serviceSummaries[service] else {
      return [ServiceCommand(name: service, serviceName: service)]
    }
    if summary.isRemoved { return [] }
    var result = [ServiceCommand(name: summary.cliName ?? service, serviceName: service, isHidden: summary.isHidden)]
    for (alias, state) in summary.aliases where !state.removed {
      result.append(ServiceCommand(name: alias, serviceName: service, isHidden: state.hidden))
    }
    return result
  }

  /// The service command a CLI name stands for, or nil if it is not a service command name.
  func command(named name: String) -> ServiceCommand? {
    if let service = renamed[name], let summary = layer.serviceSummaries[service] {
      if let alias = summary.aliases[name] {
        return alias.removed ? nil : ServiceCommand(name: name, serviceName: service, isHidden: alias.hidden)
      }
      return summary.isRemoved ? nil : ServiceCommand(name: name, serviceName: service, isHidden: summary.isHidden)
    }
    guard let summary = layer.serviceSummaries[name] else { return ServiceCommand(name: name, serviceName: name) }
    if summary.isRemoved || summary.cliName != nil { return nil }
    return ServiceCommand(name: name, serviceName: name, isHidden: summary.isHidden)
  }

  /// The changes that apply to a service command (its service's, or an alias's own).
  func changes(for command: ServiceCommand) -> ServiceChanges? {
    guard let service = layer.changes(forService: command.serviceName) else { return nil }
    if let alias = service.aliases[command.name] { return alias }
    return service
  }
}
