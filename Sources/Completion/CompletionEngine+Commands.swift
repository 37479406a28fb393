import CLISchema

extension CompletionEngine {
  /// Services and the top-level commands the AWS CLI adds, in name order.
  func services(prefix: String) -> [CompletionItem] {
    resolver.services().filter { !$0.isHidden && $0.name.hasPrefix(prefix) }
      .map {
        CompletionItem(
          label: $0.name,
          kind: .service,
          detail: $0.kind == .command ? "command" : "service",
          documentation: $0.summary
        )
      }
  }

  /// The operations of a service, `wait` when it has waiters, and the subcommands the AWS CLI adds, in name order.
  func commands(of service: ServiceCommand, prefix: String) -> [CompletionItem] {
    let entries = resolver.commands(of: service)
    var items: [CompletionItem] = []
    for entry in entries where entry.kind != .waiter && !entry.isHidden && entry.name.hasPrefix(prefix) {
      items.append(
        CompletionItem(label: entry.name, kind: entry.kind, detail: entry.kind.rawValue, documentation: entry.summary)
      )
    }
    if "wait".hasPrefix(prefix), entries.contains(where: { $0.kind == .waiter && !$0.isHidden }) {
      items.append(
        CompletionItem(
          label: "wait",
          kind: .waiter,
          detail: "waiters",
          documentation: "Wait until a particular condition is satisfied."
        )
      )
    }
    return items.sorted { $0.label < $1.label }
  }

  /// The waiters of a service, in name order.
  func waiters(of service: ServiceCommand, prefix: String) -> [CompletionItem] {
    resolver.commands(of: service)
      .filter { $0.kind == .waiter && !$0.isHidden && $0.name.hasPrefix(prefix) }
      .map { CompletionItem(label: $0.name, kind: .waiter, detail: "waiter", documentation: $0.summary) }
      .sorted { $0.label < $1.label }
  }

  /// A custom command's subcommands, in name order.
  func subcommands(of command: CustomCommand, prefix: String) -> [CompletionItem] {
    command.subcommands
      .filter { $0.key.hasPrefix(prefix) && !$0.value.isHidden && $0.value.availability != "v1" }
      .map {
        CompletionItem(label: $0.key, kind: .command, detail: "command", documentation: OneLine.of($0.value.summary))
      }
      .sorted { $0.label < $1.label }
  }
}
