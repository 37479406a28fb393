public import JSON

/// One value of a skeleton, before it is printed as JSON or YAML.
///
/// Placeholders keep their kind (`timestamp`, `blob`) because the two formats print them differently.
public indirect enum SkeletonNode: Sendable, Hashable {
  /// A structure: its members in model order, each with its YAML comment.
  case structure([SkeletonField])
  /// A map: the `KeyName` placeholder, or the keys a prefill gave. Map keys carry no comments.
  case map([SkeletonField])
  /// A list.
  case list([SkeletonNode])
  /// A string.
  case string(String)
  /// A whole number.
  case integer(Int64)
  /// A floating-point number.
  case real(Double)
  /// A boolean.
  case boolean(Bool)
  /// The timestamp placeholder, midnight of 1 January 1970.
  case timestamp
  /// The blob placeholder: `null` in JSON, `!!binary ''` in YAML.
  case blob
  /// `null` (only from a prefill).
  case null

  /// The members of a structure or the entries of a map.
  public var fields: [SkeletonField]? {
    switch self {
    case .structure(let fields), .map(let fields): return fields
    default: return nil
    }
  }

  /// The value as the JSON the AWS CLI prints: timestamps as `"1970-01-01T00:00:00"`, blobs as `null`.
  public var jsonValue: JSONValue {
    switch self {
    case .structure(let fields), .map(let fields):
      var object = JSONObject()
      for field in fields { object[field.name] = field.value.jsonValue }
      return .object(object)
    case .list(let elements): return .array(elements.map(\.jsonValue))
    case .string(let value): return .string(value)
    case .integer(let value): return .integer(value)
    case .real(let value): return .real(value)
    case .boolean(let value): return .bool(value)
    case .timestamp: return .string("1970-01-01T00:00:00")
    case .blob, .null: return .null
    }
  }

  /// The value as `--generate-cli-skeleton input` prints it: JSON with 4-space indentation and a final newline.
  public var jsonText: String { jsonValue.serialized(.awsCLI) + "\n" }

  /// The value as `--generate-cli-skeleton yaml-input` prints it: block YAML with end-of-line comments.
  public var yamlText: String { YAMLWriter.document(self) }

  /// A value given by the user, taken as it is: objects become maps.
  public init(_ value: JSONValue) {
    switch value {
    case .null: self = .null
    case .bool(let flag): self = .boolean(flag)
    case .integer(let number): self = .integer(number)
    case .real(let number): self = .real(number)
    case .string(let text): self = .string(text)
    case .array(let elements): self = .list(elements.map(SkeletonNode.init))
    case .object(let object):
      self = .map(object.members.map { SkeletonField(name: $0.key, value: SkeletonNode($0.value)) })
    }
  }
}

/// A structure member or map entry of a skeleton.
public struct SkeletonField: Sendable, Hashable {
  /// The member name (or map key).
  public var name: String
  /// The value.
  public var value: SkeletonNode
  /// The YAML end-of-line comment, without the leading `# `; nil for none.
  public var comment: String?

  /// Creates a field.
  public init(name: String, value: SkeletonNode, comment: String? = nil) {
    self.name = name
    self.value = value
    self.comment = comment
  }
}
