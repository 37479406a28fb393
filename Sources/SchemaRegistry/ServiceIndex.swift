public import Botocore

/// What is known about a service without loading its shapes: its operations, pagination and waiters.
public struct ServiceIndex: Sendable {
  /// The botocore service name (data directory name).
  public var serviceName: String
  /// The model's metadata.
  public var metadata: ServiceMetadata
  /// The service documentation (HTML), if any.
  public var documentation: String?
  /// Operation names in model order.
  public var operationNames: [String]
  /// Operations that have a paginator.
  public var paginatedOperations: Set<String>
  /// Operations the model marks deprecated.
  public var deprecatedOperations: Set<String>
  /// The waiters, in file order.
  public var waiters: [Waiter]
  /// Where the model was read from (a file path, or `embedded:` for the project's default).
  public var source: String

  /// Creates an index.
  public init(
    serviceName: String,
    metadata: ServiceMetadata,
    documentation: String?,
    operationNames: [String],
    paginatedOperations: Set<String>,
    deprecatedOperations: Set<String> = [],
    waiters: [Waiter],
    source: String
  ) {
    self.serviceName = serviceName
    self.metadata = metadata
    self.documentation = documentation
    self.operationNames = operationNames
    self.paginatedOperations = paginatedOperations
    self.deprecatedOperations = deprecatedOperations
    self.waiters = waiters
    self.source = source
  }

  /// Creates the index of a whole model.
  public init(model: ServiceModel, source: String) {
    self.init(
      serviceName: model.serviceName,
      metadata: model.metadata,
      documentation: model.documentation,
      operationNames: model.operations.map(\.name),
      paginatedOperations: Set(model.paginators.keys),
      deprecatedOperations: Set(model.operations.filter(\.deprecated).map(\.name)),
      waiters: model.waiters,
      source: source
    )
  }
}
