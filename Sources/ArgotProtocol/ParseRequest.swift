public import JSON
public import JSONRPC

/// `argot/parse`: the request parameters an AWS CLI command line would send, as `argot parse --json` prints them.
///
/// Params: `{"argv": ["aws", …]} | {"line": "aws …"}`, and `"partial"?: false` (check only what is typed: no
/// missing-required errors, an unfinished last word is fine). Result: `{"command": {"service", "operation"} |
/// null, "params": {…}, "diagnostics": [DIAGNOSTIC]}`; `params` uses API member names. Problems with the command
/// line, unknown services and operations included, are diagnostics, not errors.
public struct ParseRequest: ArgotRequest {
  public typealias Result = ParseResult
  public static let method = "argot/parse"

  /// The command line.
  public var input: CommandInput
  /// Check only what is typed.
  public var isPartial: Bool

  /// Creates a request.
  public init(input: CommandInput, isPartial: Bool = false) {
    self.input = input
    self.isPartial = isPartial
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    input = try CommandInput(object, allowsInput: false)
    isPartial = try object.bool("partial", default: false)
  }

  public var params: JSONValue {
    var object = JSONObject()
    input.write(to: &object)
    if isPartial { object["partial"] = true }
    return .object(object)
  }
}

/// The answer to `argot/parse`.
public struct ParseResult: ArgotResult {
  /// The command recognised, if any.
  public var command: CommandName?
  /// The request parameters, by API member name.
  public var params: JSONValue
  /// Everything wrong, in input order.
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(command: CommandName?, params: JSONValue, diagnostics: [Diagnostic]) {
    self.command = command
    self.params = params
    self.diagnostics = diagnostics
  }

  public var jsonValue: JSONValue {
    var commandValue = JSONValue.null
    if let command {
      var object = JSONObject()
      command.write(to: &object)
      commandValue = .object(object)
    }
    return .object(
      JSONObject([("command", commandValue), ("params", params), ("diagnostics", diagnostics.jsonValue)])
    )
  }
}
