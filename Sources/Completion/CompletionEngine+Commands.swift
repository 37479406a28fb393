import CLISchema

extension CompletionEngine {
  /// Services and the top-level commands the AWS CLI adds, in name order.
  func services(prefix: String) -> [CompletionItem] {
    let catalog = resolver.catalog
    var entries: [(String, CompletionItem)] = []
    for service in catalog.serviceCommands() where !service.isHidden && service.name.hasPrefix(prefix) {
      entries.append((service.name, CompletionItem(label: service.name, kind: .service, detail: "service")))
    }
    for name in catalog.customCommandNames where name.hasPrefix(prefix) {
      guard let command = catalog.layer.customCommand(named: name), !command.isHidden,
        command.availability != "v1"
      else { continue }
      entries.append(
        (name, CompletionItem(label: name, kind: .service, detail: "command", documentation: command.summary))
      )
    }
    return entries.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// The operations of a service, `wait` when it has waiters, and the subcommands the AWS CLI adds, in name order.
  func commands(of service: ServiceCommand, prefix: String) -> [CompletionItem] {
    let catalog = resolver.catalog
    var entries: [CompletionItem] = []
    for entry in (try? catalog.operations(of: service)) ?? [] where !entry.isHidden && entry.name.hasPrefix(prefix) {
      entries.append(CompletionItem(label: entry.name, kind: .operation, detail: "operation"))
    }
    if "wait".hasPrefix(prefix), let waiters = try? catalog.waiters(of: service),
      waiters.contains(where: { !$0.isHidden })
    {
      entries.append(
        CompletionItem(
          label: "wait",
          kind: .waiter,
          detail: "waiters",
          documentation: "Wait until a particular condition is satisfied."
        )
      )
    }
    for (name, command) in catalog.customSubcommands(of: service)
    where name.hasPrefix(prefix) && !command.isHidden && command.availability != "v1" {
      entries.append(CompletionItem(label: name, kind: .command, detail: "command", documentation: command.summary))
    }
    return entries.sorted { $0.label < $1.label }
  }

  /// The waiters of a service, in name order.
  func waiters(of service: ServiceCommand, prefix: String) -> [CompletionItem] {
    let entries = (try? resolver.catalog.waiters(of: service)) ?? []
    return entries.filter { !$0.isHidden && $0.name.hasPrefix(prefix) }
      .map { entry in
        var documentation: String?
        if let waiter = entry.waiter {
          documentation =
            "Wait until \(entry.operationName) returns the \(entry.name) state (polls every "
            + "\(waiter.delay) s, at most \(waiter.maxAttempts) times)."
        }
        return CompletionItem(label: entry.name, kind: .waiter, detail: "waiter", documentation: documentation)
      }
      .sorted { $0.label < $1.label }
  }

  /// A custom command's subcommands, in name order.
  func subcommands(of command: CustomCommand, prefix: String) -> [CompletionItem] {
    command.subcommands
      .filter { $0.key.hasPrefix(prefix) && !$0.value.isHidden && $0.value.availability != "v1" }
      .map { CompletionItem(label: $0.key, kind: .command, detail: "command", documentation: $0.value.summary) }
      .sorted { $0.label < $1.label }
  }
}
