public import JSON
public import JSONRPC

/// `textDocument/didSave`: a document was written to disk. Files named by `file://` values may have changed, so
/// every open script's diagnostics are worked out again. Params: `{"textDocument": {"uri"}}`.
public struct DidSaveNotification: ArgotNotification {
  public static let method = "textDocument/didSave"

  /// The document's URI.
  public var uri: String

  /// Creates a notification.
  public init(uri: String) {
    self.uri = uri
  }

  public init(params: JSONValue?) throws(ResponseError) {
    uri = try ParamsObject(params).documentURI()
  }

  public var params: JSONValue { ["textDocument": ["uri": .string(uri)]] }
}
