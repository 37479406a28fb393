public import JSON
public import JSONRPC

/// `argot/validate`: only the diagnostics of a command line, as `argot validate --json` prints them; or of a
/// `--cli-input-json` document.
///
/// Params: `{"argv": […]} | {"line": "…"} | {"service", "operation", "input": {…} | "…"}`, and `"partial"?:
/// false`. Result: `{"diagnostics": [DIAGNOSTIC]}`; for `input` the ranges are offsets in the document's text.
/// Errors (for `input` only, whose command is named by parameters): -32010, -32011, -32013, -32014.
public struct ValidateRequest: ArgotRequest {
  public typealias Result = ValidateResult
  public static let method = "argot/validate"

  /// What to check.
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
    input = try CommandInput(object, allowsInput: true)
    isPartial = try object.bool("partial", default: false)
  }

  public var params: JSONValue {
    var object = JSONObject()
    input.write(to: &object)
    if isPartial { object["partial"] = true }
    return .object(object)
  }
}

/// The answer to `argot/validate`.
public struct ValidateResult: ArgotResult {
  /// Everything wrong, in input order; no error means the AWS CLI would accept the command.
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public var jsonValue: JSONValue { ["diagnostics": diagnostics.jsonValue] }
}
