internal import Synchronization

/// Whether a request was cancelled, readable from a loading-pool thread (outside the request's task), so work
/// queued behind others is dropped at once when its request is cancelled or the client went away.
final class CancellationFlag: Sendable {
  private let value = Atomic<Bool>(false)

  /// Marks the request cancelled.
  func cancel() { value.store(true, ordering: .releasing) }

  /// Whether the request was cancelled.
  var isCancelled: Bool { value.load(ordering: .acquiring) }
}
