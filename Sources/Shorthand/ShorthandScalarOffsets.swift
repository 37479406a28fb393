/// Turns the scanner's UTF-8 byte offsets into the Unicode scalar offsets that leave the module (diagnostics,
/// source maps, positions count scalars, as Python's string indexes do).
struct ShorthandScalarOffsets {
  /// The scalar offset of every byte offset (one more entry than bytes); nil for ASCII text, where they agree.
  private let table: [Int]?

  /// The offsets of ASCII text, where bytes and scalars agree.
  static let ascii = ShorthandScalarOffsets(table: nil)

  private init(table: [Int]?) { self.table = table }

  /// The offsets of a text given as its UTF-8 bytes.
  init(_ bytes: [UInt8]) {
    guard !Self.isASCII(bytes) else {
      table = nil
      return
    }
    var table: [Int] = []
    table.reserveCapacity(bytes.count + 1)
    var scalars = 0
    for byte in bytes {
      table.append(scalars)
      if byte & 0xC0 != 0x80 { scalars += 1 }
    }
    table.append(scalars)
    self.table = table
  }

  /// Whether no byte has its high bit set, eight at a time.
  static func isASCII(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var combined: UInt64 = 0
      var offset = 0
      while offset + 8 <= buffer.count {
        combined |= buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
      }
      while offset < buffer.count {
        combined |= UInt64(buffer[offset])
        offset += 1
      }
      return combined & 0x8080_8080_8080_8080 == 0
    }
  }

  /// Whether byte and scalar offsets agree (the text is ASCII).
  var areIdentical: Bool { table == nil }

  /// The scalar offset of a byte offset.
  func scalarOffset(_ byteOffset: Int) -> Int {
    guard let table else { return byteOffset }
    return table[min(max(byteOffset, 0), table.count - 1)]
  }

  /// The scalar range of a byte range.
  func scalarRange(_ range: Range<Int>) -> Range<Int> {
    guard table != nil else { return range }
    let lower = scalarOffset(range.lowerBound)
    return lower..<max(lower, scalarOffset(range.upperBound))
  }
}
