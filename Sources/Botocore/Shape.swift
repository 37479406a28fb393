/// One shape of a botocore service model: its type, members and constraints.
public struct Shape: Sendable, Hashable {
  /// The shape's name in the model.
  public var name: String
  /// The shape's type.
  public var type: ShapeType
  /// Structure members, in model order.
  public var members: [Member]
  /// Names of required structure members, in model order.
  public var required: [String]
  /// List element.
  public var member: ShapeReference?
  /// Map key.
  public var key: ShapeReference?
  /// Map value.
  public var value: ShapeReference?
  /// Allowed string values, in model order.
  public var enumValues: [String]?
  /// Minimum length, size or value.
  public var min: Double?
  /// Maximum length, size or value.
  public var max: Double?
  /// A regular expression that string values must match.
  public var pattern: String?
  /// Documentation (HTML, as in the model).
  public var documentation: String?
  /// Whether this structure is a free-form document (`document: true`).
  public var isDocument: Bool
  /// Whether exactly one member of this structure may be set (`union: true`).
  public var isUnion: Bool
  /// Whether this structure is an error shape (`exception: true`).
  public var isException: Bool
  /// Whether values are secret.
  public var isSensitive: Bool
  /// How timestamps are written on the wire (`iso8601`, `unixTimestamp`, …).
  public var timestampFormat: String?
  /// Whether the shape is deprecated.
  public var deprecated: Bool
  /// The member that is the whole HTTP body (`payload`), if any.
  public var payload: String?
  /// Whether a blob of this shape is a streaming body (`streaming: true` on the shape, as botocore writes it for
  /// glacier's `Stream` and most upload bodies; a member reference may say so too, see `ShapeReference`).
  public var isStreaming: Bool

  /// Creates a shape.
  public init(
    name: String,
    type: ShapeType,
    members: [Member] = [],
    required: [String] = [],
    member: ShapeReference? = nil,
    key: ShapeReference? = nil,
    value: ShapeReference? = nil,
    enumValues: [String]? = nil,
    min: Double? = nil,
    max: Double? = nil,
    pattern: String? = nil,
    documentation: String? = nil,
    isDocument: Bool = false,
    isUnion: Bool = false,
    isException: Bool = false,
    isSensitive: Bool = false,
    timestampFormat: String? = nil,
    deprecated: Bool = false,
    payload: String? = nil,
    isStreaming: Bool = false
  ) {
    self.name = name
    self.type = type
    self.members = members
    self.required = required
    self.member = member
    self.key = key
    self.value = value
    self.enumValues = enumValues
    self.min = min
    self.max = max
    self.pattern = pattern
    self.documentation = documentation
    self.isDocument = isDocument
    self.isUnion = isUnion
    self.isException = isException
    self.isSensitive = isSensitive
    self.timestampFormat = timestampFormat
    self.deprecated = deprecated
    self.payload = payload
    self.isStreaming = isStreaming
  }

  /// The member named `name`, if this structure has it.
  public func member(named name: String) -> Member? {
    members.first { $0.name == name }
  }

  /// Whether the member named `name` is required.
  public func isRequired(_ name: String) -> Bool { required.contains(name) }

  /// The names of every shape this one refers to directly.
  public var referencedShapeNames: [String] {
    members.map(\.reference.shapeName) + [member, key, value].compactMap { $0?.shapeName }
  }
}
