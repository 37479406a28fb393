public import JSON
public import JSONRPC

/// `textDocument/hover`: the documentation of what is at a position of an open script: an option (its type,
/// whether it is required, its documentation, its shorthand syntax line, its valid values), a key inside a
/// shorthand value (the same for the member), the operation or the service.
///
/// Params: `{"textDocument": {"uri"}, "position"}`. Result: `{"contents": {"kind": "markdown", "value"},
/// "range"}`, or `null` when there is nothing to say.
public struct HoverRequest: ArgotRequest {
  public typealias Result = HoverResult
  public static let method = "textDocument/hover"

  /// The document.
  public var uri: String
  /// Where.
  public var position: DocumentPosition

  /// Creates a request.
  public init(uri: String, position: DocumentPosition) {
    self.uri = uri
    self.position = position
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    uri = try object.documentURI()
    position = try DocumentPosition(object, "position")
  }

  public var params: JSONValue {
    .object(JSONObject([("textDocument", ["uri": .string(uri)]), ("position", position.jsonValue)]))
  }
}

/// What `textDocument/hover` answers: Markdown and the range it is about, or nothing (`null`).
public struct HoverResult: ArgotResult {
  /// The text, in Markdown; nil for nothing.
  public var markdown: String?
  /// The range the text is about.
  public var range: DocumentRange?

  /// Creates a result.
  public init(markdown: String?, range: DocumentRange?) {
    self.markdown = markdown
    self.range = range
  }

  public var jsonValue: JSONValue {
    guard let markdown else { return .null }
    var object = JSONObject([("contents", ["kind": "markdown", "value": .string(markdown)])])
    if let range { object["range"] = range.jsonValue }
    return .object(object)
  }
}
