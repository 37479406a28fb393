public import JSONRPC

/// The `initialize` → `shutdown` → `exit` state machine, and what each state lets through.
public enum ServerLifecycle: Sendable, Hashable {
  /// No `initialize` yet: only `initialize` is answered; other requests get -32002.
  case uninitialized
  /// Serving.
  case running
  /// `shutdown` received: every request gets -32600 until `exit`.
  case shutDown

  /// Admits a request in this state, moving to the next state for `initialize` and `shutdown`; returns the
  /// error to answer with when the request is refused.
  public mutating func admit(_ method: String) -> ResponseError? {
    switch (self, method) {
    case (.uninitialized, "initialize"):
      self = .running
      return nil
    case (.uninitialized, _):
      return .serverNotInitialized
    case (.running, "initialize"):
      return .invalidRequest("initialize was already received")
    case (.running, "shutdown"):
      self = .shutDown
      return nil
    case (.running, _):
      return nil
    case (.shutDown, _):
      return .invalidRequest("the server is shut down; only the exit notification is accepted")
    }
  }

  /// The status `exit` ends the process with: 0 after `shutdown`, 1 otherwise.
  public var exitStatus: Int32 { self == .shutDown ? 0 : 1 }
}
