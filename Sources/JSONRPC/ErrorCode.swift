/// A JSON-RPC error code. The set is open: any integer is a valid code, and the statics name the ones
/// defined by JSON-RPC 2.0 and the Language Server Protocol.
public struct ErrorCode: RawRepresentable, Sendable, Hashable {
  /// The integer sent on the wire.
  public var rawValue: Int

  /// A code from its integer.
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// -32700: the message is not valid JSON, or could not be framed.
  public static let parseError = ErrorCode(rawValue: -32700)
  /// -32600: the JSON is not a valid JSON-RPC request.
  public static let invalidRequest = ErrorCode(rawValue: -32600)
  /// -32601: no such method.
  public static let methodNotFound = ErrorCode(rawValue: -32601)
  /// -32602: the parameters do not fit the method.
  public static let invalidParams = ErrorCode(rawValue: -32602)
  /// -32603: the server failed.
  public static let internalError = ErrorCode(rawValue: -32603)

  /// -32002: a request arrived before `initialize` (LSP).
  public static let serverNotInitialized = ErrorCode(rawValue: -32002)
  /// -32001: an error without a better code (LSP).
  public static let unknownErrorCode = ErrorCode(rawValue: -32001)

  /// -32800: the client cancelled the request (LSP).
  public static let requestCancelled = ErrorCode(rawValue: -32800)
  /// -32801: the document changed while the request ran (LSP).
  public static let contentModified = ErrorCode(rawValue: -32801)
  /// -32802: the server cancelled the request (LSP).
  public static let serverCancelled = ErrorCode(rawValue: -32802)
  /// -32803: the request failed although it was well formed (LSP).
  public static let requestFailed = ErrorCode(rawValue: -32803)
}

extension ErrorCode: ExpressibleByIntegerLiteral {
  /// A code from an integer literal.
  public init(integerLiteral value: Int) { self.rawValue = value }
}

extension ErrorCode: CustomStringConvertible {
  /// The integer, as text.
  public var description: String { String(rawValue) }
}
