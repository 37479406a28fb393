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
///
/// Output has a byte budget: `waitForRoom()` blocks the reading thread while more than `budget` bytes are queued
/// or being written, so a client that stops reading stops the server from reading new requests (backpressure)
/// instead of making it buffer without limit. Answers to requests already read are still queued: nothing is lost.
final class MessageWriter: Sendable {
  private struct State {
    var pending: [UInt8] = []
    /// Bytes queued or being written.
    var unwritten = 0
    var readerWaiting = false
    var mode: FramingMode = .contentLength
    var closing = false
    var finished = false
    var broken = false
    var waiters: [CheckedContinuation<Void, Never>] = []
  }

  let descriptor: Int32
  /// The most bytes queued or being written before `waitForRoom()` blocks.
  let budget: Int
  private let state = Mutex(State())
  /// Wakes the reading thread blocked in `waitForRoom()`.
  /// - Important: allocated in `init`, destroyed in `deinit`.
  nonisolated(unsafe) private let room: UnsafeMutablePointer<sem_t>
  /// Counts wake-ups for the writer thread.
  /// - Important: allocated in `init`, destroyed in `deinit`; `sem_post` and `sem_wait` are thread-safe.
  nonisolated(unsafe) private let semaphore: UnsafeMutablePointer<sem_t>

  init(descriptor: Int32, budget: Int = 4 << 20) {
    self.descriptor = descriptor
    self.budget = max(1, budget)
    semaphore = .allocate(capacity: 1)
    sem_init(semaphore, 0, 0)
    room = .allocate(capacity: 1)
    sem_init(room, 0, 0)
  }

  deinit {
    sem_destroy(semaphore)
    semaphore.deallocate()
    sem_destroy(room)
    room.deallocate()
  }

  /// Whether a write failed (the client went away).
  var isBroken: Bool { state.withLock { $0.broken } }

  /// The bytes queued or being written.
  var unwrittenByteCount: Int { state.withLock { $0.unwritten } }

  /// Returns at once while the output is within its budget; otherwise blocks until the writer has brought it
  /// back within (or the output broke or is closing). Called by the one reading thread before each read.
  func waitForRoom() {
    while true {
      let full = state.withLock { state -> Bool in
        guard state.unwritten > budget, !state.broken, !state.closing else { return false }
        state.readerWaiting = true
        return true
      }
      guard full else { return }
      while sem_wait(room) != 0 {}
    }
  }

  /// Wakes the reader if it waits and there is room again (or there never will be). Call with the state locked.
  private static func wakesReader(_ state: inout State, budget: Int) -> Bool {
    guard state.readerWaiting, state.unwritten <= budget || state.broken || state.closing else { return false }
    state.readerWaiting = false
    return true
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
      let before = state.pending.count
      defer { state.unwritten += state.pending.count - before }
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
      let (done, wake) = state.withLock { state -> (Bool, Bool) in
        state.closing = true
        let wake = Self.wakesReader(&state, budget: budget)
        if state.finished { return (true, wake) }
        state.waiters.append(continuation)
        return (false, wake)
      }
      if wake { sem_post(room) }
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
        let written = write(bytes)
        let wake = state.withLock { state -> Bool in
          state.unwritten -= bytes.count
          if !written {
            state.broken = true
            state.unwritten -= state.pending.count
            state.pending = []
          }
          return Self.wakesReader(&state, budget: budget)
        }
        if wake { sem_post(room) }
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
