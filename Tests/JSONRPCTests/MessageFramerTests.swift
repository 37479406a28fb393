import JSONRPC
import Testing

@Suite struct MessageFramerTests {
  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// Feeds `input` one byte at a time, then ends the stream.
  private func feedByteByByte(_ input: [UInt8], _ framer: inout MessageFramer) -> [MessageFramer.Event] {
    var events: [MessageFramer.Event] = []
    for byte in input { events += framer.feed([byte]) }
    return events + framer.finish()
  }

  private func feedWhole(_ input: [UInt8], _ framer: inout MessageFramer) -> [MessageFramer.Event] {
    framer.feed(input) + framer.finish()
  }

  private func messages(_ texts: String...) -> [MessageFramer.Event] {
    texts.map { .message(Array($0.utf8)) }
  }

  @Test func contentLengthOneByteAtATime() {
    let one = #"{"jsonrpc":"2.0","id":1,"method":"a"}"#
    let two = #"{"jsonrpc":"2.0","method":"ü✓"}"#
    let input = bytes(
      "Content-Length: \(one.utf8.count)\r\n\r\n\(one)"
        + "content-length:\(two.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\(two)"
    )
    var framer = MessageFramer()
    #expect(feedByteByByte(input, &framer) == messages(one, two))
    #expect(framer.mode == .contentLength)
  }

  @Test func newlineDelimitedOneByteAtATime() {
    let input = bytes("  \n{\"a\":1}\r\n\n[1,2]\n  \n{\"b\":\"x\\ny\"}")
    var framer = MessageFramer()
    #expect(feedByteByByte(input, &framer) == messages("{\"a\":1}", "[1,2]", "{\"b\":\"x\\ny\"}"))
    #expect(framer.mode == .newlineDelimited)
  }

  @Test func manyMessagesInOneChunk() {
    var framer = MessageFramer()
    let body = #"{"x":[1,2,3]}"#
    let input = String(repeating: "Content-Length: \(body.utf8.count)\r\n\r\n\(body)", count: 50)
    let events = feedWhole(bytes(input), &framer)
    #expect(events == Array(repeating: .message(bytes(body)), count: 50))

    var lines = MessageFramer()
    let lineEvents = feedWhole(bytes(String(repeating: body + "\n", count: 50)), &lines)
    #expect(lineEvents == Array(repeating: .message(bytes(body)), count: 50))
  }

  @Test func chunksSplitAnywhere() {
    let body = #"{"jsonrpc":"2.0","id":"é","method":"echo","params":[1,2,3]}"#
    let input = bytes(String(repeating: "Content-Length: \(body.utf8.count)\r\n\r\n\(body)", count: 3))
    for split in 1..<input.count {
      var framer = MessageFramer()
      let events = framer.feed(Array(input[..<split])) + framer.feed(Array(input[split...])) + framer.finish()
      #expect(events == Array(repeating: .message(bytes(body)), count: 3), "split at \(split)")
    }
  }

  @Test func bareNewlinesAndExtraBlankLinesInHeaders() {
    var framer = MessageFramer()
    let events = feedByteByByte(
      bytes("\r\n\r\nContent-Length: 2\n\n{}\r\n\r\nContent-Length:   3  \r\n\r\n[1]"),
      &framer
    )
    #expect(events == messages("{}", "[1]"))
  }

  @Test func emptyBodyIsAMessage() {
    var framer = MessageFramer()
    #expect(feedWhole(bytes("Content-Length: 0\r\n\r\nContent-Length: 2\r\n\r\n{}"), &framer) == messages("", "{}"))
  }

  @Test(arguments: [
    ("Content-Type: application/json\r\n\r\n{}", FramingError.missingContentLength),
    ("Content-Length: abc\r\n\r\n{}", .invalidContentLength("abc")),
    ("Content-Length: -5\r\n\r\n{}", .invalidContentLength("-5")),
    ("Content-Length: \r\n\r\n{}", .invalidContentLength("")),
    ("Content-Length: 99999999999999999999\r\n\r\n{}", .invalidContentLength("99999999999999999999")),
    ("Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", .invalidContentLength("3")),
    ("hello there\r\n\r\n", .missingContentLength),
  ])
  func badHeaderBlockIsReportedAndSkipped(bad: String, error: FramingError) {
    let good = #"{"ok":true}"#
    let input = bytes("\(bad)Content-Length: \(good.utf8.count)\r\n\r\n\(good)")
    var whole = MessageFramer()
    #expect(feedWhole(input, &whole) == [.error(error), .message(bytes(good))])
    var byteWise = MessageFramer()
    #expect(feedByteByByte(input, &byteWise) == [.error(error), .message(bytes(good))])
  }

