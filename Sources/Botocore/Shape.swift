/// One shape of a botocore service model: its type, members and constraints.
///
/// A value type whose fields live in one shared, copy-on-write box: copying a shape (every
/// `ServiceModel.shape(for:)` returns one) retains one reference instead of each of its fields, and a change
/// copies the box only when another shape still shares it.
public struct Shape: Sendable, Hashable {
  /// The fields, shared between copies until one of them changes.
  private final class Fields: @unchecked Sendable {
    var name: String
    var type: ShapeType
    var members: [Member]
    var required: [String]
    var member: ShapeReference?
    var key: ShapeReference?
    var value: ShapeReference?
    var enumValues: [String]?
    var min: Double?
    var max: Double?
    var pattern: String?
    var documentation: String?
    var isDocument: Bool
    var isUnion: Bool
    var isException: Bool
    var isSensitive: Bool
    var timestampFormat: String?
    var deprecated: Bool
    var payload: String?
    var isStreaming: Bool

    init(
      name: String,
      type: ShapeType,
      members: [Member],
      required: [String],
      member: ShapeReference?,
      key: ShapeReference?,
      value: ShapeReference?,
      enumValues: [String]?,
      min: Double?,
      max: Double?,
      pattern: String?,
      documentation: String?,
      isDocument: Bool,
      isUnion: Bool,
      isException: Bool,
      isSensitive: Bool,
      timestampFormat: String?,
      deprecated: Bool,
      payload: String?,
      isStreaming: Bool
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

    func copy() -> Fields {
      Fields(
        name: name,
        type: type,
        members: members,
        required: required,
        member: member,
        key: key,
        value: value,
        enumValues: enumValues,
        min: min,
        max: max,
        pattern: pattern,
        documentation: documentation,
        isDocument: isDocument,
        isUnion: isUnion,
        isException: isException,
        isSensitive: isSensitive,
        timestampFormat: timestampFormat,
        deprecated: deprecated,
        payload: payload,
        isStreaming: isStreaming
      )
    }
  }

  private var fields: Fields

  /// The fields, copied first if another shape shares them.
  private var uniqueFields: Fields {
    mutating get {
      if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
      return fields
    }
  }

  /// The shape's name in the model.
  public var name: String {
    get { fields.name }
    set { uniqueFields.name = newValue }
  }
  /// The shape's type.
  public var type: ShapeType {
    get { fields.type }
    set { uniqueFields.type = newValue }
  }
  /// Structure members, in model order.
  public var members: [Member] {
    get { fields.members }
    set { uniqueFields.members = newValue }
  }
  /// Names of required structure members, in model order.
  public var required: [String] {
    get { fields.required }
    set { uniqueFields.required = newValue }
  }
  /// List element.
  public var member: ShapeReference? {
    get { fields.member }
    set { uniqueFields.member = newValue }
  }
  /// Map key.
  public var key: ShapeReference? {
    get { fields.key }
    set { uniqueFields.key = newValue }
  }
  /// Map value.
  public var value: ShapeReference? {
    get { fields.value }
    set { uniqueFields.value = newValue }
  }
  /// Allowed string values, in model order.
  public var enumValues: [String]? {
    get { fields.enumValues }
    set { uniqueFields.enumValues = newValue }
  }
  /// Minimum length, size or value.
  public var min: Double? {
    get { fields.min }
    set { uniqueFields.min = newValue }
  }
  /// Maximum length, size or value.
  public var max: Double? {
    get { fields.max }
    set { uniqueFields.max = newValue }
  }
  /// A regular expression that string values must match.
  public var pattern: String? {
    get { fields.pattern }
    set { uniqueFields.pattern = newValue }
  }
  /// Documentation (HTML, as in the model).
  public var documentation: String? {
    get { fields.documentation }
    set { uniqueFields.documentation = newValue }
  }
  /// Whether this structure is a free-form document (`document: true`).
  public var isDocument: Bool {
    get { fields.isDocument }
    set { uniqueFields.isDocument = newValue }
  }
  /// Whether exactly one member of this structure may be set (`union: true`).
  public var isUnion: Bool {
    get { fields.isUnion }
    set { uniqueFields.isUnion = newValue }
  }
  /// Whether this structure is an error shape (`exception: true`).
  public var isException: Bool {
    get { fields.isException }
    set { uniqueFields.isException = newValue }
  }
  /// Whether values are secret.
  public var isSensitive: Bool {
    get { fields.isSensitive }
    set { uniqueFields.isSensitive = newValue }
  }
  /// How timestamps are written on the wire (`iso8601`, `unixTimestamp`, …).
  public var timestampFormat: String? {
    get { fields.timestampFormat }
    set { uniqueFields.timestampFormat = newValue }
  }
  /// Whether the shape is deprecated.
  public var deprecated: Bool {
    get { fields.deprecated }
    set { uniqueFields.deprecated = newValue }
  }
  /// The member that is the whole HTTP body (`payload`), if any.
  public var payload: String? {
    get { fields.payload }
    set { uniqueFields.payload = newValue }
  }
  /// Whether a blob of this shape is a streaming body (`streaming: true` on the shape, as botocore writes it for
  /// glacier's `Stream` and most upload bodies; a member reference may say so too, see `ShapeReference`).
  public var isStreaming: Bool {
    get { fields.isStreaming }
    set { uniqueFields.isStreaming = newValue }
  }

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
    fields = Fields(
      name: name,
      type: type,
      members: members,
      required: required,
      member: member,
      key: key,
      value: value,
      enumValues: enumValues,
      min: min,
      max: max,
      pattern: pattern,
      documentation: documentation,
      isDocument: isDocument,
      isUnion: isUnion,
      isException: isException,
      isSensitive: isSensitive,
      timestampFormat: timestampFormat,
      deprecated: deprecated,
      payload: payload,
      isStreaming: isStreaming
    )
  }

  public static func == (lhs: Shape, rhs: Shape) -> Bool {
    if lhs.fields === rhs.fields { return true }
    let left = lhs.fields
    let right = rhs.fields
    return left.name == right.name
      && left.type == right.type
      && left.members == right.members
      && left.required == right.required
      && left.member == right.member
      && left.key == right.key
      && left.value == right.value
      && left.enumValues == right.enumValues
      && left.min == right.min
      && left.max == right.max
      && left.pattern == right.pattern
      && left.documentation == right.documentation
      && left.isDocument == right.isDocument
      && left.isUnion == right.isUnion
      && left.isException == right.isException
      && left.isSensitive == right.isSensitive
      && left.timestampFormat == right.timestampFormat
      && left.deprecated == right.deprecated
      && left.payload == right.payload
      && left.isStreaming == right.isStreaming
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(fields.name)
    hasher.combine(fields.type)
    hasher.combine(fields.members)
    hasher.combine(fields.required)
    hasher.combine(fields.member)
    hasher.combine(fields.key)
    hasher.combine(fields.value)
    hasher.combine(fields.enumValues)
    hasher.combine(fields.min)
    hasher.combine(fields.max)
    hasher.combine(fields.pattern)
    hasher.combine(fields.documentation)
    hasher.combine(fields.isDocument)
    hasher.combine(fields.isUnion)
    hasher.combine(fields.isException)
    hasher.combine(fields.isSensitive)
    hasher.combine(fields.timestampFormat)
    hasher.combine(fields.deprecated)
    hasher.combine(fields.payload)
    hasher.combine(fields.isStreaming)
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
