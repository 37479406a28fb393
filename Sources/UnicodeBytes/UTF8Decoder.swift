/// Unicode scalars read straight from valid UTF-8 bytes, for the scanners that walk bytes and decode only where a
/// byte is not ASCII (the shorthand scanner, the documentation reader).
public enum UTF8Decoder {
  /// The scalar that starts at `index` of valid UTF-8 `bytes`, and how many bytes it takes.
  @inlinable @inline(__always)
  public static func scalar<Bytes: RandomAccessCollection<UInt8>>(
    in bytes: Bytes,
    at index: Int
  ) -> (scalar: Unicode.Scalar, length: Int) where Bytes.Index == Int {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    var value: UInt32
    let length: Int
    if lead < 0xE0 {
      value = UInt32(lead & 0x1F)
      length = 2
    } else if lead < 0xF0 {
      value = UInt32(lead & 0x0F)
      length = 3
    } else {
      value = UInt32(lead & 0x07)
      length = 4
    }
    for next in index + 1..<index + length { value = value << 6 | UInt32(bytes[next] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
