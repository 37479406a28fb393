import Botocore
import CLISchema
import FileSystem
import SchemaRegistry
import Synchronization

/// Looks command words up: in memory first, then in the on-disk `CompletionIndex`, then in the catalog (writing
/// the index on the way). Keeps what it found, since a server completes the same commands over and over.
final class CommandResolver: Sendable {
  let catalog: CommandCatalog
  private let index: CompletionIndex?
  /// Global options, with their descriptions.
  let globalOptions: [OptionEntry]
  private let scopes = Mutex<[String: OperationScope]>([:])
  private let commands = Mutex<[String: OperationCommand]>([:])
  private let shapeTables = Mutex<[String: ShapeTable]>([:])
  private let names = Mutex<[String: [NameEntry]]>([:])
  private let regionList = Mutex<[String: [RegionNames.Region]]>([:])

  init(catalog: CommandCatalog, cacheDirectory: String?) {
    self.catalog = catalog
    self.index = CompletionIndex(cacheDirectory: cacheDirectory, rules: catalog.layer.generation?.rawValue ?? "both")
    self.globalOptions = catalog.globalOptions.map { OptionEntry($0) }
  }

  // MARK: Names

  /// Every service command (kind `.service`) and top-level command of the CLI (kind `.command`), sorted by name.
  func services() -> [NameEntry] {
    if let known = names.withLock({ $0[""] }) { return known }
    let directories = catalog.registry.searchPath.directories
    var dataKey = directories.joined(separator: ":")
    for directory in directories { dataKey += "|\(FileSystem.status(of: directory)?.modified ?? -1)" }
    let path = index?.servicesPath(dataKey: dataKey)
    if let path, let stored = index?.names(at: path) {
      names.withLock { $0[""] = stored }
      return stored
    }
    var entries: [NameEntry] = []
    for service in catalog.serviceCommands() {
      entries.append(
        NameEntry(
          name: service.name,
          kind: .service,
          isHidden: service.isHidden,
          summary: ServiceTitle.read(catalog.registry.location(of: service.serviceName))
        )
      )
    }
    for name in catalog.customCommandNames {
      guard let command = catalog.layer.customCommand(named: name) else { continue }
      entries.append(
        NameEntry(
          name: name,
          kind: .command,
          isHidden: command.isHidden || command.availability == "v1",
          summary: OneLine.of(command.summary)
        )
      )
    }
    entries.sort { $0.name < $1.name }
    if let path { index?.store(entries, at: path) }
    names.withLock { $0[""] = entries }
    return entries
  }

  /// The operations, waiters (kind `.waiter`) and subcommands of a service, in model order then name order.
  func commands(of service: ServiceCommand) -> [NameEntry] {
    if let stored = storedCommands(of: service) { return stored }
    let fingerprint = catalog.registry.location(of: service.serviceName)?.fingerprint
    let path = fingerprint.flatMap { index?.commandsPath(service: service.name, fingerprint: $0) }
    var entries: [NameEntry] = []
    // Operation summaries need the prose of every operation: read the whole model once.
    let model = fingerprint == nil ? nil : try? catalog.registry.model(service: service.serviceName)
    for entry in (try? catalog.operations(of: service)) ?? [] {
      let documentation = model?.operation(named: entry.operationName)?.documentation
      entries.append(
        NameEntry(name: entry.name, kind: .operation, isHidden: entry.isHidden, summary: OneLine.of(documentation))
      )
    }
    for entry in (try? catalog.waiters(of: service)) ?? [] {
      var summary: String?
      if let waiter = entry.waiter {
        summary =
          "Wait until \(entry.operationName) reports the \(entry.name) state (every \(waiter.delay) s, at most "
          + "\(waiter.maxAttempts) times)."
      }
      entries.append(NameEntry(name: entry.name, kind: .waiter, isHidden: entry.isHidden, summary: summary))
    }
    for (name, command) in catalog.customSubcommands(of: service).sorted(by: { $0.key < $1.key }) {
      entries.append(
        NameEntry(
          name: name,
          kind: .command,
          isHidden: command.isHidden || command.availability == "v1",
          summary: OneLine.of(command.summary)
        )
      )
    }
    if let path, !entries.isEmpty { index?.store(entries, at: path) }
    names.withLock { $0[service.name] = entries }
    return entries
  }

  /// The commands of a service when they are in memory or in the index (nil: they would have to be worked out).
  private func storedCommands(of service: ServiceCommand) -> [NameEntry]? {
    if let known = names.withLock({ $0[service.name] }) { return known }
    guard let index, let fingerprint = catalog.registry.location(of: service.serviceName)?.fingerprint,
      let stored = index.names(at: index.commandsPath(service: service.name, fingerprint: fingerprint))
    else { return nil }
    names.withLock { $0[service.name] = stored }
    return stored
  }

  // MARK: Scopes

  /// The option typed as `name` in `scope`: the command's own, else a global one.
  func option(named name: String, in scope: CommandScope) -> OptionEntry? {
    scope.options.option(named: name) ?? globalOptions.option(named: name)
  }

