import Glibc
import JSON
import NativeThreads
import Synchronization
import Testing

@testable import JSONRPC

/// A handler for tests: `echo` returns its params, `sleep` waits `params.ms` milliseconds (noticing
/// cancellation), `fail` returns an error with data, `get` the params of the last `set` notification before it, anything
/// else is `methodNotFound`. Notifications are recorded.
final class EchoHandler: MessageHandler {
  let notifications = Mutex<[JSONRPCNotification]>([])
  let cancellations = Atomic<Int>(0)

  func handle(request: JSONRPCRequest) async -> Result<JSONValue, ResponseError> {
    switch request.method {
    case "echo":
      return .success(request.params ?? .null)
    case "sleep":
      let milliseconds = request.params?["ms"]?.integerValue ?? 0
      do {
        try await Task.sleep(for: .milliseconds(milliseconds))
      } catch {
        cancellations.add(1, ordering: .relaxed)
        return .success("woken")
      }
      return .success("slept")
    case "fail":
      return .failure(ResponseError(code: 1234, message: "boom", data: ["why": "asked"]))
    case "get":
      return .success(seen.withLock { $0.removeValue(forKey: request.id) } ?? .null)
    default:
      return .failure(.methodNotFound(request.method))
    }
  }

  func handle(notification: JSONRPCNotification) async {
    notifications.withLock { $0.append(notification) }
  }

  /// The params of the last `set` notification, which is taken before the next message; each `get` request
  /// notes them when it arrives (`willHandle`) and returns them.
  let lastSet = Mutex<JSONValue>(.null)
  let seen = Mutex<[RequestID: JSONValue]>([:])

  func handleBeforeNextMessage(_ notification: JSONRPCNotification) -> Bool {
    guard notification.method == "set" else { return false }
    lastSet.withLock { $0 = notification.params ?? .null }
    return true
  }

  func willHandle(request: JSONRPCRequest) {
    guard request.method == "get" else { return }
    let value = lastSet.withLock { $0 }
    seen.withLock { $0[request.id] = value }
  }
}

/// A `JSONRPCConnection` running over two real pipes, with a client end that writes raw bytes and collects
/// the replies (framed by `MessageFramer`, parsed by `JSONValue`) on a thread of its own.
final class TestServer: Sendable {
  let handler: EchoHandler
  let connection: JSONRPCConnection
  private let clientWrite: Int32
  private let clientRead: Int32
  private let serverWrite: Int32
  private let serverRead: Int32
  private let received = Mutex<(replies: [JSONValue], raw: [UInt8], mode: FramingMode?, ended: Bool)>(
    ([], [], nil, false)
  )
  private let running: Task<Void, Never>

  init(configuration: JSONRPCConnection.Configuration = .init(), handler: EchoHandler = EchoHandler()) {
    StandardStreams.ignoreBrokenPipe()
    var toServer: [Int32] = [0, 0]
    var fromServer: [Int32] = [0, 0]
    precondition(pipe(&toServer) == 0 && pipe(&fromServer) == 0)
    (serverRead, clientWrite) = (toServer[0], toServer[1])
    (clientRead, serverWrite) = (fromServer[0], fromServer[1])
    self.handler = handler
    let connection = JSONRPCConnection(input: serverRead, output: serverWrite, configuration: configuration)
    self.connection = connection
    running = Task { await connection.run(handler: handler) }
    NativeThread.detach { [self] in collectReplies() }
  }

  /// Writes bytes to the server's input, from a thread of its own: a blocking `write` on the cooperative
  /// pool could starve the task that runs the server.
  func write(_ bytes: [UInt8]) async {
    await withCheckedContinuation { continuation in
      NativeThread.detach { [clientWrite] in
        bytes.withUnsafeBytes { buffer in
          var offset = 0
          while offset < buffer.count {
            let written = Glibc.write(clientWrite, buffer.baseAddress! + offset, buffer.count - offset)
            precondition(written > 0 || errno == EINTR)
            if written > 0 { offset += written }
          }
        }
        continuation.resume()
      }
    }
  }

  func write(_ text: String) async { await write(Array(text.utf8)) }

  /// Writes one message with a Content-Length header.
  func send(_ body: String) async { await write("Content-Length: \(body.utf8.count)\r\n\r\n\(body)") }

  /// The replies so far.
  var replies: [JSONValue] { received.withLock { $0.replies } }

  /// The framing the server answered in, once it has answered.
  var replyMode: FramingMode? { received.withLock { $0.mode } }

  /// Waits until at least `count` replies arrived (or `timeout` passed: a bound for a hung server, generous so
  /// that a machine loaded by other work never trips it), and returns them all.
  func waitForReplies(_ count: Int, timeout: Duration = .seconds(120)) async -> [JSONValue] {
    let deadline = ContinuousClock.now + timeout
    while true {
      let replies = self.replies
      if replies.count >= count { return replies }
      if ContinuousClock.now > deadline {
        Issue.record("timed out with \(replies.count) of \(count) replies")
        return replies
      }
      try? await Task.sleep(for: .milliseconds(2))
    }
  }

  /// Closes the server's input, waits for `run` to return and the output to end, and returns every reply.
  func finish() async -> [JSONValue] {
    close(clientWrite)
    await running.value
    close(serverWrite)
    let deadline = ContinuousClock.now + .seconds(120)
    while !received.withLock({ $0.ended }) && ContinuousClock.now < deadline {
      try? await Task.sleep(for: .milliseconds(2))
    }
    close(serverRead)
    return replies
  }

  private func collectReplies() {
    var framer = MessageFramer(maximumMessageSize: Int.max)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(clientRead, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      let events = framer.feed(Array(chunk[..<count]))
      let values = events.map { event -> JSONValue in
        guard case .message(let body) = event, let value = try? JSONValue(parsing: body) else {
          return ["unframed": .string("\(event)")]
        }
        return value
      }
      received.withLock { state in
        state.raw += chunk[..<count]
        state.replies += values
        state.mode = framer.mode
      }
    }
    close(clientRead)
    received.withLock { $0.ended = true }
  }
}

/// Builds a request's text.
func request(_ id: JSONValue, _ method: String, _ params: JSONValue? = nil) -> String {
  JSONRPCMessage.request(JSONRPCRequest(method: method, params: params, id: RequestID(id)!)).jsonValue.serialized()
}

/// The error code of a reply, if it is an error.
func errorCode(_ reply: JSONValue) -> Int64? { reply["error"]?["code"]?.integerValue }
