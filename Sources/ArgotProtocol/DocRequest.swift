public import JSON
public import JSONRPC

/// `argot/doc`: a command's reference page as plain text, as `argot doc SERVICE OPERATION` prints it.
///
/// Params: `{"service", "operation", "width"?: 80}` (`width` between 40 and 1000). Result: `{"text": PAGE}`.
/// Errors: -32010, -32011, -32013, -32014.
public struct DocRequest: ArgotRequest {
  public typealias Result = TextResult
  public static let method = "argot/doc"

  /// The command.
  public var command: CommandName
  /// Wrap prose at this many columns.
  public var width: Int

  /// Creates a request.
  public init(command: CommandName, width: Int = 80) {
    self.command = command
    self.width = width
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    command = try CommandName(object)
    width = try object.integer("width", in: 40...1000, default: 80)
  }

  public var params: JSONValue {
    var object = JSONObject()
    command.write(to: &object)
    object["width"] = .integer(Int64(width))
    return .object(object)
  }
}

/// A result that is one text: `{"text": "…"}`.
public struct TextResult: ArgotResult {
  /// The text.
  public var text: String

  /// Creates a result.
  public init(text: String) {
    self.text = text
  }

  public var jsonValue: JSONValue { ["text": .string(text)] }
}
