public import JSON
public import JSONRPC

/// `shutdown`: the client is done. Answered with `null`; every later request is answered with -32600, and the
/// `exit` notification then ends the process with status 0.
public struct ShutdownRequest: ArgotRequest {
  public typealias Result = EmptyResult
  public static let method = "shutdown"

  /// Creates a request.
  public init() {}

  public init(params: JSONValue?) throws(ResponseError) {
    _ = try ParamsObject(params)
  }

  public var params: JSONValue { .object(JSONObject()) }
}

/// `exit` (a notification): ends the process, with status 0 after `shutdown` and 1 otherwise. Answers still
/// being computed are written first.
public enum ExitNotification {
  /// `exit`.
  public static let method = "exit"
}

/// `initialized` (a notification an LSP client sends after `initialize`): accepted and ignored.
public enum InitializedNotification {
  /// `initialized`.
  public static let method = "initialized"
}
