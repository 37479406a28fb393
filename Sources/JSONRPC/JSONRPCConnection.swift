internal import Glibc
internal import JSON
internal import NativeThreads
internal import Synchronization

/// A JSON-RPC 2.0 connection over a pair of file descriptors, such as standard input and output.
///
/// `run(handler:)` reads on a dedicated thread, frames (see `MessageFramer`), parses (see `MessageParser`)
/// and dispatches: each request to its own task, notifications in order on one task (or, when the handler takes
/// them in `handleBeforeNextMessage`, on the reading thread before the next message). Answers are written
/// by a dedicated thread as soon as they are ready, each exactly once, in the framing the client uses.
/// Anything malformed is answered with an error (with a null id when the id cannot be read) and the
/// connection carries on. Batches are answered with one array, in the order of their elements.
///
/// The connection does not close its descriptors.
public final class JSONRPCConnection: Sendable {
  /// Limits and sizes.
  public struct Configuration: Sendable, Hashable {
    /// The largest message accepted, in bytes; larger ones are skipped and answered with an error.
    public var maximumMessageSize: Int
    /// The deepest nesting of objects and arrays accepted.
    public var maximumNestingDepth: Int
    /// How many bytes to ask `read` for at a time.
    public var readSize: Int
    /// The output's byte budget: while more than this many bytes of answers wait to be written (the client is
    /// not reading), no new input is read. Answers to requests already read are kept, so nothing is lost.
    public var outputBudget: Int
    /// The most requests read but not yet answered; while this many are pending no new input is read (their
    /// answers count against `outputBudget` only once they exist).
    public var maximumPendingRequests: Int

    /// Creates a configuration.
    public init(
      maximumMessageSize: Int = MessageFramer.defaultMaximumMessageSize,
      maximumNestingDepth: Int = MessageParser.defaultMaximumNestingDepth,
      readSize: Int = 64 << 10,
      outputBudget: Int = 4 << 20,
      maximumPendingRequests: Int = 1024
    ) {
      self.maximumMessageSize = maximumMessageSize
      self.maximumNestingDepth = maximumNestingDepth
      self.readSize = readSize
      self.outputBudget = outputBudget
      self.maximumPendingRequests = max(1, maximumPendingRequests)
    }
  }

  /// Where messages are read from.
  public let input: Int32
  /// Where answers are written to.
  public let output: Int32
  /// The limits in use.
  public let configuration: Configuration

  private let writer: MessageWriter
  private let requests = Mutex(RequestTable())
  /// Request tasks that have not finished, their answer included: a task takes its entry out of `requests`
  /// before it answers, so `run` also waits for this count to reach zero before it stops the writer.
  private let unfinishedTasks = Atomic<Int>(0)
  private let started = Atomic<Bool>(false)

  /// Creates a connection; nothing is read until `run(handler:)`.
  ///
  /// - Parameters:
  ///   - input: the descriptor to read, usually `STDIN_FILENO` (or `StandardStreams.guardStandardInput()`).
  ///   - output: the descriptor to write, usually the one `StandardStreams.guardStandardOutput()` returns.
  public init(input: Int32, output: Int32, configuration: Configuration = Configuration()) {
    self.input = input
    self.output = output
    self.configuration = configuration
    writer = MessageWriter(descriptor: output, budget: configuration.outputBudget)
  }

  /// Reads and answers messages until the input ends, then waits for the requests still running, writes
  /// their answers, and returns. Call it once.
  public func run(handler: any MessageHandler) async {
    precondition(!started.exchange(true, ordering: .relaxed), "JSONRPCConnection.run(handler:) called twice")
    writer.start()
    let (notifications, continuation) = AsyncStream.makeStream(of: JSONRPCNotification.self)
    NativeThread.detach { [self] in
      read(handler: handler, notifications: continuation)
    }
    for await notification in notifications {
      await handler.handle(notification: notification)
    }
    // The input ended. If the client is gone too (its end of the output is closed), nobody will read the answers:
    // stop the work in progress rather than finish it.
    if writer.isBroken || Self.peerClosed(output) {
      let running = requests.withLock { table in table.entries.values.compactMap(\.task) }
      for task in running { task.cancel() }
    }
    while true {
      let running = requests.withLock { table in table.entries.values.compactMap(\.task) }
      if running.isEmpty { break }
      for task in running { await task.value }
    }
    // A task that already took its entry may still be writing its answer.
    while unfinishedTasks.load(ordering: .acquiring) > 0 {
      try? await Task.sleep(for: .milliseconds(1))
    }
    await writer.finish()
  }

