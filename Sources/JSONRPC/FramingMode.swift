/// How messages are delimited on the wire. A connection answers in the mode its client uses.
public enum FramingMode: Sendable, Hashable {
  /// LSP style: `Content-Length: N\r\n` (and optionally `Content-Type: …\r\n`), a blank line, then N bytes.
  case contentLength
  /// One JSON text per line, for clients that cannot write headers.
  case newlineDelimited

  /// The mode a stream uses, judged by its first non-whitespace byte: `{` or `[` mean newline-delimited
  /// JSON, anything else a header.
  public init(firstByte: UInt8) {
    self = firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "[") ? .newlineDelimited : .contentLength
  }

  /// The bytes to write for one message body.
  public func frame(_ body: some Collection<UInt8>) -> [UInt8] {
    var bytes: [UInt8] = []
    switch self {
    case .contentLength:
      let header = "Content-Length: \(body.count)\r\n\r\n"
      bytes.reserveCapacity(header.utf8.count + body.count)
      bytes.append(contentsOf: header.utf8)
      bytes.append(contentsOf: body)
    case .newlineDelimited:
      bytes.reserveCapacity(body.count + 1)
      bytes.append(contentsOf: body)
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }
}
