import JSON
import JSONRPC
import Testing

@Suite struct MessageParserTests {
  private let parser = MessageParser()

  private func parse(_ text: String) -> MessageParser.Output { parser.parse(Array(text.utf8)) }

  private func failureCode(_ output: MessageParser.Output) -> ErrorCode? {
    if case .failure(let error) = output { return error.code }
    return nil
  }

  @Test func nestingBombsAreRefusedBeforeParsing() {
    for depth in [513, 2_047, 2_049, 100_000, 1_000_000] {
      let bomb = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
      #expect(failureCode(parse(bomb)) == .parseError, "depth \(depth)")
      let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
      #expect(failureCode(parse(objects)) == .parseError, "depth \(depth)")
    }
    let unclosed = String(repeating: "[", count: 1_000_000)
    #expect(parse(unclosed) == .failure(FramingError.nestingTooDeep(limit: 512).responseError))
  }

  @Test func nestingAtTheLimitIsParsed() {
    let params = String(repeating: "[", count: 511) + String(repeating: "]", count: 511)
    let text = #"{"jsonrpc":"2.0","id":1,"method":"m","params":\#(params)}"#
    guard case .single(.success(.request(let request))) = parse(text) else {
      Issue.record("not parsed")
      return
    }
    var depth = 0
    var value = request.params
    while case .array(let elements)? = value {
      depth += 1
      value = elements.first
    }
    #expect(depth == 511)
  }

  @Test func bracketsInStringsDoNotCount() {
    let text = #"{"jsonrpc":"2.0","method":"m","params":["\#(String(repeating: "[{", count: 2_000))\"\\"]}"#
    guard case .single(.success(.notification(let note))) = parse(text) else {
      Issue.record("not parsed")
      return
    }
    #expect(note.params?.arrayValue?.first?.stringValue?.count == 4_002)
  }

  @Test func invalidUTF8AndBinary() {
    let cases: [[UInt8]] = [
      Array(#"{"jsonrpc":"2.0","id":1,"method":"#.utf8) + [0x22, 0xFF, 0xFE, 0x22, 0x7D],
      [0x7B, 0xC0, 0xAF, 0x7D],
      Array(#"{"jsonrpc":"2.0","id":1,"method":"\ud800"}"#.utf8),
      [0x00, 0x01, 0x02, 0x03],
    ]
    for bytes in cases {
      #expect(failureCode(parser.parse(bytes)) == .parseError, "\(bytes)")
    }
    // An escaped NUL is valid JSON: the message parses (and its method is simply unknown).
    #expect(failureCode(parser.parse(Array(#"{"jsonrpc":"2.0","id":1,"method":"a\u0000b"}"#.utf8))) == nil)
  }

  @Test func hugeIntegerIdIsAParseError() {
    let output = parse(#"{"jsonrpc":"2.0","id":99999999999999999999999,"method":"m"}"#)
    #expect(failureCode(output) == .parseError)
    let limit = parse(#"{"jsonrpc":"2.0","id":9223372036854775807,"method":"m"}"#)
    #expect(limit == .single(.success(.request(JSONRPCRequest(method: "m", id: .integer(.max))))))
  }

  @Test func truncatedAndMalformed() {
    for text in [#"{"jsonrpc":"2.0","id":1,"method":"#, "{", "", "nul", #"{"a":1}{"b":2}"#, "42", #""str""#] {
      #expect(failureCode(parse(text)) == .parseError, "\(text)")
    }
  }

  @Test func batches() {
    #expect(parse("[]") == .failure(.invalidRequest("empty batch")))
    guard
      case .batch(let elements) = parse(#"[{"jsonrpc":"2.0","id":1,"method":"a"},1,{"jsonrpc":"2.0","method":"n"}]"#)
    else {
      Issue.record("not a batch")
      return
    }
    #expect(elements.count == 3)
    #expect(elements[0] == .success(.request(JSONRPCRequest(method: "a", id: 1))))
    #expect(elements[2] == .success(.notification(JSONRPCNotification(method: "n"))))
    guard case .failure(let error) = elements[1] else { return }
    #expect(error.kind == .unknown && error.id == nil && error.error.code == .invalidRequest)
  }
}
