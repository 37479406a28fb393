public import JSON
public import JSONRPC

/// `textDocument/didOpen`: the editor opened a document; its text is now the editor's, not the disk's.
///
/// Params: `{"textDocument": {"uri", "languageId", "version", "text"}}`. Shell scripts (`sh`, `bash`, `zsh`
/// language ids, `.sh` files) and cli-input files (JSON, YAML) get diagnostics; others are kept and ignored.
public struct DidOpenNotification: ArgotNotification {
  public static let method = "textDocument/didOpen"

  /// The document's URI.
  public var uri: String
  /// The editor's language id.
  public var languageId: String
  /// The version the editor gives it.
  public var version: Int
  /// The text.
  public var text: String

  /// Creates a notification.
  public init(uri: String, languageId: String, version: Int, text: String) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    self.text = text
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    let document = try ParamsObject(try object.value("textDocument"), prefix: "textDocument.")
    uri = try document.string("uri")
    languageId = try document.optionalString("languageId") ?? ""
    version = try document.integer("version", in: Int(Int32.min)...Int(Int32.max), default: 0)
    text = try document.string("text")
  }

  public var params: JSONValue {
    [
      "textDocument": .object(
        JSONObject([
          ("uri", .string(uri)), ("languageId", .string(languageId)), ("version", .integer(Int64(version))),
          ("text", .string(text)),
        ])
      )
    ]
  }
}
