/// The members of a JSON object, in insertion order, with lookup by key.
///
/// Setting an existing key replaces its value and keeps its position, as jansson and Python's `dict` do.
///
/// The members live in two parallel arrays, keys and values. A small object (most objects: a shorthand item, a
/// request member, a shape's fields) is searched by comparing keys in order, which costs less than hashing one
/// key; only past `JSONObject.indexedCount` members does the object keep a table from key to position.
public struct JSONObject: Sendable, Hashable, Sequence {
  /// The keys in order.
  public private(set) var keys: [String] = []
  /// The values, in the order of `keys`.
  private var values: [JSONValue] = []
  /// Each key's position, kept only once the object has more than `indexedCount` members.
  private var positions: [String: Int]?

  /// Above this many members an object keeps a table of positions; at or below, lookups compare keys in order.
  static let indexedCount = 12

  /// An empty object.
  public init() {}

  /// An empty object with room for `capacity` members.
  public init(minimumCapacity capacity: Int) {
    keys.reserveCapacity(capacity)
    values.reserveCapacity(capacity)
  }

  /// An object of these keys and values, in this order. The keys must all be different (a repeated key is a
  /// programming error); this builds the object without looking any key up.
  public init(uniqueKeys keys: [String], values: [JSONValue]) {
    precondition(keys.count == values.count, "JSONObject(uniqueKeys:values:) needs one value per key")
    self.keys = keys
    self.values = values
    if keys.count > Self.indexedCount {
      let table = Self.table(keys)
      precondition(table.count == keys.count, "JSONObject(uniqueKeys:values:) was given a repeated key")
      positions = table
    } else {
      assert(Set(keys).count == keys.count, "JSONObject(uniqueKeys:values:) was given a repeated key")
    }
  }

  /// An object with these members, in this order; a repeated key keeps its first position and last value.
  public init(_ members: [(String, JSONValue)]) {
    keys.reserveCapacity(members.count)
    values.reserveCapacity(members.count)
    for (key, value) in members { self[key] = value }
  }

  /// The number of members.
  public var count: Int { keys.count }

  /// Whether the object has no members.
  public var isEmpty: Bool { keys.isEmpty }

  /// The position of `key` in `keys`, if the object has it.
  private func position(of key: String) -> Int? {
    if let positions { return positions[key] }
    return keys.firstIndex(of: key)
  }

  /// The value of `key`; assigning `nil` removes the member.
  public subscript(key: String) -> JSONValue? {
    get { position(of: key).map { values[$0] } }
    set {
      if let newValue {
        if let existing = position(of: key) {
          values[existing] = newValue
        } else {
          append(key, newValue)
        }
      } else if let existing = position(of: key) {
        keys.remove(at: existing)
        values.remove(at: existing)
        if positions != nil { positions = Self.table(keys) }
      }
    }
  }

  /// Adds a member the object doesn't have yet, at the end.
  private mutating func append(_ key: String, _ value: JSONValue) {
    if positions != nil {
      positions![key] = keys.count
    } else if keys.count == Self.indexedCount {
      positions = Self.table(keys + [key])
    }
    keys.append(key)
    values.append(value)
  }

  /// Each key's position.
  private static func table(_ keys: [String]) -> [String: Int] {
    var table: [String: Int] = [:]
    table.reserveCapacity(keys.count)
    for (position, key) in keys.enumerated() { table[key] = position }
    return table
  }

  /// Whether the object has a member named `key`.
  public func contains(_ key: String) -> Bool { position(of: key) != nil }

  /// The members as pairs, in order.
  public var members: [(key: String, value: JSONValue)] {
    Array(self)
  }

  /// Iterates over the members in order.
  public func makeIterator() -> some IteratorProtocol<(key: String, value: JSONValue)> {
    MemberIterator(keys: keys, values: values)
  }

  /// The members in order, read from the two arrays.
  private struct MemberIterator: IteratorProtocol {
    let keys: [String]
    let values: [JSONValue]
    var position = 0

    mutating func next() -> (key: String, value: JSONValue)? {
      guard position < keys.count else { return nil }
      defer { position += 1 }
      return (keys[position], values[position])
    }
  }

  public var underestimatedCount: Int { keys.count }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.keys == rhs.keys && lhs.values == rhs.values
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(keys)
    hasher.combine(values)
  }
}
