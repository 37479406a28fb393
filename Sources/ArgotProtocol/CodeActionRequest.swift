public import JSON
public import JSONRPC

/// `textDocument/codeAction`: changes to offer at a range of an open script: write an option's value as JSON
/// or back in shorthand, add the required options a command lacks, replace a misspelt name by the closest one.
///
/// Params: `{"textDocument": {"uri"}, "range", "context": {"diagnostics", "only"?}}`. Result: an array of
/// `{"title", "kind", "isPreferred", "edit": {"changes": {URI: [TextEdit]}}}`.
public struct CodeActionRequest: ArgotRequest {
  public typealias Result = CodeActionResult
  public static let method = "textDocument/codeAction"

  /// The document.
  public var uri: String
  /// Where.
  public var range: DocumentRange
  /// The kinds the client asks for (`quickfix`, `refactor`), or nil for all.
  public var only: [String]?

  /// Creates a request.
  public init(uri: String, range: DocumentRange, only: [String]? = nil) {
    self.uri = uri
    self.range = range
    self.only = only
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    uri = try object.documentURI()
    range = try DocumentRange(object, "range")
    if let context = object.object["context"], !context.isNull {
      let members = try ParamsObject(context, prefix: "context.")
      only = members.has("only") ? try members.strings("only") : nil
    }
  }

  public var params: JSONValue {
    var context = JSONObject([("diagnostics", .array([]))])
    if let only { context["only"] = .array(only.map(JSONValue.string)) }
    return .object(
      JSONObject([
        ("textDocument", ["uri": .string(uri)]), ("range", range.jsonValue), ("context", .object(context)),
      ])
    )
  }
}

/// The actions: LSP's `CodeAction`s with their `WorkspaceEdit`.
public struct CodeActionResult: ArgotResult {
  /// One action.
  public struct Action: Sendable, Hashable {
    /// For people.
    public var title: String
    /// `quickfix` or `refactor.rewrite`.
    public var kind: String
    /// Whether the client may apply it without asking.
    public var isPreferred: Bool
    /// The document the edits are in.
    public var uri: String
    /// The edits.
    public var edits: [DocumentTextEdit]

    /// Creates an action.
    public init(title: String, kind: String, isPreferred: Bool, uri: String, edits: [DocumentTextEdit]) {
      self.title = title
      self.kind = kind
      self.isPreferred = isPreferred
      self.uri = uri
      self.edits = edits
    }

    /// LSP's `CodeAction`.
    public var jsonValue: JSONValue {
      .object(
        JSONObject([
          ("title", .string(title)), ("kind", .string(kind)), ("isPreferred", .bool(isPreferred)),
          ("edit", ["changes": .object(JSONObject([(uri, .array(edits.map(\.jsonValue)))]))]),
        ])
      )
    }
  }

  /// The actions.
  public var actions: [Action]

  /// Creates a result.
  public init(actions: [Action]) {
    self.actions = actions
  }

  public var jsonValue: JSONValue { .array(actions.map(\.jsonValue)) }
}
