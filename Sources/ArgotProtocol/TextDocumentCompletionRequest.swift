public import JSON

/// `textDocument/completion`: what can be typed at a position of an `aws` command in an open script, from the
/// completion engine the shells use. Each item's `textEdit` replaces exactly the part being completed (the
/// current shorthand key after `,`, the value after `=`, the option name), so editors need not guess word
/// boundaries.
///
/// Params: `{"textDocument": {"uri"}, "position", "context"?}`. Result: `{"isIncomplete": false, "items": [...]}`.
public struct TextDocumentCompletionRequest: TextDocumentPositionRequest {
  public typealias Result = CompletionListResult
  public static let method = "textDocument/completion"

  /// The document and the position.
  public var textDocumentPosition: TextDocumentPositionParams

  /// Creates a request.
  public init(_ textDocumentPosition: TextDocumentPositionParams) {
    self.textDocumentPosition = textDocumentPosition
  }
}

/// LSP's `CompletionList`.
public struct CompletionListResult: ArgotResult {
  /// One item, as LSP's `CompletionItem`.
  public struct Item: Sendable, Hashable {
    /// What the menu shows.
    public var label: String
    /// LSP's `CompletionItemKind` (a number).
    public var kind: Int
    /// A short fact (type, `required`).
    public var detail: String?
    /// One line of documentation.
    public var documentation: String?
    /// The edit that inserts the item.
    public var textEdit: DocumentTextEdit
    /// What the client filters on (the text the edit replaces is matched against it).
    public var filterText: String
    /// Keeps the engine's order: `0001`, `0002`, …
    public var sortText: String

    /// Creates an item.
    public init(
      label: String,
      kind: Int,
      detail: String?,
      documentation: String?,
      textEdit: DocumentTextEdit,
      filterText: String,
      sortText: String
    ) {
      self.label = label
      self.kind = kind
      self.detail = detail
      self.documentation = documentation
      self.textEdit = textEdit
      self.filterText = filterText
      self.sortText = sortText
    }

    /// LSP's `CompletionItem`.
    public var jsonValue: JSONValue {
      var object = JSONObject([("label", .string(label)), ("kind", .integer(Int64(kind)))])
      if let detail { object["detail"] = .string(detail) }
      if let documentation { object["documentation"] = .string(documentation) }
      object["textEdit"] = textEdit.jsonValue
      object["filterText"] = .string(filterText)
      object["sortText"] = .string(sortText)
      object["insertTextFormat"] = 1
      return .object(object)
    }
  }

  /// Whether typing more may bring items the list lacks (true only while a live listing is still running).
  public var isIncomplete: Bool
  /// The items, in the engine's order.
  public var items: [Item]

  /// Creates a result.
  public init(isIncomplete: Bool = false, items: [Item]) {
    self.isIncomplete = isIncomplete
    self.items = items
  }

  public var jsonValue: JSONValue {
    .object(JSONObject([("isIncomplete", .bool(isIncomplete)), ("items", .array(items.map(\.jsonValue)))]))
  }
}
