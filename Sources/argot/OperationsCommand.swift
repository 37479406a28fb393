import ArgumentParser
import CLISchema
import JSON

/// `argot operations SERVICE`: the operation commands of a service.
struct OperationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "operations",
    abstract: "List the operation commands of a service (aws SERVICE OPERATION …).",
    discussion: """
      Prints one CLI operation name per line, then the waiters as `wait NAME` and the commands the AWS CLI \
      adds itself. Hidden commands (deprecated operations, old spellings) are left out unless --hidden is given. \
      With --options, each command is followed by its options; with --all, every service is listed; with \
      --json, the result is one JSON document: {"commands": [...], "hiddenCommands": [...], "services": \
      {SERVICE: {PATH: {"options": [...], "undocumented": [...], "positional": [...], "hidden": true}}}}.
      """
  )

  @Argument(help: "The service's CLI name, e.g. directconnect.")
  var service: String?

  @Flag(name: .long, help: "List every service's operations.")
  var all = false

  @Flag(name: .long, help: "Include each command's options.")
  var options = false

  @Flag(name: .long, help: "Include hidden commands.")
  var hidden = false

  @Flag(name: .long, help: "Print JSON.")
  var json = false

  func validate() throws {
    if all == (service != nil) { throw ValidationError("name one SERVICE, or pass --all") }
  }

  func run() throws {
    let catalog = try Catalog.load()
    let services: [ServiceCommand]
    if all {
      services = catalog.serviceCommands()
    } else {
      do {
        services = [try catalog.serviceCommand(named: service!)]
      } catch {
        throw fail(error.description, status: 252)
      }
    }
    var tree = JSONObject()
    var lines: [String] = []
    for service in services {
      let paths: [CommandPath]
      do {
        paths = try CommandPath.all(of: service, in: catalog, withOptions: options || json)
      } catch {
        throw fail(error.description)
      }
      var entries = JSONObject()
      for path in paths {
        entries[path.words] = path.json
        guard hidden || !path.isHidden else { continue }
        lines.append(all ? "\(service.name) \(path.words)" : path.words)
        if options { lines += path.visibleOptions.map { "  \($0)" } }
      }
      tree[service.name] = .object(entries)
    }
    if json {
      var commands = services.map(\.name)
      var hiddenCommands = services.filter(\.isHidden).map(\.name)
      if all {
        for (name, command) in catalog.customCommands.sorted(by: { $0.key < $1.key }) {
          commands.append(name)
          if command.isHidden { hiddenCommands.append(name) }
          var entries = JSONObject()
          for path in CommandPath.all(of: command, prefix: "") { entries[path.words] = path.json }
          tree[name] = .object(entries)
        }
      }
      let report: JSONValue = [
        "commands": .array(commands.sorted().map { .string($0) }),
        "hiddenCommands": .array(hiddenCommands.sorted().map { .string($0) }),
        "services": .object(tree),
      ]
      print(report.serialized(.pretty))
    } else {
      print(lines.joined(separator: "\n"))
    }
  }
}

/// One command below a service (`run-instances`, `wait instance-running`, `update-kubeconfig`) and its options.
struct CommandPath {
  var words: String
  var isHidden: Bool
  var visibleOptions: [String]
  var hiddenOptions: [String]
  var positional: [String]

  var json: JSONValue {
    var object = JSONObject()
    object["options"] = .array(visibleOptions.sorted().map { .string($0) })
    object["undocumented"] = .array(hiddenOptions.sorted().map { .string($0) })
    if !positional.isEmpty { object["positional"] = .array(positional.map { .string($0) }) }
    if isHidden { object["hidden"] = true }
    return .object(object)
  }

  init(words: String, isHidden: Bool, parameters: [CLIParameter]) {
    self.words = words
    self.isHidden = isHidden
    visibleOptions = []
    hiddenOptions = []
    positional = []
    for parameter in parameters {
      if parameter.isPositional {
        positional.append(parameter.name)
        continue
      }
      let names = [parameter.name] + (parameter.negatedName.map { [$0] } ?? [])
      if parameter.isHidden { hiddenOptions += names } else { visibleOptions += names }
      hiddenOptions += parameter.aliases
    }
  }

  /// Operation, waiter and custom commands of a service.
  static func all(
    of service: ServiceCommand,
    in catalog: CommandCatalog,
    withOptions: Bool
  ) throws(CatalogError)
    -> [CommandPath]
  {
    var result: [CommandPath] = []
    // Building every command of a service: load the whole model once instead of one slice per command.
    if withOptions { _ = try? catalog.registry.model(service: service.serviceName) }
    let entries =
      try catalog.operations(of: service).map { ($0, "") } + catalog.waiters(of: service).map { ($0, "wait ") }
    for (entry, prefix) in entries {
      let parameters = withOptions ? try catalog.build(service: service, entry: entry).parameters : []
      result.append(CommandPath(words: prefix + entry.name, isHidden: entry.isHidden, parameters: parameters))
    }
    for (name, command) in catalog.customSubcommands(of: service).sorted(by: { $0.key < $1.key }) {
      result += all(of: command, prefix: name)
    }
    return result
  }

  /// A custom command and its subcommands; a pure group without options of its own is not listed.
  static func all(of command: CustomCommand, prefix: String) -> [CommandPath] {
    var result: [CommandPath] = []
    if command.subcommands.isEmpty || !command.options.isEmpty {
      result.append(CommandPath(words: prefix, isHidden: command.isHidden, parameters: command.options))
    }
    for (name, sub) in command.subcommands.sorted(by: { $0.key < $1.key }) {
      result += all(of: sub, prefix: prefix.isEmpty ? name : "\(prefix) \(name)")
    }
    return result
  }
}
