import JSON

/// The syntax tree of one shorthand word, in flat arrays: every value is a `Node` (a plain struct of integers)
/// in `nodes`, a list's items and an object's members are consecutive entries of `children`, and a value's
/// text is a range of the word's UTF-8 bytes. Building it allocates a few arrays per word, not an object per
/// value; strings and `JSONValue`s are made only when someone asks for them.
///
/// Ranges are kept in UTF-8 bytes; `range(of:)` and `keyRange(of:)` give them in Unicode scalars, as they leave
/// the module.
struct ShorthandTree: Sendable {
  /// A node's identity: its index in `nodes`.
  typealias Index = Int32

  /// What a node is.
  enum Kind: UInt8, Sendable {
    case scalar
    case list
    case object
  }

  /// One value. An object's members are nodes too: each carries its key's range.
  struct Node: Sendable {
    var kind: Kind
    /// A list's or object's first child in `children`; for a scalar, its text in `decoded` (-1: the text is the
    /// bytes of its range; -2: the bytes inside its quotes).
    var first: Int32
    /// A list's or object's number of children; for a scalar, its file in `files` (-1: none).
    var count: Int32
    /// The value's range in bytes: a quoted value with its quotes, a list or object with its brackets, a CSV
    /// list from its first to its last item. Trailing whitespace of unquoted values is not included.
    var start: Int32
    var end: Int32
    /// The range of its key when the node is an object member's value (-1: none).
    var keyStart: Int32 = -1
    var keyEnd: Int32 = -1
  }

  /// The word's UTF-8 bytes.
  let bytes: [UInt8]
  var nodes: [Node] = []
  var children: [Index] = []
  /// Scalar texts that differ from their bytes (quoted values, `\,`, loaded files).
  var decoded: [String] = []
  /// The files that `@=` named.
  var files: [ShorthandLoadedFile] = []
  /// Byte to scalar offsets, set when the parse is done.
  var offsets = ShorthandScalarOffsets.ascii

  init(bytes: [UInt8]) {
    self.bytes = bytes
    nodes.reserveCapacity(16)
  }

  // MARK: - Building

  /// A new scalar whose text is its bytes (`text` nil) or `text`.
  mutating func scalar(
    _ range: Range<Int>,
    text: String? = nil,
    file: ShorthandLoadedFile? = nil,
    isQuoted: Bool = false
  ) -> Index {
    var first: Int32 = isQuoted ? -2 : -1
    if let text {
      first = Int32(decoded.count)
      decoded.append(text)
    }
    var count: Int32 = -1
    if let file {
      count = Int32(files.count)
      files.append(file)
    }
    nodes.append(
      Node(kind: .scalar, first: first, count: count, start: Int32(range.lowerBound), end: Int32(range.upperBound))
    )
    return Index(nodes.count - 1)
  }

  /// A new list or object of these children.
  mutating func container(_ kind: Kind, _ items: some Collection<Index>, range: Range<Int>) -> Index {
    let first = Int32(children.count)
    children.append(contentsOf: items)
    nodes.append(
      Node(
        kind: kind,
        first: first,
        count: Int32(items.count),
        start: Int32(range.lowerBound),
        end: Int32(range.upperBound)
      )
    )
    return Index(nodes.count - 1)
  }

  /// Makes `node` the value of the member whose key spans `keyRange`.
  mutating func setKey(_ node: Index, _ keyRange: Range<Int>) {
    nodes[Int(node)].keyStart = Int32(keyRange.lowerBound)
    nodes[Int(node)].keyEnd = Int32(keyRange.upperBound)
  }

  // MARK: - Reading

  @inline(__always)
  subscript(node: Index) -> Node { nodes[Int(node)] }

  /// A list's items or an object's members.
  func children(of node: Index) -> ArraySlice<Index> {
    let node = self[node]
    guard node.kind != .scalar else { return [] }
    return children[Int(node.first)..<Int(node.first + node.count)]
  }

  /// The value's range in bytes.
  func byteRange(of node: Index) -> Range<Int> { Int(self[node].start)..<Int(self[node].end) }

  /// The key's range in bytes.
  func keyByteRange(of node: Index) -> Range<Int> { Int(self[node].keyStart)..<Int(self[node].keyEnd) }

  /// The value's range in Unicode scalars.
  func range(of node: Index) -> Range<Int> { offsets.scalarRange(byteRange(of: node)) }

  /// The key's range in Unicode scalars.
  func keyRange(of node: Index) -> Range<Int> { offsets.scalarRange(keyByteRange(of: node)) }

  /// The bytes of `range` as a string.
  func string(_ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
  }

