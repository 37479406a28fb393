import ArgotProtocol
import ArgotServer
import Completion
import JSON
import JSONRPC
import Testing

/// `argot/complete` answers what the completion engine answers.
@Suite struct CompleteMethodTests {
  let engine = CompletionEngine(catalog: TestCatalogs.embedded(), cacheDirectory: nil)

  @Test(
    arguments: [
      ("aws dir", nil),
      ("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addressFamily=", nil),
      ("aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr --debug", 59),
      ("aws --output ", nil),
    ] as [(String, Int?)]
  )
  func answersWhatTheEngineAnswers(line: String, point: Int?) async throws {
    let session = await TestSession.initialized()
    var params = JSONObject([("line", .string(line))])
    if let point { params["point"] = .integer(Int64(point)) }
    let result = try await session.result("argot/complete", .object(params))
    let expected = CompleteResult(engine.complete(CompletionRequest(line: line, point: point))).jsonValue
    #expect(result == expected)
    #expect(result["items"]?.arrayValue?.isEmpty == false)
  }

  @Test func shorthandKeysWithTheirSpan() async throws {
    let session = await TestSession.initialized()
    let result = try await session.result(
      "argot/complete",
      ["line": "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr"]
    )
    #expect(
      result["items"] == [
        [
          "label": "addressFamily", "insertText": "addressFamily=", "kind": "key", "detail": "enum", "noSpace": true,
        ]
      ]
    )
    #expect(result["replace"] == ["start": 55, "end": 59])
  }

  @Test func badParams() async {
    let session = await TestSession.initialized()
    let outside = await session.error("argot/complete", ["line": "aws ", "point": 9])
    #expect(outside?.code == .invalidParams)
    #expect(outside?.message.contains("point") == true)
    let missing = await session.error("argot/complete", ["point": 1])
    #expect(missing?.code == .invalidParams)
    #expect(missing?.message.contains("line") == true)
  }

  @Test func unknownCommandsGiveAnEmptyList() async throws {
    let session = await TestSession.initialized()
    let result = try await session.result("argot/complete", ["line": "aws nosuchservice x"])
    #expect(result["items"] == [])
  }
}
