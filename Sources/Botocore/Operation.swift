/// One operation of a service, as the model describes it.
public struct Operation: Sendable, Hashable {
  /// The operation name (`CreateBGPPeer`): its key in the model, which CLI names derive from.
  public var name: String
  /// The name sent on the wire when it differs from the key (`GetDistribution2020_05_31`), if the model says.
  public var wireName: String?
  /// The input structure, if the operation takes one.
  public var input: ShapeReference?
  /// The output structure, if the operation returns one.
  public var output: ShapeReference?
  /// Documentation (HTML, as in the model).
  public var documentation: String?
  /// Whether the operation is deprecated.
  public var deprecated: Bool
  /// The HTTP method, e.g. `POST`.
  public var httpMethod: String?
  /// The HTTP request URI template.
  public var requestURI: String?

  /// Creates an operation.
  public init(
    name: String,
    wireName: String? = nil,
    input: ShapeReference? = nil,
    output: ShapeReference? = nil,
    documentation: String? = nil,
    deprecated: Bool = false,
    httpMethod: String? = nil,
    requestURI: String? = nil
  ) {
    self.name = name
    self.wireName = wireName
    self.input = input
    self.output = output
    self.documentation = documentation
    self.deprecated = deprecated
    self.httpMethod = httpMethod
    self.requestURI = requestURI
  }
}
