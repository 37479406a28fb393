public import Botocore

/// An AWS CLI operation command (`aws directconnect create-bgp-peer`): its model and its options.
public struct OperationCommand: Sendable {
  /// The service command this belongs to.
  public var service: ServiceCommand
  /// The CLI name: `create-bgp-peer`, or a waiter's name under `wait`.
  public var name: String
  /// The model's operation.
  public var operation: Operation
  /// The model holding the operation and every shape it reaches.
  public var model: ServiceModel
  /// The options of this command, in the order the AWS CLI lists them: input members (and options the CLI adds),
  /// then pagination options. Global options are not included.
  public var parameters: [CLIParameter]
  /// For a waiter command (`aws ec2 wait instance-running`), the waiter.
  public var waiter: Waiter?
  /// Accepted but not offered (deprecated operations, hidden spellings).
  public var isHidden: Bool = false

  /// Creates a command.
  public init(
    service: ServiceCommand,
    name: String,
    operation: Operation,
    model: ServiceModel,
    parameters: [CLIParameter],
    waiter: Waiter? = nil
  ) {
    self.service = service
    self.name = name
    self.operation = operation
    self.model = model
    self.parameters = parameters
    self.waiter = waiter
  }

  /// The operation's input structure, if any.
  public var inputShape: Shape? { model.inputShape(of: operation) }

  /// The operation's output structure, if any.
  public var outputShape: Shape? { model.outputShape(of: operation) }

  /// Whether the AWS CLI pages through results for this command.
  public var isPaginated: Bool { model.paginators[operation.name] != nil }

  /// The option typed as `name` (`--new-bgp-peer`, or the negative `--no-dry-run` form), if the command has it.
  public func parameter(named name: String) -> CLIParameter? {
    parameters.first { $0.name == name || $0.negatedName == name || $0.aliases.contains(name) }
  }

  /// The option that sets the input member `memberName`, if any.
  public func parameter(forMember memberName: String) -> CLIParameter? {
    parameters.first { $0.memberName == memberName }
  }

  /// The full command words: `aws directconnect create-bgp-peer` (with `wait` for waiters).
  public var commandLine: String {
    waiter == nil ? "aws \(service.name) \(name)" : "aws \(service.name) wait \(name)"
  }
}

/// An AWS CLI service command (`aws directconnect`).
public struct ServiceCommand: Sendable, Hashable {
  /// The CLI name (`directconnect`, `s3api`, `configservice`).
  public var name: String
  /// The botocore service name (data directory name).
  public var serviceName: String
  /// Accepted but not offered (`sms-voice`, `runtime.sagemaker`).
  public var isHidden: Bool

  /// Creates a service command.
  public init(name: String, serviceName: String, isHidden: Bool = false) {
    self.name = name
    self.serviceName = serviceName
    self.isHidden = isHidden
  }
}
