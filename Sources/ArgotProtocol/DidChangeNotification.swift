public import JSON
public import JSONRPC

/// `textDocument/didChange`: edits of an open document, applied in order (incremental sync: each change has a
/// `range`; a change without one replaces the whole text).
///
/// Params: `{"textDocument": {"uri", "version"}, "contentChanges": [{"range"?, "text"}]}`.
public struct DidChangeNotification: ArgotNotification {
  public static let method = "textDocument/didChange"

  /// One edit.
  public struct Change: Sendable, Hashable {
    /// What is replaced, or nil for the whole text.
    public var range: DocumentRange?
    /// The new text.
    public var text: String

    /// Creates a change.
    public init(range: DocumentRange?, text: String) {
      self.range = range
      self.text = text
    }
  }

  /// The document's URI.
  public var uri: String
  /// Its version after the changes.
  public var version: Int
  /// The edits.
  public var changes: [Change]

  /// Creates a notification.
  public init(uri: String, version: Int, changes: [Change]) {
    self.uri = uri
    self.version = version
    self.changes = changes
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    let document = try ParamsObject(try object.value("textDocument"), prefix: "textDocument.")
    uri = try document.string("uri")
    version = try document.integer("version", in: Int(Int32.min)...Int(Int32.max), default: 0)
    guard case .array(let items) = try object.value("contentChanges") else {
      throw ParamsObject.wrongType("contentChanges", expected: "an array", got: object.object["contentChanges"]!)
    }
    var changes: [Change] = []
    for (index, item) in items.enumerated() {
      let change = try ParamsObject(item, prefix: "contentChanges[\(index)].")
      let range = change.has("range") ? try DocumentRange(change, "range") : nil
      changes.append(Change(range: range, text: try change.string("text")))
    }
    self.changes = changes
  }

  public var params: JSONValue {
    let changes = changes.map { change -> JSONValue in
      var object = JSONObject()
      if let range = change.range { object["range"] = range.jsonValue }
      object["text"] = .string(change.text)
      return .object(object)
    }
    return .object(
      JSONObject([
        ("textDocument", ["uri": .string(uri), "version": .integer(Int64(version))]),
        ("contentChanges", .array(changes)),
      ])
    )
  }
}
