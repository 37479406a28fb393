import UnicodeBytes

/// Reading Unicode scalars and classifying whitespace straight from UTF-8 bytes, so documentation text is
/// scanned byte by byte and decoded only where a byte is not ASCII.
enum UTF8Scalar {
  /// The scalar that starts at `index` of valid UTF-8 `bytes`, and how many bytes it takes.
  @inline(__always)
  static func decode<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes,
    at index: Int
  ) -> (
    scalar: Unicode.Scalar, length: Int
  ) where Bytes.Index == Int {
    UTF8Decoder.scalar(in: bytes, at: index)
  }

  /// Whether an ASCII byte is whitespace in Unicode's sense (tab, line feed, vertical tab, form feed, carriage
  /// return, space).
  @inline(__always)
  static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// Whether `scalar` has Unicode's White_Space property.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? isASCIIWhitespace(UInt8(scalar.value)) : scalar.properties.isWhitespace
  }

  /// The UTF-8 bytes of the private-use scalar U+E000, which marks a hard line break inside flowing text.
  static let lineBreak: [UInt8] = [0xEE, 0x80, 0x80]
}
