import Glibc
import JSON
import NativeThreads
import Synchronization
import Testing

@testable import JSONRPC

/// Set once a background write is done.
private final class DoneFlag: Sendable {
  private let value = Atomic<Bool>(false)
  func set() { value.store(true, ordering: .releasing) }
  var isSet: Bool { value.load(ordering: .acquiring) }
}

/// A connection over raw pipes whose client end the test drives by hand: it may stop reading, or go away.
private final class RawClient: Sendable {
  let connection: JSONRPCConnection
  let handler = EchoHandler()
  let toServer: Int32
  let fromServer: Int32
  private let serverRead: Int32
  private let serverWrite: Int32
  let running: Task<Void, Never>

  init(configuration: JSONRPCConnection.Configuration) {
    StandardStreams.ignoreBrokenPipe()
    var input: [Int32] = [0, 0]
    var output: [Int32] = [0, 0]
    precondition(pipe(&input) == 0 && pipe(&output) == 0)
    (serverRead, toServer) = (input[0], input[1])
    (fromServer, serverWrite) = (output[0], output[1])
    let connection = JSONRPCConnection(input: serverRead, output: serverWrite, configuration: configuration)
    self.connection = connection
    let handler = self.handler
    running = Task { await connection.run(handler: handler) }
  }

  /// Writes `bytes` from a thread of its own (the write blocks while the server does not read); `done` is set
  /// once all are written.
  func writeInBackground(_ bytes: [UInt8], done: DoneFlag) {
    NativeThread.detach { [toServer] in
      bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let written = Glibc.write(toServer, buffer.baseAddress! + offset, buffer.count - offset)
          if written > 0 { offset += written } else if errno != EINTR { return }
        }
      }
      done.set()
    }
  }

  /// Reads until the output ends, then counts the answers.
  func readAll() -> Int {
    var framer = MessageFramer(maximumMessageSize: Int.max)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var count = 0
    while true {
      let got = chunk.withUnsafeMutableBytes { Glibc.read(fromServer, $0.baseAddress, $0.count) }
      if got < 0 && errno == EINTR { continue }
      if got <= 0 { break }
      count += framer.feed(Array(chunk[..<got])).count
    }
    return count
  }

  func closeServerEnds() {
    close(serverRead)
    close(serverWrite)
  }
}

@Suite struct BackpressureTests {
  /// A client that stops reading: the server stops reading too once its output budget is spent, holds a bounded
  /// amount, and answers every request once the client reads again.
  @Test func aClientThatStopsReadingGetsBackpressureAndLosesNothing() async {
    let client = RawClient(configuration: .init(outputBudget: 16 << 10, maximumPendingRequests: 8))
    let padding = String(repeating: "x", count: 4_000)
    var text = ""
    let count = 2_000
    for number in 0..<count {
      text += request(.integer(Int64(number)), "echo", ["pad": .string(padding)]) + "\n"
    }
    let allWritten = DoneFlag()
    client.writeInBackground(Array(text.utf8), done: allWritten)
    try? await Task.sleep(for: .seconds(1))
    // 8 MB of answers: far more than the pipes hold, so without backpressure the server would buffer them.
    #expect(!allWritten.isSet)
    #expect(client.connection.unwrittenByteCount < (16 << 10) + 8 * 4_200 + (64 << 10))
    #expect(client.connection.pendingRequestCount <= 8)
    // Read everything (the output ends once the server has stopped and its ends are closed).
    let reading = Task {
      await withCheckedContinuation { continuation in
        NativeThread.detach { continuation.resume(returning: client.readAll()) }
      }
    }
    while !allWritten.isSet { try? await Task.sleep(for: .milliseconds(5)) }
    close(client.toServer)
    await client.running.value
    client.closeServerEnds()
    let answers = await reading.value
    #expect(answers == count)
  }

  /// End of input with the client gone (its end of the output closed): running requests are cancelled rather
  /// than finished for nobody, and `run` returns at once.
  @Test func endOfInputWithTheClientGoneCancelsRunningRequests() async {
    let client = RawClient(configuration: .init())
    let written = DoneFlag()
    client.writeInBackground(Array((request(1, "sleep", ["ms": 60_000]) + "\n").utf8), done: written)
    while client.connection.pendingRequestCount == 0 { try? await Task.sleep(for: .milliseconds(5)) }
    close(client.fromServer)
    close(client.toServer)
    let started = ContinuousClock.now
    await client.running.value
    #expect(ContinuousClock.now - started < .seconds(30))
    #expect(client.handler.cancellations.load(ordering: .relaxed) == 1)
    client.closeServerEnds()
  }
}
