public import Botocore
import JSON
public import SchemaRegistry
import Suggestions
import Synchronization

/// The AWS CLI's command tree, derived from the models and the CLI layer: services, operations, waiters, options.
///
/// - Important: thread-safe. Each service's operation names are worked out once and kept.
public final class CommandCatalog: Sendable {
  /// Where the models come from.
  public let registry: ModelRegistry
  /// What the AWS CLI adds on top of the models.
  public let layer: CLILayer
  private let operationTables = Mutex<[String: OperationTable]>([:])
  private let serviceTable: ServiceTable

  /// A catalog over `registry` with `layer`.
  public init(registry: ModelRegistry, layer: CLILayer) {
    self.registry = registry
    self.layer = layer
    self.serviceTable = ServiceTable(layer: layer)
  }

  /// A catalog over the models found from the environment and the embedded CLI layer.
  public static func standard() throws(CLILayerError) -> CommandCatalog {
    CommandCatalog(registry: ModelRegistry(), layer: try embeddedLayer())
  }

  /// The CLI layer the binary carries.
  public static func embeddedLayer() throws(CLILayerError) -> CLILayer {
    guard let text = EmbeddedFiles.text("cli/cli-layer.json") else {
      throw CLILayerError(path: "", message: "the binary carries no CLI layer")
    }
    let json: JSONValue
    do throws(JSONParseError) {
      json = try JSONValue(parsing: text)
    } catch {
      throw CLILayerError(path: "line \(error.line)", message: error.message)
    }
    return try CLILayer(json: json)
  }

  /// Global options, in help order.
  public var globalOptions: [CLIParameter] { layer.globalOptions }

  /// Every service command that model data provides, sorted by CLI name.
  public func serviceCommands() -> [ServiceCommand] {
    registry.serviceNames().compactMap(serviceTable.command(forService:)).sorted { $0.name < $1.name }
  }

  /// Top-level commands the AWS CLI implements itself, by CLI name.
  public var customCommands: [String: CustomCommand] { layer.customCommands }

  /// The service command typed as `name`.
  public func serviceCommand(named name: String) throws(CatalogError) -> ServiceCommand {
    let serviceName = serviceTable.serviceName(forCommand: name)
    if let serviceName, registry.location(of: serviceName) != nil || (try? registry.index(of: serviceName)) != nil {
      return ServiceCommand(name: name, serviceName: serviceName)
    }
    if layer.customCommands[name] != nil { throw .customCommand(name) }
    let candidates = serviceCommands().map(\.name) + layer.customCommands.keys
    throw .unknownService(name, suggestions: ClosestNames.find(name, among: candidates))
  }

  /// The operation commands of a service, in model order (without waiters).
  public func operations(of service: ServiceCommand) throws(CatalogError) -> [OperationEntry] {
    try table(for: service).entries
  }

  /// The waiter commands of a service (`aws ec2 wait …`), in model order.
  public func waiters(of service: ServiceCommand) throws(CatalogError) -> [OperationEntry] {
    try table(for: service).waiters
  }

  /// Subcommands the AWS CLI adds under a service (`aws ecr get-login-password`), by CLI name.
  public func customSubcommands(of service: ServiceCommand) -> [String: CustomCommand] {
    layer.services[service.serviceName]?.customSubcommands ?? [:]
  }

  /// The operation command `aws SERVICE OPERATION`.
  public func command(service serviceName: String, operation name: String) throws(CatalogError) -> OperationCommand {
    let service = try serviceCommand(named: serviceName)
    let table = try table(for: service)
    guard let entry = table.entries.first(where: { $0.name == name }) else {
      if customSubcommands(of: service)[name] != nil { throw .customCommand("\(serviceName) \(name)") }
      let candidates = table.entries.map(\.name) + customSubcommands(of: service).keys
      throw .unknownOperation(
        service: serviceName, operation: name, suggestions: ClosestNames.find(name, among: candidates))
    }
    return try build(service: service, entry: entry)
  }

  /// The waiter command `aws SERVICE wait WAITER`.
  public func waiterCommand(service serviceName: String, waiter name: String) throws(CatalogError) -> OperationCommand {
    let service = try serviceCommand(named: serviceName)
    let table = try table(for: service)
    guard let entry = table.waiters.first(where: { $0.name == name }) else {
      throw .unknownWaiter(
        service: serviceName, waiter: name, suggestions: ClosestNames.find(name, among: table.waiters.map(\.name)))
    }
    return try build(service: service, entry: entry)
  }

