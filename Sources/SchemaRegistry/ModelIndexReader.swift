/// Reads the numbers and strings of the model index format from bytes that may be damaged: every read is
/// checked against the bytes left, so a wrong length or count ends in a `ModelIndexDamage`, never a crash or a
/// huge allocation.
struct ModelIndexReader {
  private let bytes: [UInt8]
  private(set) var position: Int

  /// A reader over `bytes`, from `position`.
  init(_ bytes: [UInt8], position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  /// The bytes not read yet.
  var remaining: Int { bytes.count - position }

  /// Reads a byte.
  mutating func readByte() throws(ModelIndexDamage) -> UInt8 {
    guard remaining >= 1 else { throw ModelIndexDamage("truncated at byte \(position)") }
    defer { position += 1 }
    return bytes[position]
  }

  /// Reads a 32-bit unsigned number.
  mutating func readUInt32() throws(ModelIndexDamage) -> UInt32 {
    guard remaining >= 4 else { throw ModelIndexDamage("truncated at byte \(position)") }
    var value: UInt32 = 0
    for index in 0..<4 { value |= UInt32(bytes[position + index]) << UInt32(index * 8) }
    position += 4
    return value
  }

  /// Reads a 64-bit unsigned number.
  mutating func readUInt64() throws(ModelIndexDamage) -> UInt64 {
    guard remaining >= 8 else { throw ModelIndexDamage("truncated at byte \(position)") }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(bytes[position + index]) << UInt64(index * 8) }
    position += 8
    return value
  }

  /// Reads a 64-bit number that must be a size or offset no larger than `limit`.
  mutating func readSize(atMost limit: Int, _ what: String) throws(ModelIndexDamage) -> Int {
    let value = try readUInt64()
    guard value <= UInt64(limit) else { throw ModelIndexDamage("\(what) \(value) is out of range (at most \(limit))") }
    return Int(value)
  }

  /// Reads a count of items that each take at least `minimumItemSize` bytes, so it cannot exceed what is left.
  mutating func readCount(minimumItemSize: Int, _ what: String) throws(ModelIndexDamage) -> Int {
    let count = Int(try readUInt32())
    guard count <= remaining / max(minimumItemSize, 1) else {
      throw ModelIndexDamage("\(what) count \(count) is larger than the file allows")
    }
    return count
  }

  /// Reads a length-prefixed UTF-8 string.
  mutating func readString() throws(ModelIndexDamage) -> String {
    let count = Int(try readUInt32())
    guard count <= remaining else {
      throw ModelIndexDamage("string of \(count) bytes at byte \(position) is truncated")
    }
    defer { position += count }
    return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
  }

  /// Reads an optional string (a flag byte, then the string).
  mutating func readOptionalString() throws(ModelIndexDamage) -> String? {
    switch try readByte() {
    case 0: return nil
    case 1: return try readString()
    case let flag: throw ModelIndexDamage("optional string flag \(flag) at byte \(position - 1)")
    }
  }
}
