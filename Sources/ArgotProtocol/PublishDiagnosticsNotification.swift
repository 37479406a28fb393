public import JSON
public import JSONRPC

/// `textDocument/publishDiagnostics`, sent by the server: every problem argot finds in an open document,
/// replacing what was sent before (an empty list clears them).
///
/// Params: `{"uri", "version", "diagnostics": [{"range", "severity", "code", "source": "argot", "message"}]}`.
public struct PublishDiagnosticsNotification: ArgotNotification {
  public static let method = "textDocument/publishDiagnostics"

  /// One problem, as LSP's `Diagnostic`.
  public struct Item: Sendable, Hashable {
    /// Where.
    public var range: DocumentRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int
    /// argot's stable code.
    public var code: String
    /// For people.
    public var message: String
    /// Close names, for an unknown name (in `data.suggestions`).
    public var suggestions: [String]

    /// Creates an item.
    public init(range: DocumentRange, severity: Int, code: String, message: String, suggestions: [String] = []) {
      self.range = range
      self.severity = severity
      self.code = code
      self.message = message
      self.suggestions = suggestions
    }

    /// Reads one diagnostic (as a client sends it back in `textDocument/codeAction`'s context).
    public init(_ value: JSONValue, prefix: String) throws(ResponseError) {
      let object = try ParamsObject(value, prefix: prefix)
      range = try DocumentRange(object, "range")
      severity = try object.integer("severity", in: 1...4, default: 1)
      switch object.object["code"] {
      case .string(let text)?: code = text
      case .integer(let number)?: code = String(number)
      default: code = ""
      }
      message = try object.optionalString("message") ?? ""
      suggestions = object.object["data"]?["suggestions"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// LSP's `Diagnostic`.
    public var jsonValue: JSONValue {
      var object = JSONObject([
        ("range", range.jsonValue), ("severity", .integer(Int64(severity))), ("code", .string(code)),
        ("source", "argot"), ("message", .string(message)),
      ])
      if !suggestions.isEmpty { object["data"] = ["suggestions": .array(suggestions.map(JSONValue.string))] }
      return .object(object)
    }
  }

  /// The document.
  public var uri: String
  /// The version the diagnostics are for, if known.
  public var version: Int?
  /// The problems.
  public var diagnostics: [Item]

  /// Creates a notification.
  public init(uri: String, version: Int?, diagnostics: [Item]) {
    self.uri = uri
    self.version = version
    self.diagnostics = diagnostics
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    uri = try object.string("uri")
    version =
      object.has("version") ? try object.integer("version", in: Int(Int32.min)...Int(Int32.max), default: 0) : nil
    var items: [Item] = []
    for (index, item) in (object.object["diagnostics"]?.arrayValue ?? []).enumerated() {
      items.append(try Item(item, prefix: "diagnostics[\(index)]."))
    }
    diagnostics = items
  }

  public var params: JSONValue {
    var object = JSONObject([("uri", .string(uri))])
    if let version { object["version"] = .integer(Int64(version)) }
    object["diagnostics"] = .array(diagnostics.map(\.jsonValue))
    return .object(object)
  }
}
