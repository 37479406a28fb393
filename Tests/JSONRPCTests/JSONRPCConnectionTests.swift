import Glibc
import JSON
import JSONRPC
import Testing

@Suite struct JSONRPCConnectionTests {
  @Test func answersInTheClientsFraming() async {
    let headers = TestServer()
    await headers.send(request(1, "echo", ["a": "ü"]))
    #expect(await headers.finish() == [["jsonrpc": "2.0", "id": 1, "result": ["a": "ü"]]])
    #expect(headers.replyMode == .contentLength)

    let lines = TestServer()
    await lines.write("\n  " + request("x", "echo", [1, 2]) + "\r\n")
    #expect(await lines.finish() == [["jsonrpc": "2.0", "id": "x", "result": [1, 2]]])
    #expect(lines.replyMode == .newlineDelimited)
  }

  /// End of input right behind a request: its answer is written before `run` returns, every time (the task took
  /// its entry before answering, and the writer used to be stopped in between).
  @Test func theLastAnswerBeforeEndOfInputIsNeverLost() async {
    for round in 0..<200 {
      let server = TestServer()
      let number = JSONValue.integer(Int64(round))
      await server.write(request(number, "echo", [number]) + "\n")
      let replies = await server.finish()
      #expect(replies == [["jsonrpc": "2.0", "id": number, "result": [number]]])
      if replies.count != 1 { break }
    }
  }

