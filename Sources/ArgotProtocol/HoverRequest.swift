public import JSON

/// `textDocument/hover`: the documentation of what is at a position of an open script: an option (its type,
/// whether it is required, its documentation, its shorthand syntax line, its valid values), a key inside a
/// shorthand value (the same for the member), the operation or the service.
///
/// Params: `{"textDocument": {"uri"}, "position"}`. Result: `{"contents": {"kind": "markdown", "value"},
/// "range"}`, or `null` when there is nothing to say.
public struct HoverRequest: TextDocumentPositionRequest {
  public typealias Result = HoverResult
  public static let method = "textDocument/hover"

  /// The document and the position.
  public var textDocumentPosition: TextDocumentPositionParams

  /// Creates a request.
  public init(_ textDocumentPosition: TextDocumentPositionParams) {
    self.textDocumentPosition = textDocumentPosition
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