  private func build(service: ServiceCommand, entry: OperationEntry) throws(CatalogError) -> OperationCommand {
    let model: ServiceModel
    do throws(RegistryError) {
      model = try registry.model(service: service.serviceName, operation: entry.operationName)
    } catch {
      throw .registry(error)
    }
    guard let operation = model.operation(named: entry.operationName) else {
      throw .unknownOperation(service: service.name, operation: entry.name, suggestions: [])
    }
    let customization = layer.services[service.serviceName]?.operations[operation.name]
    var parameters = ParameterDerivation.parameters(for: operation, in: model, layer: layer)
    if entry.waiter != nil {
      parameters.removeAll { $0.origin == .pagination }
    }
    if let customization { parameters = customization.apply(to: parameters) }
    return OperationCommand(
      service: service, name: entry.name, operation: operation, model: model, parameters: parameters,
      waiter: entry.waiter)
  }

  private func table(for service: ServiceCommand) throws(CatalogError) -> OperationTable {
    if let known = operationTables.withLock({ $0[service.serviceName] }) { return known }
    let index: ServiceIndex
    do throws(RegistryError) {
      index = try registry.index(of: service.serviceName)
    } catch {
      throw .registry(error)
    }
    let table = OperationTable(index: index, customization: layer.services[service.serviceName])
    operationTables.withLock { $0[service.serviceName] = table }
    return table
  }
}

/// One operation or waiter command of a service.
public struct OperationEntry: Sendable, Hashable {
  /// The CLI name (`create-bgp-peer`, or `instance-running` under `wait`).
  public var name: String
  /// The model operation it calls.
  public var operationName: String
  /// For waiters, the waiter.
  public var waiter: Waiter?
}

/// The operation and waiter commands of one service.
struct OperationTable: Sendable {
  var entries: [OperationEntry]
  var waiters: [OperationEntry]

  init(index: ServiceIndex, customization: ServiceCustomization?) {
    var entries: [OperationEntry] = []
    for name in index.operationNames {
      let custom = customization?.operations[name]
      if custom?.isRemoved == true { continue }
      entries.append(OperationEntry(name: custom?.cliName ?? CLIName.xform(name), operationName: name))
    }
    self.entries = entries
    self.waiters = index.waiters.map {
      OperationEntry(name: CLIName.xform($0.name), operationName: $0.operation, waiter: $0)
    }
  }
}

/// The mapping between botocore service names and CLI service command names.
struct ServiceTable: Sendable {
  private var commandByService: [String: String] = [:]
  private var serviceByCommand: [String: String] = [:]
  private var removed: Set<String> = []

  init(layer: CLILayer) {
    for (service, customization) in layer.services {
      if customization.isRemoved { removed.insert(service) }
      if let cliName = customization.cliName {
        commandByService[service] = cliName
        serviceByCommand[cliName] = service
      }
    }
  }

  /// The service command for a botocore service, or nil if the CLI does not offer it.
  func command(forService service: String) -> ServiceCommand? {
    if removed.contains(service) { return nil }
    return ServiceCommand(name: commandByService[service] ?? service, serviceName: service)
  }

  /// The botocore service behind a command name, or nil if the name is not a service command.
  func serviceName(forCommand name: String) -> String? {
    if let service = serviceByCommand[name] { return removed.contains(service) ? nil : service }
    if commandByService[name] != nil || removed.contains(name) { return nil }
    return name
  }
}

extension OperationCustomization {
  /// The derived options with this customization's renames, removals, hidden members and additions applied.
  func apply(to parameters: [CLIParameter]) -> [CLIParameter] {
    var result: [CLIParameter] = []
    for var parameter in parameters {
      if let member = parameter.memberName {
        if removedMembers.contains(member) { continue }
        if let renamed = renamedOptions[member] {
          parameter.name = renamed.hasPrefix("--") ? renamed : "--" + renamed
          if parameter.negatedName != nil { parameter.negatedName = "--no-" + parameter.name.dropFirst(2) }
        }
        if hiddenMembers.contains(member) { parameter.isHidden = true }
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