  @Test func resynchronisesOnAnyCaseOfContentLength() {
    var framer = MessageFramer()
    let input = bytes("X: 1\r\n\r\n{\"lost\":1}cOnTeNt-LeNgTh: 2\r\n\r\n{}")
    #expect(feedByteByByte(input, &framer) == [.error(.missingContentLength), .message(bytes("{}"))])
  }

  @Test func leftoversOfAShortBodyCostOnlyThatBody() {
    var framer = MessageFramer()
    let input = bytes("Content-Length: 3\r\n\r\n{\"a\":\"b:c\"}Content-Length: 2\r\n\r\n{}")
    #expect(feedByteByByte(input, &framer) == messages("{\"a", "{}"))
  }

  @Test func binaryGarbageWithoutNewlinesIsBounded() {
    var framer = MessageFramer()
    var garbage: [UInt8] = []
    for index in 0..<100_000 { garbage.append(UInt8(truncatingIfNeeded: index &* 7919 | 0x80)) }
    let events = framer.feed(garbage) + framer.feed(bytes("\nContent-Length: 2\r\n\r\n{}")) + framer.finish()
    #expect(events == [.error(.headerTooLong(limit: MessageFramer.maximumHeaderLineLength)), .message(bytes("{}"))])
  }

  @Test func oversizedContentLengthIsSkippedNotBuffered() {
    var framer = MessageFramer(maximumMessageSize: 10)
    let big = String(repeating: "x", count: 25)
    let input = bytes("Content-Length: 25\r\n\r\n\(big)Content-Length: 2\r\n\r\n{}")
    #expect(feedByteByByte(input, &framer) == [.error(.messageTooLarge(size: 25, limit: 10)), .message(bytes("{}"))])
  }

  @Test func oversizedLineIsSkippedNotBuffered() {
    let big = "[" + String(repeating: "1,", count: 20) + "1]"
    var whole = MessageFramer(maximumMessageSize: 10)
    #expect(
      feedWhole(bytes("\(big)\n{}\n"), &whole) == [
        .error(.messageTooLarge(size: big.utf8.count, limit: 10)), .message(bytes("{}")),
      ]
    )
    var byteWise = MessageFramer(maximumMessageSize: 10)
    #expect(
      feedByteByByte(bytes("\(big)\n{}\n"), &byteWise) == [
        .error(.messageTooLarge(size: nil, limit: 10)), .message(bytes("{}")),
      ]
    )
  }

  @Test func messageAtTheLimitIsKept() {
    var framer = MessageFramer(maximumMessageSize: 2)
    #expect(feedWhole(bytes("Content-Length: 2\r\n\r\n{}"), &framer) == messages("{}"))
    var lines = MessageFramer(maximumMessageSize: 2)
    #expect(feedByteByByte(bytes("{}\n[]"), &lines) == messages("{}", "[]"))
  }

  @Test func truncatedInput() {
    var body = MessageFramer()
    #expect(
      feedWhole(bytes("Content-Length: 10\r\n\r\n{\"a\""), &body) == [
        .error(.truncatedMessage(expected: 10, received: 4))
      ]
    )
    var header = MessageFramer()
    #expect(
      feedWhole(bytes("Content-Length: 10\r\n"), &header) == [.error(.truncatedMessage(expected: nil, received: 20))]
    )
    var line = MessageFramer()
    #expect(feedWhole(bytes("{\"a\":"), &line) == messages("{\"a\":"))
    var nothing = MessageFramer()
    #expect(feedWhole(bytes(" \r\n\t"), &nothing).isEmpty)
    #expect(nothing.mode == nil)
  }

  @Test func givenModeIsNotDetected() {
    var framer = MessageFramer(mode: .contentLength)
    #expect(
      feedWhole(bytes("{}\r\n\r\nContent-Length: 2\r\n\r\n[]"), &framer) == [
        .error(.missingContentLength), .message(bytes("[]")),
      ]
    )
  }

  @Test func framingModeWritesFrames() {
    #expect(FramingMode.contentLength.frame(bytes("{}")) == bytes("Content-Length: 2\r\n\r\n{}"))
    #expect(FramingMode.newlineDelimited.frame(bytes("{}")) == bytes("{}\n"))
    #expect(FramingMode(firstByte: UInt8(ascii: "[")) == .newlineDelimited)
    #expect(FramingMode(firstByte: UInt8(ascii: "C")) == .contentLength)
  }
}
