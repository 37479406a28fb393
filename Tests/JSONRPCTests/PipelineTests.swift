import JSON
import JSONRPC
import Testing

@Suite struct PipelineTests {
  @Test(arguments: [FramingMode.contentLength, .newlineDelimited])
  func tenThousandPipelinedRequestsAreEachAnsweredOnce(mode: FramingMode) async {
    let count = 10_000
    var input: [UInt8] = []
    for index in 0..<count {
      let id: JSONValue = index % 2 == 0 ? .integer(Int64(index)) : .string("r\(index)")
      input += mode.frame(Array(request(id, "echo", ["n": .integer(Int64(index))]).utf8))
    }
    let server = TestServer()
    let start = ContinuousClock.now
    await server.write(input)
    let replies = await server.waitForReplies(count, timeout: .seconds(60))
    let elapsed = ContinuousClock.now - start
    let all = await server.finish()

    #expect(all.count == count)
    var seen = [Bool](repeating: false, count: count)
    for reply in all {
      guard let n = reply["result"]?["n"]?.integerValue, (0..<Int64(count)).contains(n) else {
        Issue.record("unexpected reply \(reply)")
        continue
      }
      let expectedID: JSONValue = n % 2 == 0 ? .integer(n) : .string("r\(n)")
      #expect(reply["id"] == expectedID)
      #expect(!seen[Int(n)], "answered twice: \(n)")
      seen[Int(n)] = true
    }
    #expect(seen.allSatisfy { $0 })
    #expect(server.replyMode == mode)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(
      "pipeline \(mode): \(replies.count) requests, \(input.count) bytes in \(elapsed),"
        + " \(Int(Double(count) / seconds)) requests/s"
    )
  }
}
