/// Standard base64 (RFC 4648, with padding): how `fileb://` bytes travel inside JSON strings, and how AWS CLI v2
/// reads blob strings under `--cli-binary-format base64`.
public enum Base64Text {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  private static let values: [Int8] = {
    var table = [Int8](repeating: -1, count: 256)
    for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
    return table
  }()

  /// Why a string is not base64.
  public struct DecodingError: Error, Equatable, Sendable {
    /// Unicode-scalar offset of the first bad character, or the end for a bad length.
    public var offset: Int
    /// What is wrong.
    public var reason: String
  }

  /// The base64 text of `bytes`.
  public static func encode(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let rest = min(3, bytes.count - index)
      var chunk = UInt32(bytes[index]) << 16
      if rest > 1 { chunk |= UInt32(bytes[index + 1]) << 8 }
      if rest > 2 { chunk |= UInt32(bytes[index + 2]) }
      output.append(alphabet[Int(chunk >> 18 & 63)])
      output.append(alphabet[Int(chunk >> 12 & 63)])
      output.append(rest > 1 ? alphabet[Int(chunk >> 6 & 63)] : UInt8(ascii: "="))
      output.append(rest > 2 ? alphabet[Int(chunk & 63)] : UInt8(ascii: "="))
      index += 3
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Decodes strict base64: only the alphabet, `=` padding at the end, a length that is a multiple of 4.
  public static func decode(_ text: String) -> Result<[UInt8], DecodingError> {
    let scalars = Array(text.unicodeScalars)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count / 4 * 3)
    var buffer: UInt32 = 0
    var count = 0
    var padding = 0
    for (offset, scalar) in scalars.enumerated() {
      if scalar == "=" {
        padding += 1
        if padding > 2 { return .failure(DecodingError(offset: offset, reason: "too much \"=\" padding")) }
        continue
      }
      guard scalar.isASCII, values[Int(scalar.value)] >= 0 else {
        return .failure(DecodingError(offset: offset, reason: "\"\(Character(scalar))\" is not a base64 character"))
      }
      if padding > 0 {
        return .failure(DecodingError(offset: offset, reason: "\"=\" padding is only allowed at the end"))
      }
      buffer = buffer << 6 | UInt32(values[Int(scalar.value)])
      count += 1
      if count == 4 {
        bytes.append(UInt8(buffer >> 16 & 0xFF))
        bytes.append(UInt8(buffer >> 8 & 0xFF))
        bytes.append(UInt8(buffer & 0xFF))
        buffer = 0
        count = 0
      }
    }
    switch (count, padding) {
    case (0, 0):
      break
    case (2, 2):
      bytes.append(UInt8(buffer >> 4 & 0xFF))
    case (3, 1):
      bytes.append(UInt8(buffer >> 10 & 0xFF))
      bytes.append(UInt8(buffer >> 2 & 0xFF))
    default:
      return .failure(
        DecodingError(offset: scalars.count, reason: "the length is not a multiple of 4 (missing \"=\" padding?)")
      )
    }
    return .success(bytes)
  }

  /// Decodes as Python's `base64.b64decode(text)` does (AWS CLI v2 reads blob strings with it): characters outside
  /// the alphabet are skipped, `=` ends the data once it completes a group, and only a dangling group fails
  /// ("Incorrect padding", or one character more than a multiple of 4). Text that is not ASCII fails as Python's
  /// does.
  public static func decodeAsPython(_ text: String) -> Result<[UInt8], DecodingError> {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count / 4 * 3)
    var quadPosition = 0
    var leftover: UInt8 = 0
    var pads = 0
    var offset = 0
    var lastData = 0
    scan: for scalar in text.unicodeScalars {
      defer { offset += 1 }
      guard scalar.isASCII else {
        return .failure(DecodingError(offset: offset, reason: "only ASCII characters may be base64"))
      }
      if scalar == "=" {
        if quadPosition >= 2 {
          pads += 1
          if quadPosition + pads >= 4 { break scan }
        }
        continue
      }
      let value = values[Int(scalar.value)]
      guard value >= 0 else { continue }
      let sextet = UInt8(value)
      pads = 0
      lastData = offset
      switch quadPosition {
      case 0:
        leftover = sextet
        quadPosition = 1
      case 1:
        bytes.append(leftover << 2 | sextet >> 4)
        leftover = sextet & 0x0F
        quadPosition = 2
      case 2:
        bytes.append(leftover << 4 | sextet >> 2)
        leftover = sextet & 0x03
        quadPosition = 3
      default:
        bytes.append(leftover << 6 | sextet)
        leftover = 0
        quadPosition = 0
      }
    }
    if quadPosition + pads >= 4 || quadPosition == 0 { return .success(bytes) }
    if quadPosition == 1 {
      return .failure(
        DecodingError(
          offset: lastData,
          reason: "the number of base64 characters (\(bytes.count / 3 * 4 + 1)) is 1 more than a multiple of 4"
        )
      )
    }
    return .failure(DecodingError(offset: offset, reason: "incorrect padding (a group of 4 characters is unfinished)"))
  }
}
