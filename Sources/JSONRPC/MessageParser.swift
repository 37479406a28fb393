internal import JSON

/// Turns a framed message body into JSON-RPC messages: checks the nesting depth, parses with jansson, and
/// decodes a single message or each element of a batch.
public struct MessageParser: Sendable {
  /// What a body turned out to be.
  public enum Output: Sendable, Hashable {
    /// One message, or why it is not valid JSON-RPC.
    case single(Result<JSONRPCMessage, MessageDecodingError>)
    /// A non-empty batch: each element, decoded on its own.
    case batch([Result<JSONRPCMessage, MessageDecodingError>])
    /// Not usable at all (not JSON, too deep, an empty batch): answer with this error and a null id.
    case failure(ResponseError)
  }

  /// The default `maximumNestingDepth`: 512 levels, well below jansson's own limit of 2048.
  public static let defaultMaximumNestingDepth = 512

  /// The deepest nesting of objects and arrays parsed; deeper input is refused before parsing.
  public var maximumNestingDepth: Int

  /// Creates a parser.
  public init(maximumNestingDepth: Int = defaultMaximumNestingDepth) {
    self.maximumNestingDepth = maximumNestingDepth
  }

  /// Parses one body.
  public func parse(_ body: [UInt8]) -> Output {
    let tooDeep = body.withUnsafeBytes { Self.nestingDepth(of: $0, exceeds: maximumNestingDepth) }
    if tooDeep { return .failure(FramingError.nestingTooDeep(limit: maximumNestingDepth).responseError) }
    let value: JSONValue
    do {
      value = try JSONValue(parsing: body)
    } catch {
      return .failure(.parseError(error.description))
    }
    guard case .array(let elements) = value else { return .single(Self.decode(value)) }
    guard !elements.isEmpty else { return .failure(.invalidRequest("empty batch")) }
    return .batch(elements.map(Self.decode))
  }

  private static func decode(_ value: JSONValue) -> Result<JSONRPCMessage, MessageDecodingError> {
    do throws(MessageDecodingError) {
      return .success(try JSONRPCMessage(value))
    } catch {
      return .failure(error)
    }
  }

  /// Whether objects and arrays in `text` nest deeper than `limit`, judged by brackets outside strings.
  ///
  /// This runs before jansson, so a nesting bomb costs one linear scan and no recursion.
  public static func nestingDepth(of text: UnsafeRawBufferPointer, exceeds limit: Int) -> Bool {
    var depth = 0
    var inString = false
    var escaped = false
    for byte in text {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        if depth > limit { return true }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
      default:
        break
      }
    }
    return false
  }
}
