/// Appends the little-endian numbers and length-prefixed strings of the model index format
/// (`Documentation/Model Index.md`).
struct ModelIndexWriter {
  /// The bytes written so far.
  var bytes: [UInt8] = []

  /// Appends a 32-bit unsigned number.
  mutating func write(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  /// Appends a 64-bit unsigned number.
  mutating func write(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  /// Appends a byte.
  mutating func write(_ value: UInt8) { bytes.append(value) }

  /// Appends a string as its UTF-8 length (32 bits) and bytes.
  mutating func write(_ text: String) {
    write(UInt32(text.utf8.count))
    bytes += text.utf8
  }

  /// Appends an optional string: a present flag byte, then the string.
  mutating func write(optional text: String?) {
    if let text {
      write(UInt8(1))
      write(text)
    } else {
      write(UInt8(0))
    }
  }
}
