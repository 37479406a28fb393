public import JSON
public import JSONRPC

/// LSP's `TextDocumentPositionParams`: a document and a position in it, `{"textDocument": {"uri"}, "position"}`,
/// the params of `textDocument/hover` and `textDocument/completion` (see `TextDocumentPositionRequest`).
public struct TextDocumentPositionParams: Sendable, Hashable {
  /// The document.
  public var uri: String
  /// Where.
  public var position: DocumentPosition

  /// Creates params.
  public init(uri: String, position: DocumentPosition) {
    self.uri = uri
    self.position = position
  }

  /// Reads `{"textDocument": {"uri"}, "position"}`; other members are ignored.
  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    uri = try object.documentURI()
    position = try DocumentPosition(object, "position")
  }

  /// `{"textDocument": {"uri"}, "position"}`.
  public var jsonValue: JSONValue {
    .object(JSONObject([("textDocument", ["uri": .string(uri)]), ("position", position.jsonValue)]))
  }
}
