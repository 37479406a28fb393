import CLISchema

/// Which command the words before the cursor name, as far as they go.
enum CommandScope {
  /// `aws` alone: services and top-level commands come next.
  case top
  /// `aws SERVICE`: operations, `wait` and the service's own subcommands come next.
  case service(ServiceCommand)
  /// `aws SERVICE wait`: waiters come next.
  case waiters(ServiceCommand)
  /// `aws SERVICE OPERATION` or `aws SERVICE wait WAITER`.
  case operation(OperationCommand)
  /// A command the AWS CLI implements itself (`aws s3`, `aws s3 cp`, `aws eks update-kubeconfig`).
  case custom(CustomCommand)
  /// A name argot does not know (a misspelt service or operation): nothing but global options.
  case unknown

  /// The command's own options (positional arguments included), in the CLI's order; global options excluded.
  var parameters: [CLIParameter] {
    switch self {
    case .operation(let command): return command.parameters
    case .custom(let command): return command.options
    case .top, .service, .waiters, .unknown: return []
    }
  }
}

extension [CLIParameter] {
  /// The option typed as `name` (its name, its negative form or an alias).
  func option(named name: String) -> CLIParameter? {
    first { !$0.isPositional && ($0.name == name || $0.negatedName == name || $0.aliases.contains(name)) }
  }
}

extension CLIParameter {
  /// Whether completion offers the option: documented, and not an AWS CLI v1-only option.
  var isOffered: Bool { !isHidden && !isPositional && availability != "v1" }
}
