internal import NativeThreads
internal import Synchronization

/// A few threads of its own for requests that may have to load a model from disk.
///
/// Loading a large service (EC2: a 4 MB model) takes tens of milliseconds of CPU and file reads. Run on Swift's
/// cooperative pool, which has one thread per core, two such loads would stall every other answer. Requests
/// about commands the server has already built stay on the cooperative pool; the others come here, so a load
/// never holds up answers about services already loaded.
///
/// Threads are started when work arrives (at most `width` at a time) and end when the queue is empty.
final class LoadingPool: Sendable {
  private typealias Job = @Sendable () -> Void

  private struct State {
    var jobs: [Job?] = []
    var head = 0
    var running = 0
  }

  /// The most threads running at once.
  let width: Int
  private let state = Mutex(State())

  init(width: Int) {
    self.width = max(1, width)
  }

  /// Runs `body` on a pool thread and returns its result.
  func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
      submit { continuation.resume(returning: body()) }
    }
  }

  private func submit(_ job: @escaping Job) {
    let startsThread = state.withLock { state -> Bool in
      state.jobs.append(job)
      guard state.running < width else { return false }
      state.running += 1
      return true
    }
    if startsThread { PoolThread.start { [self] in drain() } }
  }

  /// Runs jobs until none is left.
  private func drain() {
    while true {
      let job = state.withLock { state -> Job? in
        guard state.head < state.jobs.count else {
          state.jobs.removeAll(keepingCapacity: true)
          state.head = 0
          state.running -= 1
          return nil
        }
        defer {
          state.jobs[state.head] = nil
          state.head += 1
          if state.head >= 1024 && state.head * 2 >= state.jobs.count {
            state.jobs.removeFirst(state.head)
            state.head = 0
          }
        }
        return state.jobs[state.head]
      }
      guard let job else { return }
      job()
    }
  }
}

/// The threads of the pool and of other blocking work in the server.
enum PoolThread {
  /// Starts `body` on a new detached thread with a stack large enough for deep model shapes; runs it here
  /// when no thread can be started, rather than lose the work.
  static func start(_ body: @escaping @Sendable () -> Void) {
    do {
      try NativeThread.start(stackSize: 8 << 20, body)
    } catch {
      body()
    }
  }
}
