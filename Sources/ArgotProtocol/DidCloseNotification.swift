public import JSON
public import JSONRPC

/// `textDocument/didClose`: the editor closed a document. Its diagnostics are cleared (an empty
/// `textDocument/publishDiagnostics`). Params: `{"textDocument": {"uri"}}`.
public struct DidCloseNotification: ArgotNotification {
  public static let method = "textDocument/didClose"

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
