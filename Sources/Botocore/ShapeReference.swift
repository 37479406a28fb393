/// A use of a shape: a structure member, a list element, a map key or value, or an operation's input or output.
///
/// A reference can carry traits of its own (documentation, deprecation) that override the target shape's.
public struct ShapeReference: Sendable, Hashable {
  /// The name of the target shape.
  public var shapeName: String
  /// Documentation written on the reference itself (HTML, as in the model), if any.
  public var documentation: String?
  /// Whether the member is deprecated.
  public var deprecated: Bool
  /// Whether the member is filled in by the SDK when missing (botocore `idempotencyToken`).
  public var idempotencyToken: Bool
  /// Where the member is sent, e.g. `header`, `uri`, `querystring`, or nil for the body.
  public var location: String?
  /// The wire name of the member, if it differs.
  public var locationName: String?
  /// Whether this member carries the operation's streaming payload.
  public var streaming: Bool

  /// Creates a reference.
  public init(
    shapeName: String,
    documentation: String? = nil,
    deprecated: Bool = false,
    idempotencyToken: Bool = false,
    location: String? = nil,
    locationName: String? = nil,
    streaming: Bool = false
  ) {
    self.shapeName = shapeName
    self.documentation = documentation
    self.deprecated = deprecated
    self.idempotencyToken = idempotencyToken
    self.location = location
    self.locationName = locationName
    self.streaming = streaming
  }
}