  /// The scope `word` leads to from `scope`, or nil when `word` is not a subcommand there.
  func subcommand(_ word: String, of scope: CommandScope) -> CommandScope? {
    switch scope {
    case .top:
      if let service = try? catalog.serviceCommand(named: word) { return .service(service) }
      if let custom = catalog.layer.customCommand(named: word) {
        return .custom(custom, custom.options.map { OptionEntry($0) })
      }
      return .unknown
    case .service(let service):
      if word == "wait" {
        let hasWaiters =
          storedCommands(of: service).map { $0.contains { $0.kind == .waiter && !$0.isHidden } }
          ?? ((try? catalog.waiters(of: service))?.contains { !$0.isHidden } ?? false)
        if hasWaiters { return .waiters(service) }
      }
      // An indexed operation first: reading the service's CLI changes for its subcommands costs more.
      if let indexed = operation(service: service, name: word, isWaiter: false, indexedOnly: true) {
        return .operation(indexed)
      }
      if let custom = catalog.customSubcommands(of: service)[word] {
        return .custom(custom, custom.options.map { OptionEntry($0) })
      }
      return operation(service: service, name: word, isWaiter: false).map { .operation($0) } ?? .unknown
    case .waiters(let service):
      return operation(service: service, name: word, isWaiter: true).map { .operation($0) } ?? .unknown
    case .custom(let command, _):
      return command.subcommands[word].map { .custom($0, $0.options.map { OptionEntry($0) }) }
    case .operation, .unknown:
      return nil
    }
  }

  /// The operation or waiter `aws SERVICE [wait] NAME` with its options: from memory, the index, or built.
  func operation(service: ServiceCommand, name: String, isWaiter: Bool, indexedOnly: Bool = false) -> OperationScope? {
    let key = OperationScope.key(service: service.name, name: name, isWaiter: isWaiter)
    if let known = scopes.withLock({ $0[key] }) { return known }
    let fingerprint = catalog.registry.location(of: service.serviceName)?.fingerprint
    let path = fingerprint.flatMap {
      index?.optionsPath(service: service.name, fingerprint: $0, name: name, isWaiter: isWaiter)
    }
    if let path, let options = index?.options(at: path) {
      let scope = OperationScope(service: service, name: name, isWaiter: isWaiter, options: options)
      remember(scope)
      return scope
    }
    if indexedOnly { return nil }
    guard let command = build(service: service, name: name, isWaiter: isWaiter) else { return nil }
    let options = command.parameters.map { parameter in
      OptionEntry(parameter, itemChoices: Self.itemChoices(of: parameter, in: command.model))
    }
    let scope = OperationScope(service: service, name: name, isWaiter: isWaiter, options: options)
    if let path { index?.store(options, at: path) }
    remember(scope)
    return scope
  }

  /// The built command of a scope (its model with prose), for the shapes shorthand needs.
  func command(for scope: OperationScope) -> OperationCommand? {
    build(service: scope.service, name: scope.name, isWaiter: scope.isWaiter)
  }

  /// The shapes an operation's input reaches, for shorthand: from memory, the index, or the built command.
  func shapes(for scope: OperationScope) -> ShapeTable? {
    if let known = shapeTables.withLock({ $0[scope.key] }) { return known }
    let fingerprint = catalog.registry.location(of: scope.service.serviceName)?.fingerprint
    let path = fingerprint.flatMap {
      index?.shapesPath(service: scope.service.name, fingerprint: $0, name: scope.name, isWaiter: scope.isWaiter)
    }
    var table = path.flatMap { index?.shapes(at: $0, serviceName: scope.service.serviceName) }
    if table == nil, let command = command(for: scope), let built = ShapeTable(command: command) {
      if let path { index?.store(built, at: path) }
      table = built
    }
    guard let table else { return nil }
    shapeTables.withLock {
      if $0.count >= 512 { $0.removeAll() }
      $0[scope.key] = table
    }
    return table
  }

  /// Whether the operation named by the first words of `line` is known in memory (a cheap test on the words).
  func hasScope(for line: String) -> Bool {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter { !$0.hasPrefix("-") }
    guard words.count >= 3 else { return names.withLock { $0[words.count == 2 ? String(words[1]) : ""] != nil } }
    let key =
      words[2] == "wait" && words.count >= 4
      ? OperationScope.key(service: String(words[1]), name: String(words[3]), isWaiter: true)
      : OperationScope.key(service: String(words[1]), name: String(words[2]), isWaiter: false)
    return scopes.withLock { $0[key] != nil } && shapeTables.withLock { $0[key] != nil }
  }

  private func remember(_ scope: OperationScope) {
    scopes.withLock {
      if $0.count >= 1024 { $0.removeAll() }
      $0[scope.key] = scope
    }
  }

  private func build(service: ServiceCommand, name: String, isWaiter: Bool) -> OperationCommand? {
    let key = OperationScope.key(service: service.name, name: name, isWaiter: isWaiter)
    if let known = commands.withLock({ $0[key] }) { return known }
    let built =
      isWaiter
      ? try? catalog.waiterCommand(service: service.name, waiter: name)
      : try? catalog.command(service: service.name, operation: name)
    guard let built else { return nil }
    commands.withLock {
      if $0.count >= 512 { $0.removeAll() }
      $0[key] = built
    }
    return built
  }

  /// For a list option whose items are enum values, those values.
  private static func itemChoices(of parameter: CLIParameter, in model: ServiceModel) -> [String]? {
    guard let reference = parameter.reference, let shape = model.shape(for: reference), shape.type == .list,
      let member = shape.member
    else { return nil }
    return model.shape(for: member)?.enumValues
  }

  // MARK: Regions

  /// The regions of a botocore data folder, read once.
  func regions(dataDirectory: String) -> [RegionNames.Region] {
    if let known = regionList.withLock({ $0[dataDirectory] }) { return known }
    let regions = RegionNames.read(dataDirectory: dataDirectory, index: index)
    regionList.withLock { $0[dataDirectory] = regions }
    return regions
  }
}
