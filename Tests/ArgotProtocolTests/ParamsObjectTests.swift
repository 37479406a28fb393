import ArgotProtocol
import JSON
import JSONRPC
import Testing

@Suite struct ParamsObjectTests {
  /// A bad `params` and the message and field its -32602 error must name.
  struct Case: Sendable, CustomTestStringConvertible {
    var method: String
    var params: JSONValue?
    var message: String
    var field: String?

    var testDescription: String { "\(method) \(params?.serialized() ?? "(none)")" }
  }

  static let command: [(String, JSONValue)] = [("service", "directconnect"), ("operation", "create-bgp-peer")]

  static func with(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(command + members))
  }

  static let cases: [Case] = [
    Case(method: "argot/schema", params: [1, 2], message: "params must be an object with named members, got array"),
    Case(method: "argot/schema", params: nil, message: "missing \"service\"", field: "service"),
    Case(
      method: "argot/schema",
      params: ["service": 7],
      message: "\"service\" must be a string, got integer",
      field: "service"
    ),
    Case(
      method: "argot/schema",
      params: ["service": "directconnect"],
      message: "missing \"operation\"",
      field: "operation"
    ),
    Case(
      method: "argot/schema",
      params: with([("format", "yaml")]),
      message: "\"format\" must be one of \"argot\", \"json-schema\", got \"yaml\"",
      field: "format"
    ),
    Case(
      method: "argot/schema",
      params: with([("globalOptions", "no")]),
      message: "\"globalOptions\" must be a boolean, got string",
      field: "globalOptions"
    ),
    Case(
      method: "argot/doc",
      params: with([("width", 5)]),
      message: "\"width\" must be between 40 and 1000, got 5",
      field: "width"
    ),
    Case(
      method: "argot/doc",
      params: with([("width", 80.5)]),
      message: "\"width\" must be an integer, got number",
      field: "width"
    ),
    Case(method: "argot/operations", params: ["service": nil], message: "missing \"service\"", field: "service"),
    Case(method: "argot/parse", params: [:], message: "give \"argv\" or \"line\"", field: "argv"),
    Case(
      method: "argot/parse",
      params: ["argv": ["aws"], "line": "aws"],
      message: "give only one of \"argv\" or \"line\"",
      field: "line"
    ),
    Case(
      method: "argot/parse",
      params: ["argv": "aws s3"],
      message: "\"argv\" must be an array of strings, got string",
      field: "argv"
    ),
    Case(
      method: "argot/parse",
      params: ["argv": ["aws", true]],
      message: "\"argv[1]\" must be a string, got boolean",
      field: "argv"
    ),
    Case(
      method: "argot/parse",
      params: ["line": "aws", "partial": 1],
      message: "\"partial\" must be a boolean, got integer",
      field: "partial"
    ),
    Case(method: "argot/validate", params: ["input": [:]], message: "missing \"service\"", field: "service"),
    Case(
      method: "argot/validate",
      params: with([("input", 3)]),
      message: "\"input\" must be an object or a string, got integer",
      field: "input"
    ),
    Case(
      method: "argot/validate",
      params: ["input": "{}", "line": "aws"],
      message: "give only one of \"argv\" or \"line\" or \"input\"",
      field: "input"
    ),
    Case(
      method: "argot/shorthand",
      params: with([("option", "--new-bgp-peer")]),
      message: "missing \"text\"",
      field: "text"
    ),
    Case(
      method: "argot/shorthand",
      params: with([("option", "--tags"), ("text", [])]),
      message: "\"text\" must hold at least one word",
      field: "text"
    ),
    Case(
      method: "argot/shorthand",
      params: with([("option", "--tags"), ("text", ["a", 1])]),
      message: "\"text[1]\" must be a string, got integer",
      field: "text"
    ),
    Case(
      method: "argot/shorthand",
      params: with([("option", "--tags"), ("text", ["k": "v"])]),
      message: "\"text\" must be a string or an array of strings, got object",
      field: "text"
    ),
    Case(method: "argot/shorthand", params: with([("text", "x")]), message: "missing \"option\"", field: "option"),
    Case(method: "argot/format", params: with([("option", "--tags")]), message: "missing \"value\"", field: "value"),
    Case(
      method: "argot/format",
      params: with([("option", "--tags"), ("value", nil)]),
      message: "missing \"value\"",
      field: "value"
    ),
    Case(
      method: "argot/skeleton",
      params: with([("kind", "xml")]),
      message: "\"kind\" must be one of \"input\", \"yaml-input\", \"output\", got \"xml\"",
      field: "kind"
    ),
    Case(
      method: "argot/skeleton",
      params: with([("prefill", "{}")]),
      message: "\"prefill\" must be an object, got string",
      field: "prefill"
    ),
    Case(
      method: "initialize",
      params: ["clientInfo": "me"],
      message: "\"clientInfo\" must be an object, got string",
      field: "clientInfo"
    ),
    Case(
      method: "initialize",
      params: ["clientInfo": ["name": 1]],
      message: "\"clientInfo.name\" must be a string, got integer",
      field: "clientInfo.name"
    ),
    Case(method: "shutdown", params: ["x"], message: "params must be an object with named members, got array"),
    Case(method: "argot/complete", params: ["point": 1], message: "missing \"line\"", field: "line"),
    Case(
      method: "argot/complete",
      params: ["line": "aws é", "point": 6],
      message: "\"point\" must be between 0 and 5, got 6",
      field: "point"
    ),
    Case(
      method: "argot/complete",
      params: ["line": "aws", "point": "1"],
      message: "\"point\" must be an integer, got string",
      field: "point"
    ),
  ]

  @Test(arguments: cases)
  func badParamsNameTheField(_ testCase: Case) throws {
    let type = try #require(ArgotMethods.requests.first { $0.method == testCase.method })
    do {
      _ = try type.init(params: testCase.params)
      Issue.record("accepted \(testCase.params?.serialized() ?? "nil")")
    } catch {
      #expect(error.code == .invalidParams)
      #expect(error.message == "Invalid params: " + testCase.message)
      #expect(error.data?["field"]?.stringValue == testCase.field)
    }
  }

  @Test func absentAndNullParamsAreEmpty() throws {
    #expect(try ServicesRequest(params: nil) == ServicesRequest())
    #expect(try ServicesRequest(params: .null) == ServicesRequest())
    #expect(try InitializeRequest(params: ["processId": 12, "capabilities": [:]]) == InitializeRequest())
  }

  @Test func unknownMembersAreIgnored() throws {
    let request = try SchemaRequest(params: ParamsObjectTests.with([("future", true)]))
    #expect(request == SchemaRequest(command: CommandName(service: "directconnect", operation: "create-bgp-peer")))
  }
}