  /// The key of an object member.
  func key(of node: Index) -> String { string(keyByteRange(of: node)) }

  /// A scalar's text.
  func text(of node: Index) -> String {
    let node = self[node]
    switch node.first {
    case -1: return string(Int(node.start)..<Int(node.end))
    case -2: return string(Int(node.start) + 1..<Int(node.end) - 1)
    default: return decoded[Int(node.first)]
    }
  }

  /// The file a scalar named, if `@=` asked to load one.
  func file(of node: Index) -> ShorthandLoadedFile? {
    let node = self[node]
    return node.kind == .scalar && node.count >= 0 ? files[Int(node.count)] : nil
  }

  /// Whether two members have the same key.
  func sameKey(_ left: Index, _ right: Index) -> Bool {
    let left = self[left]
    let right = self[right]
    guard left.keyEnd - left.keyStart == right.keyEnd - right.keyStart else { return false }
    var offset: Int32 = 0
    while offset < left.keyEnd - left.keyStart {
      if bytes[Int(left.keyStart + offset)] != bytes[Int(right.keyStart + offset)] { return false }
      offset += 1
    }
    return true
  }

  /// The members of an object as the object holds them: each key once, at the position of its first member,
  /// with the value of its last member (a repeated key keeps its first position and its last value). Each
  /// element is the member that gives the value; its key is the key.
  func members(of node: Index) -> [Index] {
    let all = children(of: node)
    var members: [Index] = []
    members.reserveCapacity(all.count)
    if all.count <= 16 {
      outer: for (position, member) in zip(all.indices, all) {
        for earlier in all[..<position] where sameKey(earlier, member) { continue outer }
        var last = member
        for later in all[(position + 1)...] where sameKey(later, member) { last = later }
        members.append(last)
      }
      return members
    }
    var positions: [String: Int] = [:]
    for member in all {
      let key = key(of: member)
      if let existing = positions[key] {
        members[existing] = member
      } else {
        positions[key] = members.count
        members.append(member)
      }
    }
    return members
  }

  /// Whether no two members of the object have the same key (then `members(of:)` is its children).
  func hasDistinctKeys(_ node: Index) -> Bool {
    let all = children(of: node)
    guard all.count <= 16 else { return Set(all.map { key(of: $0) }).count == all.count }
    for (position, member) in zip(all.indices, all) {
      for earlier in all[..<position] where sameKey(earlier, member) { return false }
    }
    return true
  }

  // MARK: - Values

  /// The value as parsed: strings, lists, and objects in which a repeated key keeps its first position and its
  /// last value; with `typing`, numbers and booleans where typing converted them.
  func jsonValue(_ node: Index, typing: ShorthandTypedValues? = nil) -> JSONValue {
    var value: JSONValue
    let typed = typing?[node] ?? .asParsed
    switch typed {
    case .integer(let number):
      value = .integer(number)
    case .real(let number):
      value = .real(number)
    case .bool(let flag):
      value = .bool(flag)
    case .asParsed, .wrapped:
      let shape = self[node]
      // A value wrapped in a list is not typed further.
      let inner = typed == .wrapped ? nil : typing
      switch shape.kind {
      case .scalar:
        value = .string(text(of: node))
      case .list:
        value = .array(children(of: node).map { jsonValue($0, typing: inner) })
      case .object:
        let members = hasDistinctKeys(node) ? Array(children(of: node)) : self.members(of: node)
        var keys: [String] = []
        var values: [JSONValue] = []
        keys.reserveCapacity(members.count)
        values.reserveCapacity(members.count)
        for member in members {
          keys.append(key(of: member))
          values.append(jsonValue(member, typing: inner))
        }
        value = .object(JSONObject(uniqueKeys: keys, values: values))
      }
      if typed == .wrapped { value = .array([value]) }
    }
    return value
  }
}

/// What typing made of each node of a tree: a number or boolean, a value wrapped in a one-item list, or the
/// value as parsed.
struct ShorthandTypedValues: Sendable {
  enum Value: Sendable, Equatable {
    case asParsed
    case integer(Int64)
    case real(Double)
    case bool(Bool)
    /// A value where the model wants a list: a one-item list holding the value as parsed.
    case wrapped
  }

  private var values: [Value]

  init(count: Int) {
    values = []
    self.count = count
  }

  /// The number of nodes of the tree.
  let count: Int

  subscript(node: ShorthandTree.Index) -> Value {
    get { Int(node) < values.count ? values[Int(node)] : .asParsed }
    set {
      if values.isEmpty { values = Array(repeating: .asParsed, count: count) }
      values[Int(node)] = newValue
    }
  }
}
