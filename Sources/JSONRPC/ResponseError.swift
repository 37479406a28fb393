public import JSON

/// The `error` member of a JSON-RPC error response.
public struct ResponseError: Error, Sendable, Hashable {
  /// What kind of error this is.
  public var code: ErrorCode
  /// One sentence for people.
  public var message: String
  /// Anything else the client may use.
  public var data: JSONValue?

  /// Creates an error.
  public init(code: ErrorCode, message: String, data: JSONValue? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }

  /// The error object as it appears on the wire: `{"code":…,"message":…,"data":…}`.
  public var jsonValue: JSONValue {
    var object = JSONObject()
    object["code"] = .integer(Int64(code.rawValue))
    object["message"] = .string(message)
    if let data { object["data"] = data }
    return .object(object)
  }

  /// Reads an error object; nil unless `code` is an integer and `message` a string.
  public init?(_ value: JSONValue) {
    guard let object = value.objectValue,
      case .integer(let code)? = object["code"], let codeValue = Int(exactly: code),
      case .string(let message)? = object["message"]
    else { return nil }
    self.init(code: ErrorCode(rawValue: codeValue), message: message, data: object["data"])
  }
}

extension ResponseError {
  /// -32700, for text that is not JSON or could not be framed.
  public static func parseError(_ detail: String) -> ResponseError {
    ResponseError(code: .parseError, message: "Parse error: \(detail)")
  }

  /// -32600, for JSON that is not a valid JSON-RPC message.
  public static func invalidRequest(_ detail: String) -> ResponseError {
    ResponseError(code: .invalidRequest, message: "Invalid Request: \(detail)")
  }

  /// -32601, for a method the server does not know.
  public static func methodNotFound(_ method: String) -> ResponseError {
    ResponseError(code: .methodNotFound, message: "Method not found: \(method)")
  }

  /// -32602, for parameters that do not fit the method.
  public static func invalidParams(_ detail: String) -> ResponseError {
    ResponseError(code: .invalidParams, message: "Invalid params: \(detail)")
  }

  /// -32603, for a failure inside the server.
  public static func internalError(_ detail: String) -> ResponseError {
    ResponseError(code: .internalError, message: "Internal error: \(detail)")
  }

  /// -32002, for a request that arrived before `initialize`.
  public static let serverNotInitialized = ResponseError(
    code: .serverNotInitialized,
    message: "Server not initialized"
  )

  /// -32800, the answer to a request the client cancelled.
  public static let requestCancelled = ResponseError(code: .requestCancelled, message: "Request cancelled")
}

extension ResponseError: CustomStringConvertible {
  /// `message (code)`.
  public var description: String { "\(message) (\(code.rawValue))" }
}
