import Synchronization

/// Works out a document's diagnostics after changes, coalescing the changes that arrive meanwhile.
///
/// `schedule(uri)` after a change: if no run is under way for the document, one starts after `delay`; if one is
/// under way (waiting or computing), the change is noted and the run goes round once more when done. So a burst
/// of keystrokes costs one computation per `delay` at most, and the last state is always published.
final class DiagnosticsScheduler: Sendable {
  private struct State {
    var running: Set<String> = []
    var pending: Set<String> = []
    var delay: Duration
  }

  private let state: Mutex<State>

  init(delay: Duration) {
    state = Mutex(State(delay: delay))
  }

  /// The wait between a change and the computation.
  var delay: Duration {
    get { state.withLock { $0.delay } }
    set { state.withLock { $0.delay = newValue } }
  }

  /// Notes that `uri` changed; `publish` computes and publishes the diagnostics of its current text.
  func schedule(_ uri: String, publish: @escaping @Sendable (String) async -> Void) {
    let starts = state.withLock { state -> Bool in
      if state.running.contains(uri) {
        state.pending.insert(uri)
        return false
      }
      state.running.insert(uri)
      return true
    }
    if starts { Task { await run(uri, publish: publish) } }
  }

  private func run(_ uri: String, publish: @Sendable (String) async -> Void) async {
    while true {
      let delay = self.delay
      if delay > .zero { try? await Task.sleep(for: delay) }
      state.withLock { _ = $0.pending.remove(uri) }
      await publish(uri)
      let again = state.withLock { state -> Bool in
        if state.pending.remove(uri) != nil { return true }
        state.running.remove(uri)
        return false
      }
      if !again { return }
    }
  }
}