  @Test func deepButAllowedParamsAreEchoed() async {
    let server = TestServer()
    let depth = MessageParser.defaultMaximumNestingDepth - 1
    let params = String(repeating: #"{"a":["#, count: depth / 2) + String(repeating: "]}", count: depth / 2)
    await server.write(#"{"jsonrpc":"2.0","id":1,"method":"echo","params":\#(params)}"# + "\n")
    let replies = await server.finish()
    #expect(replies.count == 1)
    #expect(replies.first?["result"] == (try? JSONValue(parsing: params)))
  }

  @Test func idsComeBackUnchanged() async {
    let server = TestServer()
    let ids: [JSONValue] = [0, -1, .integer(.max), .integer(.min), "", "1", "ü ✓ \"q\""]
    for id in ids { await server.write(request(id, "echo") + "\n") }
    let replies = await server.finish()
    #expect(Set(replies.compactMap { $0["id"] }) == Set(ids))
    #expect(replies.allSatisfy { $0["result"] == .null })
  }

  @Test func errorRepliesHaveTheRightShape() async {
    let server = TestServer()
    await server.write(request(1, "nope") + "\n" + request(2, "fail") + "\n")
    let replies = await server.finish().sorted { ($0["id"]?.integerValue ?? 0) < ($1["id"]?.integerValue ?? 0) }
    #expect(
      replies == [
        ["jsonrpc": "2.0", "id": 1, "error": ["code": -32601, "message": "Method not found: nope"]],
        ["jsonrpc": "2.0", "id": 2, "error": ["code": 1234, "message": "boom", "data": ["why": "asked"]]],
      ]
    )
  }

  @Test func parseErrorReplyShape() async {
    let server = TestServer()
    await server.write("{\"jsonrpc\": \"2.0\", \"method\": \"foobar, \"params\": \"bar\", \"baz]\n")
    let replies = await server.finish()
    #expect(replies.count == 1)
    #expect(replies.first?.objectValue?.keys == ["jsonrpc", "id", "error"])
    #expect(replies.first?["id"] == .null)
    #expect(replies.first?["error"]?.objectValue?.keys == ["code", "message"])
    #expect(replies.first.map(errorCode) == -32700)
  }

  @Test func mixedBatchIsAnsweredWithOneArrayInOrder() async {
    let server = TestServer()
    let batch = """
      [\(request(1, "sleep", ["ms": 50])),{"jsonrpc":"2.0","method":"note","params":[1]},1,\
      {"jsonrpc":"2.0","id":9,"result":0},\(request("b", "echo", ["x": nil])),\(request(3, "nope"))]
      """
    await server.send(batch)
    let replies = await server.finish()
    guard replies.count == 1, let array = replies[0].arrayValue else {
      Issue.record("expected one array, got \(replies)")
      return
    }
    #expect(array.count == 4)
    #expect(array[0] == ["jsonrpc": "2.0", "id": 1, "result": "slept"])
    #expect(array[1]["id"] == .null && errorCode(array[1]) == -32600)
    #expect(array[2] == ["jsonrpc": "2.0", "id": "b", "result": ["x": nil]])
    #expect(array[3]["id"] == 3 && errorCode(array[3]) == -32601)
    #expect(server.handler.notifications.withLock { $0 } == [JSONRPCNotification(method: "note", params: [1])])
  }

  @Test func emptyBatchIsOneError() async {
    let server = TestServer()
    await server.write("[]\n")
    let replies = await server.finish()
    #expect(replies.count == 1)
    #expect(replies.first?["id"] == .null && replies.first.map(errorCode) == -32600)
  }

  @Test func batchOfNotificationsIsNotAnswered() async {
    let server = TestServer()
    await server.write(#"[{"jsonrpc":"2.0","method":"a"},{"jsonrpc":"2.0","method":"b","params":{"k":1}}]"# + "\n")
    await server.write(#"{"jsonrpc":"2.0","method":"c"}"# + "\n")
    let replies = await server.finish()
    #expect(replies.isEmpty)
    #expect(server.handler.notifications.withLock { $0.map(\.method) } == ["a", "b", "c"])
  }

  @Test func answersGoOutWhenReadyNotInOrder() async {
    let server = TestServer()
    await server.write(request(1, "sleep", ["ms": 400]) + "\n" + request(2, "echo") + "\n")
    let first = await server.waitForReplies(1)
    #expect(first.first?["id"] == 2)
    let replies = await server.finish()
    #expect(replies.map { $0["id"] } == [2, 1])
  }

  @Test func cancelRequestAnswersWithRequestCancelled() async {
    let server = TestServer()
    let start = ContinuousClock.now
    await server.write(request("slow", "sleep", ["ms": 60_000]) + "\n")
    try? await Task.sleep(for: .milliseconds(50))
    await server.write(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"slow"}}"# + "\n")
    let replies = await server.waitForReplies(1)
    #expect(replies.first?["id"] == "slow")
    #expect(replies.first.map(errorCode) == Int64(ErrorCode.requestCancelled.rawValue))
    let all = await server.finish()
    #expect(all.count == 1)
    // The handler sleeps 60 s unless cancelled; finishing well before that shows its task was cancelled, not
    // waited for (the bound is loose on purpose: a loaded machine can take seconds to schedule the tasks).
    #expect(ContinuousClock.now - start < .seconds(55))
    #expect(server.handler.cancellations.load(ordering: .relaxed) == 1)
    #expect(server.connection.pendingRequestCount == 0)
  }

  @Test func cancellingAnAnsweredOrUnknownRequestDoesNothing() async {
    let server = TestServer()
    await server.write(request(5, "echo") + "\n")
    _ = await server.waitForReplies(1)
    await server.write(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":5}}"# + "\n")
    await server.write(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"never"}}"# + "\n")
    await server.write(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{}}"# + "\n")
    await server.write(request(6, "echo") + "\n")
    let replies = await server.finish()
    #expect(replies.map { $0["id"] } == [5, 6])
    #expect(replies.allSatisfy { $0["result"] == .null })
    #expect(server.handler.notifications.withLock { $0 }.isEmpty)
  }

  @Test func cancellingOneRequestOfABatch() async {
    let server = TestServer()
    await server.write("[\(request(1, "sleep", ["ms": 60_000])),\(request(2, "sleep", ["ms": 100]))]\n")
    try? await Task.sleep(for: .milliseconds(20))
    await server.write(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":1}}"# + "\n")
    let replies = await server.finish()
    #expect(replies.count == 1)
    let array = replies.first?.arrayValue ?? []
    #expect(array.count == 2)
    #expect(array.first.map(errorCode) == -32800)
    #expect(array.last?["result"] == "slept")
  }

  @Test func duplicateIdWhileRunningIsRefused() async {
    let server = TestServer()
    await server.write(request(1, "sleep", ["ms": 300]) + "\n" + request(1, "echo") + "\n")
    let replies = await server.finish()
    #expect(replies.count == 2)
    #expect(replies.first.map(errorCode) == -32600)
    #expect(replies.last?["result"] == "slept")
  }

  @Test func endOfInputWaitsForRunningRequests() async {
    let server = TestServer()
    await server.write(request(1, "sleep", ["ms": 200]) + "\n")
    #expect(await server.finish() == [["jsonrpc": "2.0", "id": 1, "result": "slept"]])
  }

  @Test func serverCanSendNotifications() async {
    let server = TestServer()
    await server.write(request(1, "echo") + "\n")
    _ = await server.waitForReplies(1)
    server.connection.send(notification: JSONRPCNotification(method: "log", params: ["m": "hi"]))
    let replies = await server.finish()
    #expect(replies.last == ["jsonrpc": "2.0", "method": "log", "params": ["m": "hi"]])
  }

  /// Each `get` sees the `set` just before it, not a later one, though the requests run concurrently.
  @Test func requestsSeeTheNotificationsTakenBeforeThem() async {
    let server = TestServer()
    var text = ""
    for number in 0..<100 {
      text +=
        #"{"jsonrpc":"2.0","method":"set","params":{"n":\#(number)}}"# + "\n" + request(.integer(Int64(number)), "get")
        + "\n"
    }
    await server.write(text)
    let replies = await server.finish()
    #expect(replies.count == 100)
    for reply in replies {
      #expect(reply["result"]?["n"] == reply["id"])
    }
    // Taken by the hook, so not queued for handle(notification:).
    #expect(server.handler.notifications.withLock { $0.isEmpty })
  }

  @Test func overlongContentLengthCostsOnlyTheNextMessage() async {
    let server = TestServer()
    await server.write("Content-Length: 60\r\n\r\n{}")
    await server.send(request("lost", "echo"))
    await server.send(request("kept", "echo"))
    let replies = await server.finish()
    #expect(replies.count == 2)
    #expect(replies.first?["id"] == .null && replies.first.map(errorCode) == -32700)
    #expect(replies.last?["id"] == "kept")
  }

  @Test func shortContentLengthCostsOnlyThatMessage() async {
    let server = TestServer()
    let body = request("short", "echo")
    await server.write("Content-Length: 10\r\n\r\n\(body)")
    await server.send(request("kept", "echo"))
    let replies = await server.finish()
    #expect(replies.count == 2)
    #expect(replies.first?["id"] == .null && replies.first.map(errorCode) == -32700)
    #expect(replies.last?["id"] == "kept")
  }
}
