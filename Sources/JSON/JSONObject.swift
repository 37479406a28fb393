/// The members of a JSON object, in insertion order, with lookup by key.
///
/// Setting an existing key replaces its value and keeps its position, as jansson and Python's `dict` do.
public struct JSONObject: Sendable, Hashable, Sequence {
  /// The keys in order.
  public private(set) var keys: [String] = []
  private var values: [String: JSONValue] = [:]

  /// An empty object.
  public init() {}

  /// An object with these members, in this order; a repeated key keeps its first position and last value.
  public init(_ members: [(String, JSONValue)]) {
    for (key, value) in members { self[key] = value }
  }

  /// The number of members.
  public var count: Int { keys.count }

  /// Whether the object has no members.
  public var isEmpty: Bool { keys.isEmpty }

  /// The value of `key`; assigning `nil` removes the member.
  public subscript(key: String) -> JSONValue? {
    get { values[key] }
    set {
      if let newValue {
        if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
      } else if values.removeValue(forKey: key) != nil {
        keys.removeAll { $0 == key }
      }
    }
  }

  /// Whether the object has a member named `key`.
  public func contains(_ key: String) -> Bool { values[key] != nil }

  /// The members as pairs, in order.
  public var members: [(key: String, value: JSONValue)] {
    keys.map { ($0, values[$0]!) }
  }

  /// Iterates over the members in order.
  public func makeIterator() -> some IteratorProtocol<(key: String, value: JSONValue)> {
    members.makeIterator()
  }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.keys == rhs.keys && lhs.values == rhs.values
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(keys)
    hasher.combine(values)
  }
}
