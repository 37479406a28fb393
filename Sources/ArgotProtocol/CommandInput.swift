public import JSON
public import JSONRPC

/// The command line a request is about: `argv` (the words a program receives, the program name first) or
/// `line` (a whole shell line, split as a POSIX shell would), or, for `argot/validate` only, `input` (a
/// `--cli-input-json` document for the command named by `service` and `operation`).
public enum CommandInput: Sendable, Hashable {
  /// Words, the first being the program (`["aws", "directconnect", "create-bgp-peer", …]`).
  case argv([String])
  /// A shell line (`aws directconnect create-bgp-peer --new-bgp-peer asn=64600`).
  case line(String)
  /// A `--cli-input-json` document (its text) for a command.
  case input(CommandName, text: String)

  /// Reads `argv` or `line` (and, when `allowsInput`, `input` with `service` and `operation`); exactly one.
  ///
  /// `input` may be the document's text or the document itself (an object, which is then serialized
  /// compactly: diagnostic ranges refer to that text).
  public init(_ params: ParamsObject, allowsInput: Bool) throws(ResponseError) {
    let keys = allowsInput ? ["argv", "line", "input"] : ["argv", "line"]
    switch try params.exactlyOne(of: keys) {
    case "argv":
      self = .argv(try params.strings("argv"))
    case "line":
      self = .line(try params.string("line"))
    default:
      let command = try CommandName(params)
      switch try params.value("input") {
      case .string(let text): self = .input(command, text: text)
      case .object(let object): self = .input(command, text: JSONValue.object(object).serialized(.compact))
      case let other: throw ParamsObject.wrongType("input", expected: "an object or a string", got: other)
      }
    }
  }

  /// Adds the input's members to a params object.
  public func write(to object: inout JSONObject) {
    switch self {
    case .argv(let words):
      object["argv"] = .array(words.map(JSONValue.string))
    case .line(let line):
      object["line"] = .string(line)
    case .input(let command, let text):
      command.write(to: &object)
      object["input"] = .string(text)
    }
  }
}
