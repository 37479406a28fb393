public import JSON
public import JSONRPC

/// A request whose params are a `TextDocumentPositionParams` (a document and a position): its coding, its
/// `init(uri:position:)` and its `uri` and `position` come from here.
public protocol TextDocumentPositionRequest: ArgotRequest {
  /// The document and the position.
  var textDocumentPosition: TextDocumentPositionParams { get }

  /// Creates a request.
  init(_ textDocumentPosition: TextDocumentPositionParams)
}

extension TextDocumentPositionRequest {
  /// Creates a request.
  public init(uri: String, position: DocumentPosition) {
    self.init(TextDocumentPositionParams(uri: uri, position: position))
  }

  public init(params: JSONValue?) throws(ResponseError) {
    self.init(try TextDocumentPositionParams(params: params))
  }

  public var params: JSONValue { textDocumentPosition.jsonValue }

  /// The document.
  public var uri: String { textDocumentPosition.uri }
  /// Where.
  public var position: DocumentPosition { textDocumentPosition.position }
}