  /// Whether the reading end of `descriptor` (a pipe or socket) has been closed.
  private static func peerClosed(_ descriptor: Int32) -> Bool {
    var request = pollfd(fd: descriptor, events: 0, revents: 0)
    guard poll(&request, 1, 0) > 0 else { return false }
    return request.revents & Int16(POLLERR | POLLHUP) != 0
  }

  /// Sends a message to the client, for instance a notification the server initiates. Before the client's
  /// first byte the framing is `contentLength`. Messages sent after `run(handler:)` returned are dropped.
  public func send(_ message: JSONRPCMessage) {
    writer.send(message.jsonValue)
  }

  /// Sends a notification to the client.
  public func send(notification: JSONRPCNotification) {
    send(.notification(notification))
  }

  /// The bytes of answers queued or being written (at most about `configuration.outputBudget` plus the answers
  /// of requests already read).
  public var unwrittenByteCount: Int { writer.unwrittenByteCount }

  /// The number of requests whose answers have not been sent yet.
  public var pendingRequestCount: Int {
    requests.withLock { $0.entries.count }
  }

  // MARK: Reading

  /// The reading thread's loop.
  private func read(handler: any MessageHandler, notifications: AsyncStream<JSONRPCNotification>.Continuation) {
    var framer = MessageFramer(maximumMessageSize: configuration.maximumMessageSize)
    let parser = MessageParser(maximumNestingDepth: configuration.maximumNestingDepth)
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: max(configuration.readSize, 1), alignment: 16)
    defer { chunk.deallocate() }
    var events: [MessageFramer.Event] = []
    var modeKnown = false

    func receive(_ event: MessageFramer.Event) {
      switch event {
      case .error(let error):
        send(.errorResponse(error.responseError, id: nil))
      case .message(let body):
        dispatch(parsed: parser.parse(body), handler: handler, notifications: notifications)
      }
    }

