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
  case operation(OperationScope)
  /// A command the AWS CLI implements itself (`aws s3`, `aws s3 cp`, `aws eks update-kubeconfig`).
  case custom(CustomCommand, [OptionEntry])
  /// A name argot does not know (a misspelt service or operation): nothing but global options.
  case unknown

  /// The command's own options (positional arguments included), in the CLI's order; global options excluded.
  var options: [OptionEntry] {
    switch self {
    case .operation(let scope): return scope.options
    case .custom(_, let options): return options
    case .top, .service, .waiters, .unknown: return []
    }
  }
}

extension CLIParameter {
  /// Whether completion offers the option: documented, and not an AWS CLI v1-only option.
  var isOffered: Bool { !isHidden && !isPositional && availability != "v1" }
}
