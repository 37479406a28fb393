public import JSON
public import JSONRPC

/// A request of the argot protocol: its method name, its parameters as a value type, and its result type.
///
/// Each request lives in a file named after it (`SchemaRequest.swift` holds `SchemaRequest` and `SchemaResult`).
/// Decoding is strict about what it reads and lenient about what it does not: a member of the wrong type is a
/// -32602 error naming the member, and unknown members are ignored, so newer clients can talk to older servers.
public protocol ArgotRequest: Sendable, Hashable {
  /// What the request answers with.
  associatedtype Result: ArgotResult

  /// The JSON-RPC method name, e.g. `argot/schema`.
  static var method: String { get }

  /// Reads the parameters of a request.
  ///
  /// - Throws: `ResponseError` with code -32602 (`invalidParams`) and a message naming the member that is
  ///   missing or wrong; its `data` is `{"field": NAME}`.
  init(params: JSONValue?) throws(ResponseError)

  /// The parameters as they go on the wire (for clients and tests).
  var params: JSONValue { get }
}

/// The result of an argot request, as it goes on the wire.
public protocol ArgotResult: Sendable, Hashable {
  /// The `result` member of the response.
  var jsonValue: JSONValue { get }
}

/// A result without content: `null` on the wire.
public struct EmptyResult: ArgotResult {
  /// The empty result.
  public init() {}

  /// `null`.
  public var jsonValue: JSONValue { .null }
}
