import JSON
import JSONRPC
import Testing

/// One bad input, and the replies it must get, each reduced to `{"id": …, "code": …}` (arrays for batches).
struct BadInput: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  var expected: [JSONValue]
  var testDescription: String { name }

  init(_ name: String, _ bytes: [UInt8], _ expected: [JSONValue]) {
    self.name = name
    self.bytes = bytes
    self.expected = expected
  }

  init(_ name: String, _ text: String, _ expected: [JSONValue]) {
    self.init(name, Array(text.utf8), expected)
  }
}

private func error(_ code: Int64, _ id: JSONValue = nil) -> JSONValue { ["id": id, "code": .integer(code)] }

private let highBytes: [UInt8] = (0..<20_000).map { UInt8(truncatingIfNeeded: 0x80 | ($0 &* 31)) }
private let bomb = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
private let objectBomb = String(repeating: #"{"a":"#, count: 3_000) + "1" + String(repeating: "}", count: 3_000)
private let hugeID = #"{"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"echo"}"#
private let badUTF8 =
  Array(#"{"jsonrpc":"2.0","id":1,"method":"echo","params":[""#.utf8) + [0xC3, 0x28, 0xFF] + Array(#""]}"#.utf8)

private func framed(_ body: String) -> String { "Content-Length: \(body.utf8.count)\r\n\r\n\(body)" }
private func framed(_ body: [UInt8]) -> [UInt8] { Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body }

private let headerCases: [BadInput] = [
  BadInput("invalid Content-Length", "Content-Length: abc\r\n\r\n{}", [error(-32700)]),
  BadInput("missing Content-Length", "Content-Type: application/json\r\n\r\n{}", [error(-32700)]),
  BadInput("oversized", framed(String(repeating: " ", count: 400_000) + "{}"), [error(-32600)]),
  BadInput("truncated JSON", framed(#"{"jsonrpc":"2.0","id":1,"method""#), [error(-32700)]),
  BadInput("invalid UTF-8", framed(badUTF8), [error(-32700)]),
  BadInput("binary garbage", highBytes, [error(-32700)]),
  BadInput("binary body", framed(Array(highBytes[..<500])), [error(-32700)]),
  BadInput("nesting bomb", framed(bomb), [error(-32700)]),
  BadInput("object nesting bomb", framed(objectBomb), [error(-32700)]),
  BadInput("huge id", framed(hugeID), [error(-32700)]),
  BadInput("empty batch", framed("[]"), [error(-32600)]),
  BadInput("batch of scalars", framed("[1,2,3]"), [[error(-32600), error(-32600), error(-32600)]]),
  BadInput("wrong version", framed(#"{"jsonrpc":"1.0","id":1,"method":"echo"}"#), [error(-32600, 1)]),
  BadInput("method not a string", framed(#"{"jsonrpc":"2.0","id":5,"method":7}"#), [error(-32600, 5)]),
  BadInput(
    "params a string",
    framed(#"{"jsonrpc":"2.0","id":"p","method":"echo","params":"x"}"#),
    [error(-32600, "p")]
  ),
  BadInput("stray response", framed(#"{"jsonrpc":"2.0","id":9,"result":1}"#), []),
  BadInput("scalar", framed("42"), [error(-32700)]),
  BadInput("empty body", framed(""), [error(-32700)]),
]

private let lineCases: [BadInput] = [
  BadInput("truncated JSON", #"{"jsonrpc":"2.0","id":1,"method":"echo""# + "\n", [error(-32700)]),
  BadInput("binary line", highBytes + [0x0A], [error(-32700)]),
  BadInput("NUL bytes", [0x00, 0x00, 0x7B, 0x0A], [error(-32700)]),
  BadInput("invalid UTF-8", badUTF8 + [0x0A], [error(-32700)]),
  BadInput("oversized", "[" + String(repeating: "1,", count: 200_000) + "1]\n", [error(-32600)]),
  BadInput("nesting bomb", bomb + "\n", [error(-32700)]),
  BadInput("huge id", hugeID + "\n", [error(-32700)]),
  BadInput("empty batch", "[]\n", [error(-32600)]),
  BadInput("batch of scalars", "[1,2,3]\n", [[error(-32600), error(-32600), error(-32600)]]),
  BadInput("scalar", "42\n", [error(-32700)]),
  BadInput("spec example", #"{"jsonrpc":"2.0","method":1,"params":"bar"}"# + "\n", [error(-32600)]),
  BadInput("null id", #"{"jsonrpc":"2.0","id":null,"method":"echo"}"# + "\n", [error(-32600)]),
  BadInput("blank lines", "\n\r\n   \n", []),
  BadInput("two on one line", "{}{}\n", [error(-32700)]),
]

/// Reduces replies to the `{"id", "code"}` of each error, dropping the good ones.
private func errorShapes(_ replies: [JSONValue]) -> [JSONValue] {
  func shape(_ reply: JSONValue) -> JSONValue {
    if let array = reply.arrayValue { return .array(array.map(shape)) }
    return ["id": reply["id"] ?? "missing", "code": reply["error"]?["code"] ?? "missing"]
  }
  return replies.filter { $0["id"] != "first" && $0["id"] != "good" }.map(shape)
}

@Suite struct BadInputTests {
  private let configuration = JSONRPCConnection.Configuration(maximumMessageSize: 300_000)

  @Test(arguments: headerCases)
  func connectionSurvivesWithHeaders(_ input: BadInput) async {
    let server = TestServer(configuration: configuration)
    await server.send(request("first", "echo"))
    await server.write(input.bytes)
    await server.send(request("good", "echo", ["still": true]))
    let replies = await server.finish()
    #expect(errorShapes(replies) == input.expected)
    #expect(replies.filter { $0["id"] == "first" }.count == 1)
    #expect(replies.filter { $0["id"] == "good" } == [["jsonrpc": "2.0", "id": "good", "result": ["still": true]]])
    #expect(server.replyMode == .contentLength)
  }

  @Test(arguments: lineCases)
  func connectionSurvivesWithLines(_ input: BadInput) async {
    let server = TestServer(configuration: configuration)
    await server.write(request("first", "echo") + "\n")
    await server.write(input.bytes)
    await server.write(request("good", "echo", ["still": true]) + "\n")
    let replies = await server.finish()
    #expect(errorShapes(replies) == input.expected)
    #expect(replies.filter { $0["id"] == "first" }.count == 1)
    #expect(replies.filter { $0["id"] == "good" } == [["jsonrpc": "2.0", "id": "good", "result": ["still": true]]])
    #expect(server.replyMode == .newlineDelimited)
  }

  @Test func truncatedAtEndOfInputIsAnswered() async {
    let server = TestServer()
    await server.write("Content-Length: 100\r\n\r\n{\"jsonrpc\"")
    let replies = await server.finish()
    #expect(errorShapes(replies) == [error(-32700)])
  }
}
