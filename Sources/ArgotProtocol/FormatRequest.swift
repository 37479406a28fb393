public import JSON
public import JSONRPC

/// `argot/format`: writes a value for an option as the AWS CLI would read it back: the inverse of
/// `argot/shorthand`. Shorthand when shorthand can say it exactly, JSON otherwise.
///
/// Params: `{"service", "operation", "option": "--new-bgp-peer", "value": {"asn": 64600}}` (API member names).
/// Result: `{"syntax": "shorthand" | "json", "words": [WORD], "text": "…"}`: `words` are the option's values as
/// the program receives them (one per list element for options taking several words), and `text` is the same
/// words quoted for a POSIX shell, ready to type after the option. Errors: -32010, -32011, -32012, -32013,
/// -32014; -32015 for an option that takes no shorthand.
public struct FormatRequest: ArgotRequest {
  public typealias Result = FormatResult
  public static let method = "argot/format"

  /// The command.
  public var command: CommandName
  /// The option, with its dashes.
  public var option: String
  /// The value to write.
  public var value: JSONValue

  /// Creates a request.
  public init(command: CommandName, option: String, value: JSONValue) {
    self.command = command
    self.option = option
    self.value = value
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    command = try CommandName(object)
    option = try object.string("option")
    value = try object.value("value")
  }

  public var params: JSONValue {
    var object = JSONObject()
    command.write(to: &object)
    object["option"] = .string(option)
    object["value"] = value
    return .object(object)
  }
}

/// The answer to `argot/format`.
public struct FormatResult: ArgotResult {
  /// `shorthand` or `json`.
  public var syntax: String
  /// The option's values as the program receives them.
  public var words: [String]
  /// The words quoted for a POSIX shell and joined by spaces.
  public var text: String

  /// Creates a result.
  public init(syntax: String, words: [String], text: String) {
    self.syntax = syntax
    self.words = words
    self.text = text
  }

  public var jsonValue: JSONValue {
    .object(
      JSONObject([
        ("syntax", .string(syntax)), ("words", .array(words.map(JSONValue.string))), ("text", .string(text)),
      ])
    )
  }
}