    while true {
      waitForRoom()
      let count = Glibc.read(input, chunk.baseAddress, chunk.count)
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN || errno == EWOULDBLOCK {
          var request = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
          _ = poll(&request, 1, -1)
          continue
        }
        break
      }
      if count == 0 { break }
      framer.feed(UnsafeRawBufferPointer(rebasing: chunk[..<count]), into: &events)
      if !modeKnown, let mode = framer.mode {
        writer.mode = mode
        modeKnown = true
      }
      for (index, event) in events.enumerated() {
        // A chunk may hold many messages: the limits hold for each one, not only for each read.
        if index > 0 { waitForRoom() }
        receive(event)
      }
      events.removeAll(keepingCapacity: true)
    }
    for event in framer.finish() { receive(event) }
    notifications.finish()
  }

  /// Backpressure: blocks the reading thread while too many requests are pending or too many bytes of answers
  /// wait for the client. Pending requests always finish (answers are queued, never blocked), so this ends.
  private func waitForRoom() {
    while requests.withLock({ $0.entries.count }) >= configuration.maximumPendingRequests {
      usleep(200)
    }
    writer.waitForRoom()
  }

  /// Dispatches one parsed body.
  private func dispatch(
    parsed output: MessageParser.Output,
    handler: any MessageHandler,
    notifications: AsyncStream<JSONRPCNotification>.Continuation
  ) {
    switch output {
    case .failure(let error):
      send(.errorResponse(error, id: nil))
    case .single(let message):
      dispatch(message, handler: handler, notifications: notifications) { [writer] in writer.send($0.jsonValue) }
    case .batch(let messages):
      let replyCount = messages.count(where: Self.expectsReply)
      let batch = replyCount > 0 ? BatchReply(count: replyCount, writer: writer) : nil
      var slot = 0
      for message in messages {
        var reply: Reply = { _ in }
        if let batch, Self.expectsReply(message) {
          reply = { [slot] in batch.fill(slot, with: $0) }
          slot += 1
        }
        dispatch(message, handler: handler, notifications: notifications, reply: reply)
      }
    }
  }

  private static func expectsReply(_ message: Result<JSONRPCMessage, MessageDecodingError>) -> Bool {
    switch message {
    case .success(.request): return true
    case .success: return false
    case .failure(let error): return error.kind != .response
    }
  }

  /// Dispatches one message; `reply` is called exactly once if `expectsReply(message)`.
  private func dispatch(
    _ message: Result<JSONRPCMessage, MessageDecodingError>,
    handler: any MessageHandler,
    notifications: AsyncStream<JSONRPCNotification>.Continuation,
    reply: @escaping Reply
  ) {
    switch message {
    case .success(.request(let request)):
      start(request, handler: handler, reply: reply)
    case .success(.notification(let notification)):
      if notification.method == "$/cancelRequest" {
        if let id = notification.params?["id"].flatMap(RequestID.init) { cancel(id) }
      } else if handler.handleBeforeNextMessage(notification) {
        break
      } else {
        notifications.yield(notification)
      }
    case .success(.response), .success(.errorResponse):
      break  // The server sends no requests, so answers from the client are unexpected; drop them.
    case .failure(let error):
      if error.kind != .response { reply(.errorResponse(error.error, id: error.id)) }
    }
  }

  // MARK: Requests

  /// Starts a task for `request`, unless a request with the same id is still running.
  private func start(_ request: JSONRPCRequest, handler: any MessageHandler, reply: @escaping Reply) {
    let id = request.id
    let token = requests.withLock { table -> UInt64? in
      guard table.entries[id] == nil else { return nil }
      table.nextToken += 1
      table.entries[id] = RequestTable.Entry(token: table.nextToken, task: nil, reply: reply)
      return table.nextToken
    }
    guard let token else {
      reply(.errorResponse(.invalidRequest("request id \(id) is already in use"), id: id))
      return
    }
    handler.willHandle(request: request)
    unfinishedTasks.add(1, ordering: .releasing)
    let task = Task { [self] in
      defer { unfinishedTasks.subtract(1, ordering: .releasing) }
      let result = await handler.handle(request: request)
      guard let reply = claim(id, token: token) else { return }
      switch result {
      case .success(let value): reply(.response(value, id: id))
      case .failure(let error): reply(.errorResponse(error, id: id))
      }
    }
    requests.withLock { table in
      if table.entries[id]?.token == token { table.entries[id]?.task = task }
    }
  }

  /// Takes the right to answer request `id` (started as `token`); nil if it was already answered.
  private func claim(_ id: RequestID, token: UInt64) -> Reply? {
    requests.withLock { table in
      guard table.entries[id]?.token == token else { return nil }
      return table.entries.removeValue(forKey: id)?.reply
    }
  }

  /// Answers request `id` with `requestCancelled` and cancels its task, unless it was already answered.
  private func cancel(_ id: RequestID) {
    guard let entry = requests.withLock({ $0.entries.removeValue(forKey: id) }) else { return }
    entry.task?.cancel()
    entry.reply(.errorResponse(.requestCancelled, id: id))
  }
}

/// Delivers the one answer to a request.
typealias Reply = @Sendable (JSONRPCMessage) -> Void

/// The requests not yet answered, by id.
private struct RequestTable {
  struct Entry {
    /// Tells this request from a later one with the same id.
    var token: UInt64
    var task: Task<Void, Never>?
    var reply: Reply
  }

  var entries: [RequestID: Entry] = [:]
  var nextToken: UInt64 = 0
}
