public import JSON
public import JSONRPC

/// A position in a document as the Language Server Protocol gives it: `{"line": 0, "character": 4}`, the
/// character counted in UTF-16 code units (LSP's default position encoding), both from 0.
public struct DocumentPosition: Sendable, Hashable {
  /// The line, from 0.
  public var line: Int
  /// The column in UTF-16 code units, from 0.
  public var character: Int

  /// Creates a position.
  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  /// Reads member `key` of `object` (its messages name `prefix` + `key`).
  public init(_ object: ParamsObject, _ key: String) throws(ResponseError) {
    let members = try ParamsObject(try object.value(key), prefix: object.prefix + key + ".")
    line = try members.integer("line", in: 0...Int(Int32.max), default: -1)
    character = try members.integer("character", in: 0...Int(Int32.max), default: -1)
    if line < 0 { throw ParamsObject.missing(members.prefix + "line") }
    if character < 0 { throw ParamsObject.missing(members.prefix + "character") }
  }

  /// `{"line", "character"}`.
  public var jsonValue: JSONValue {
    .object(JSONObject([("line", .integer(Int64(line))), ("character", .integer(Int64(character)))]))
  }
}

/// A range in a document: `{"start": POSITION, "end": POSITION}`, the end excluded.
public struct DocumentRange: Sendable, Hashable {
  /// The first position inside the range.
  public var start: DocumentPosition
  /// The first position after it.
  public var end: DocumentPosition

  /// Creates a range.
  public init(start: DocumentPosition, end: DocumentPosition) {
    self.start = start
    self.end = end
  }

  /// Reads member `key` of `object`.
  public init(_ object: ParamsObject, _ key: String) throws(ResponseError) {
    let members = try ParamsObject(try object.value(key), prefix: object.prefix + key + ".")
    start = try DocumentPosition(members, "start")
    end = try DocumentPosition(members, "end")
  }

  /// `{"start", "end"}`.
  public var jsonValue: JSONValue {
    .object(JSONObject([("start", start.jsonValue), ("end", end.jsonValue)]))
  }
}

/// A replacement in a document: `{"range": RANGE, "newText": "…"}`.
public struct DocumentTextEdit: Sendable, Hashable {
  /// What is replaced.
  public var range: DocumentRange
  /// The new text.
  public var newText: String

  /// Creates an edit.
  public init(range: DocumentRange, newText: String) {
    self.range = range
    self.newText = newText
  }

  /// `{"range", "newText"}`.
  public var jsonValue: JSONValue {
    .object(JSONObject([("range", range.jsonValue), ("newText", .string(newText))]))
  }
}

extension ParamsObject {
  /// The `uri` of member `textDocument`: `{"textDocument": {"uri": "file:///…"}}`.
  public func documentURI() throws(ResponseError) -> String {
    let document = try ParamsObject(try value("textDocument"), prefix: prefix + "textDocument.")
    return try document.string("uri")
  }
}
