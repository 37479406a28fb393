public import JSON
public import JSONRPC

/// `argot/shorthand`: reads one option's value as the AWS CLI would, reporting every problem (parsing recovers
/// after an error) and the value as far as it could be built.
///
/// Params: `{"service", "operation", "option": "--new-bgp-peer", "text": "asn=64600,addressFamily=ipv6",
/// "partial"?: false}`. `text` is the value as the program receives it (no shell quotes); for an option taking
/// several words (a list: `--tags k=a,v=b k=c,v=d`) it may be an array of words. `partial` drops
/// missing-member errors, for a value still being typed. Result: `{"syntax": "shorthand" | "json", "value": …,
/// "diagnostics": [DIAGNOSTIC]}`; `value` uses API member names and is `null` when nothing could be built;
/// ranges are in `text` (in word `word` for several words). Text that starts with `{` or `[` is JSON, as for
/// the AWS CLI. Errors: -32010, -32011, -32012, -32013, -32014; -32015 for an option that takes no shorthand.
public struct ShorthandRequest: ArgotRequest {
  public typealias Result = ShorthandResult
  public static let method = "argot/shorthand"

  /// The command.
  public var command: CommandName
  /// The option, with its dashes.
  public var option: String
  /// The value's words (one, unless the option takes several).
  public var words: [String]
  /// Drop missing-member errors.
  public var isPartial: Bool

  /// Creates a request.
  public init(command: CommandName, option: String, words: [String], isPartial: Bool = false) {
    self.command = command
    self.option = option
    self.words = words
    self.isPartial = isPartial
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    command = try CommandName(object)
    option = try object.string("option")
    switch object.object["text"] {
    case .string(let text)?:
      words = [text]
    case .array?:
      words = try object.strings("text")
      if words.isEmpty { throw ParamsObject.invalid("text", "must hold at least one word") }
    case nil, .null?:
      throw ParamsObject.missing("text")
    case let other?:
      throw ParamsObject.wrongType("text", expected: "a string or an array of strings", got: other)
    }
    isPartial = try object.bool("partial", default: false)
  }

  public var params: JSONValue {
    var object = JSONObject()
    command.write(to: &object)
    object["option"] = .string(option)
    object["text"] = words.count == 1 ? .string(words[0]) : .array(words.map(JSONValue.string))
    if isPartial { object["partial"] = true }
    return .object(object)
  }
}

/// The answer to `argot/shorthand`.
public struct ShorthandResult: ArgotResult {
  /// `shorthand`, or `json` when the text was JSON.
  public var syntax: String
  /// The value, as far as it could be built; nil when nothing could.
  public var value: JSONValue?
  /// Every problem, in text order.
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(syntax: String, value: JSONValue?, diagnostics: [Diagnostic]) {
    self.syntax = syntax
    self.value = value
    self.diagnostics = diagnostics
  }

  public var jsonValue: JSONValue {
    .object(
      JSONObject([
        ("syntax", .string(syntax)), ("value", value ?? .null), ("diagnostics", diagnostics.jsonValue),
      ])
    )
  }
}
