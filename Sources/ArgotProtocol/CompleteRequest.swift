public import JSON
public import JSONRPC

/// `argot/complete`: the completion candidates at a cursor in an `aws` command line.
///
/// Params: `{"line": "aws ec2 run-instances --i", "point": 25}` (`point`, the cursor in characters (Unicode
/// scalars) from the start of the line, defaults to the end). Result: `{"items": [ITEM], "replace": {"start",
/// "end"}}`; an item is `{"label", "insertText", "kind", "detail", "documentation", "noSpace"}` (`detail` and
/// `documentation` may be absent), in display order; `replace` is the span of the line, in characters, that each
/// `insertText` replaces. A line the engine cannot read gives an empty list, never an error.
public struct CompleteRequest: ArgotRequest {
  public typealias Result = CompleteResult
  public static let method = "argot/complete"

  /// The command line.
  public var line: String
  /// The cursor in characters (Unicode scalars); nil is the end of the line.
  public var point: Int?

  /// Creates a request.
  public init(line: String, point: Int? = nil) {
    self.line = line
    self.point = point
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    line = try object.string("line")
    let length = line.unicodeScalars.count
    point = object.has("point") ? try object.integer("point", in: 0...length, default: length) : nil
  }

  public var params: JSONValue {
    var object = JSONObject([("line", .string(line))])
    if let point { object["point"] = .integer(Int64(point)) }
    return .object(object)
  }
}

/// The answer to `argot/complete`.
public struct CompleteResult: ArgotResult {
  /// One candidate.
  public struct Item: Sendable, Hashable {
    /// What a menu shows.
    public var label: String
    /// What replaces the `replace` span.
    public var insertText: String
    /// `service`, `operation`, `waiter`, `command`, `option`, `value`, `key`, `structure` or `file`.
    public var kind: String
    /// The type or a short fact, if any.
    public var detail: String?
    /// One line of documentation, if any.
    public var documentation: String?
    /// Nothing should follow automatically (no space after `key=`, `{`, a directory's `/`).
    public var noSpace: Bool

    /// Creates an item.
    public init(
      label: String,
      insertText: String,
      kind: String,
      detail: String? = nil,
      documentation: String? = nil,
      noSpace: Bool = false
    ) {
      self.label = label
      self.insertText = insertText
      self.kind = kind
      self.detail = detail
      self.documentation = documentation
      self.noSpace = noSpace
    }

    var jsonValue: JSONValue {
      var object = JSONObject([("label", .string(label)), ("insertText", .string(insertText)), ("kind", .string(kind))])
      if let detail { object["detail"] = .string(detail) }
      if let documentation { object["documentation"] = .string(documentation) }
      object["noSpace"] = .bool(noSpace)
      return .object(object)
    }
  }

  /// The candidates, in display order.
  public var items: [Item]
  /// The span of the line (in characters) each `insertText` replaces.
  public var replace: Range<Int>
  /// One line for the user, when there is something to say: why live values are missing ("no AWS credentials
  /// for ec2 describe-instances"), or that a listing is still running.
  public var message: String?
  /// Asking again later may give more (a live listing is still running).
  public var isIncomplete: Bool

  /// Creates a result.
  public init(items: [Item], replace: Range<Int>, message: String? = nil, isIncomplete: Bool = false) {
    self.items = items
    self.replace = replace
    self.message = message
    self.isIncomplete = isIncomplete
  }

  public var jsonValue: JSONValue {
    var object = JSONObject([
      ("items", .array(items.map(\.jsonValue))),
      (
        "replace",
        .object(
          JSONObject([("start", .integer(Int64(replace.lowerBound))), ("end", .integer(Int64(replace.upperBound)))])
        )
      ),
    ])
    if let message { object["message"] = .string(message) }
    if isIncomplete { object["isIncomplete"] = .bool(true) }
    return .object(object)
  }
}
