/// A problem with the framing of the byte stream, found before any JSON is parsed.
///
/// None of these ends the stream: the framer skips what it cannot use and carries on.
public enum FramingError: Error, Sendable, Hashable {
  /// A header block ended without a `Content-Length` header.
  case missingContentLength
  /// A `Content-Length` header whose value is not a non-negative decimal number (the value is kept).
  case invalidContentLength(String)
  /// A header line longer than the limit, so probably not a header at all.
  case headerTooLong(limit: Int)
  /// A message larger than the limit; its bytes were skipped. `size` is nil when it was not declared
  /// (newline-delimited mode).
  case messageTooLarge(size: Int?, limit: Int)
  /// The stream ended in the middle of a message. `expected` is the declared length, if there was one.
  case truncatedMessage(expected: Int?, received: Int)
  /// The message nests objects and arrays deeper than the limit; it was not parsed.
  case nestingTooDeep(limit: Int)

  /// The JSON-RPC error to answer with: `invalidRequest` for an oversized message, `parseError` otherwise.
  public var responseError: ResponseError {
    switch self {
    case .messageTooLarge: return .invalidRequest(description)
    default: return .parseError(description)
    }
  }
}

extension FramingError: CustomStringConvertible {
  /// One sentence for people.
  public var description: String {
    switch self {
    case .missingContentLength:
      return "header block without Content-Length"
    case .invalidContentLength(let value):
      return "invalid Content-Length \"\(value)\""
    case .headerTooLong(let limit):
      return "header line longer than \(limit) bytes"
    case .messageTooLarge(let size?, let limit):
      return "message of \(size) bytes exceeds the limit of \(limit) bytes"
    case .messageTooLarge(nil, let limit):
      return "message exceeds the limit of \(limit) bytes"
    case .truncatedMessage(let expected?, let received):
      return "input ended after \(received) of \(expected) bytes of a message"
    case .truncatedMessage(nil, let received):
      return "input ended inside a header block after \(received) bytes"
    case .nestingTooDeep(let limit):
      return "objects and arrays nested deeper than \(limit) levels"
    }
  }
}
