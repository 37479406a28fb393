internal import Glibc
internal import JSON
internal import NativeThreads
internal import Synchronization

/// Writes framed messages to a descriptor from one dedicated thread, so frames never interleave and a
/// slow reader never blocks the tasks that produce answers.
///
/// Producers serialise their message and append the frame to a shared buffer; the writer thread takes
/// everything buffered at once and writes it with as few system calls as it can. After a write error
/// (the client went away) further output is dropped.
final class MessageWriter: Sendable {
  private struct State {
    var pending: [UInt8] = []
    var mode: FramingMode = .contentLength
    var closing = false
    var finished = false
    var broken = false
    var waiters: [CheckedContinuation<Void, Never>] = []
  }

  let descriptor: Int32
  private let state = Mutex(State())
  /// Counts wake-ups for the writer thread.
  /// - Important: allocated in `init`, destroyed in `deinit`; `sem_post` and `sem_wait` are thread-safe.
  nonisolated(unsafe) private let semaphore: UnsafeMutablePointer<sem_t>

  init(descriptor: Int32) {
    self.descriptor = descriptor
    semaphore = .allocate(capacity: 1)
    sem_init(semaphore, 0, 0)
  }

  deinit {
    sem_destroy(semaphore)
    semaphore.deallocate()
  }

  /// The framing used for messages written from now on; `contentLength` until set.
  var mode: FramingMode {
    get { state.withLock { $0.mode } }
    set { state.withLock { $0.mode = newValue } }
  }

  /// Starts the writer thread. Messages sent earlier wait in the buffer.
  func start() {
    NativeThread.detach { [self] in run() }
  }

  /// Serialises `message` (with jansson) and queues its frame.
  func send(_ message: JSONValue) {
    let body = message.serialized(.compact)
    let wake = state.withLock { state -> Bool in
      guard !state.closing, !state.broken else { return false }
      let wasEmpty = state.pending.isEmpty
      switch state.mode {
      case .contentLength:
        state.pending.append(contentsOf: "Content-Length: \(body.utf8.count)\r\n\r\n".utf8)
        state.pending.append(contentsOf: body.utf8)
      case .newlineDelimited:
        state.pending.append(contentsOf: body.utf8)
        state.pending.append(UInt8(ascii: "\n"))
      }
      return wasEmpty
    }
    if wake { sem_post(semaphore) }
  }

  /// Writes what is queued, stops the thread, and returns when it has stopped. Later sends are dropped.
  func finish() async {
    await withCheckedContinuation { continuation in
      let done = state.withLock { state -> Bool in
        state.closing = true
        if state.finished { return true }
        state.waiters.append(continuation)
        return false
      }
      if done { continuation.resume() } else { sem_post(semaphore) }
    }
  }

  private func run() {
    while true {
      while sem_wait(semaphore) != 0 {}
      while true {
        let (bytes, closing) = state.withLock { state in
          let bytes = state.pending
          state.pending = []
          return (bytes, state.closing)
        }
        if bytes.isEmpty {
          guard closing else { break }
          let waiters = state.withLock { state in
            state.finished = true
            defer { state.waiters = [] }
            return state.waiters
          }
          for waiter in waiters { waiter.resume() }
          return
        }
        if !write(bytes) {
          state.withLock { state in
            state.broken = true
            state.pending = []
          }
        }
      }
    }
  }

  /// Writes all of `bytes`, waiting out `EINTR` and `EAGAIN`; false after any other error.
  private func write(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written >= 0 {
          offset += written
        } else if errno == EINTR {
          continue
        } else if errno == EAGAIN || errno == EWOULDBLOCK {
          var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
          _ = poll(&request, 1, -1)
        } else {
          return false
        }
      }
      return true
    }
  }
}
