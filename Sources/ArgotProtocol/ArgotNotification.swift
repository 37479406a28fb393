public import JSON
public import JSONRPC

/// A notification of the protocol (no answer): its method name and its parameters as a value type.
///
/// As for requests, one file per notification, and decoding names the member that is missing or wrong; the
/// server logs a notification it cannot read and carries on (a notification has no answer to carry the error).
public protocol ArgotNotification: Sendable, Hashable {
  /// The JSON-RPC method name, e.g. `textDocument/didOpen`.
  static var method: String { get }

  /// Reads the parameters.
  ///
  /// - Throws: `ResponseError` with code -32602 naming the member.
  init(params: JSONValue?) throws(ResponseError)

  /// The parameters as they go on the wire.
  var params: JSONValue { get }
}

extension ArgotNotification {
  /// The notification as the transport sends it.
  public var notification: JSONRPCNotification {
    JSONRPCNotification(method: Self.method, params: params)
  }
}
