import CLISchema
import Synchronization

/// Looks command words up in the catalog, keeping each built command (the server completes the same command over
/// and over).
final class CommandResolver: Sendable {
  let catalog: CommandCatalog
  private let commands = Mutex<[String: OperationCommand]>([:])
  private let regionList = Mutex<[String: [RegionNames.Region]]>([:])

  init(catalog: CommandCatalog) {
    self.catalog = catalog
  }

  /// The regions of a botocore data folder, read once.
  func regions(dataDirectory: String) -> [RegionNames.Region] {
    if let known = regionList.withLock({ $0[dataDirectory] }) { return known }
    let regions = RegionNames.read(dataDirectory: dataDirectory)
    regionList.withLock { $0[dataDirectory] = regions }
    return regions
  }

  /// The global options completion offers and accepts.
  var globalOptions: [CLIParameter] { catalog.globalOptions }

  /// The option typed as `name` in `scope`: the command's own, else a global one.
  func option(named name: String, in scope: CommandScope) -> CLIParameter? {
    scope.parameters.option(named: name) ?? globalOptions.option(named: name)
  }

  /// The scope `word` leads to from `scope`, or nil when `word` is not a subcommand there.
  func subcommand(_ word: String, of scope: CommandScope) -> CommandScope? {
    switch scope {
    case .top:
      if let service = try? catalog.serviceCommand(named: word) { return .service(service) }
      if let custom = catalog.layer.customCommand(named: word) { return .custom(custom) }
      return .unknown
    case .service(let service):
      if word == "wait", let waiters = try? catalog.waiters(of: service), !waiters.isEmpty { return .waiters(service) }
      if let custom = catalog.customSubcommands(of: service)[word] { return .custom(custom) }
      guard let command = operation(service: service, name: word, waiter: false) else { return .unknown }
      return .operation(command)
    case .waiters(let service):
      guard let command = operation(service: service, name: word, waiter: true) else { return .unknown }
      return .operation(command)
    case .custom(let command):
      return command.subcommands[word].map { .custom($0) }
    case .operation, .unknown:
      return nil
    }
  }

  /// Whether the operation named by the first words of `line` was built before (a cheap test on the words).
  func hasBuiltCommand(for line: String) -> Bool {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter { !$0.hasPrefix("-") }
    guard words.count >= 3 else { return false }
    let key = words[2] == "wait" && words.count >= 4 ? "\(words[1]) wait \(words[3])" : "\(words[1]) \(words[2])"
    return commands.withLock { $0[key] != nil }
  }

  /// The operation or waiter command `aws SERVICE [wait] NAME`, built once.
  func operation(service: ServiceCommand, name: String, waiter: Bool) -> OperationCommand? {
    let key = "\(service.name) \(waiter ? "wait " : "")\(name)"
    if let known = commands.withLock({ $0[key] }) { return known }
    let built =
      waiter
      ? try? catalog.waiterCommand(service: service.name, waiter: name)
      : try? catalog.command(service: service.name, operation: name)
    guard let built else { return nil }
    commands.withLock {
      if $0.count >= 512 { $0.removeAll() }
      $0[key] = built
    }
    return built
  }
}
