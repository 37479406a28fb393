public import JSON

/// A parsed botocore service model: metadata, operations in model order, shapes, paginators and waiters.
public struct ServiceModel: Sendable {
  /// The service name as botocore knows it: the data directory name (`directconnect`, `ec2`).
  public var serviceName: String
  /// The model's metadata.
  public var metadata: ServiceMetadata
  /// The service documentation (HTML), if any.
  public var documentation: String?
  /// Operations in model order.
  public var operations: [Operation]
  /// Shapes by name.
  public var shapes: [String: Shape]
  /// Paginators by operation name.
  public var paginators: [String: Paginator]
  /// Waiters in file order.
  public var waiters: [Waiter]

  private var operationIndex: [String: Int]

  /// Creates a model from its parts.
  public init(
    serviceName: String,
    metadata: ServiceMetadata,
    documentation: String? = nil,
    operations: [Operation],
    shapes: [String: Shape],
    paginators: [String: Paginator] = [:],
    waiters: [Waiter] = []
  ) {
    self.serviceName = serviceName
    self.metadata = metadata
    self.documentation = documentation
    self.operations = operations
    self.shapes = shapes
    self.paginators = paginators
    self.waiters = waiters
    var index: [String: Int] = [:]
    for (position, operation) in operations.enumerated() { index[operation.name] = position }
    self.operationIndex = index
  }

  /// The operation named `name` (model name, e.g. `CreateBGPPeer`).
  public func operation(named name: String) -> Operation? {
    operationIndex[name].map { operations[$0] }
  }

  /// The shape named `name`.
  public func shape(named name: String) -> Shape? { shapes[name] }

  /// The shape a reference points at.
  public func shape(for reference: ShapeReference) -> Shape? { shapes[reference.shapeName] }

  /// The operation's input structure, if it has one.
  public func inputShape(of operation: Operation) -> Shape? {
    operation.input.flatMap { shapes[$0.shapeName] }
  }

  /// The operation's output structure, if it has one.
  public func outputShape(of operation: Operation) -> Shape? {
    operation.output.flatMap { shapes[$0.shapeName] }
  }
}

extension ServiceModel {
  /// Reads a model from the JSON of `service-2.json`, with optional `paginators-1.json` and `waiters-2.json`.
  ///
  /// - Parameters:
  ///   - serviceName: the botocore service name (the data directory name).
  ///   - source: names the file in error messages.
  /// - Throws: `ModelError` naming the file and the path of the first malformed part, of a reference to a shape the
  ///   model does not define, or of a chain of shapes nested deeper than the walks over shapes support.
  public init(
    serviceName: String,
    service json: JSONValue,
    paginators: JSONValue? = nil,
    waiters: JSONValue? = nil,
    source: String
  ) throws(ModelError) {
    let reader = ModelReader(source: source)
    guard let root = json.objectValue else { throw reader.error(nil, "the model is not a JSON object") }
    let metadata = try reader.metadata(root["metadata"])
    let operations = try reader.operations(root["operations"])
    let shapes = try reader.shapes(root["shapes"])
    try ShapeGraph(shapes: shapes, operations: operations, reader: reader).checkDepth(reader: reader)
    self.init(
      serviceName: serviceName,
      metadata: metadata,
      documentation: root["documentation"]?.stringValue,
      operations: operations,
      shapes: shapes,
      paginators: try reader.paginators(paginators),
      waiters: try reader.waiters(waiters)
    )
  }
}
