internal import Glibc

/// A detached POSIX thread for blocking I/O, so that a `read` or `write` that waits on the peer never
/// holds one of the few threads of Swift's cooperative pool.
enum NativeThread {
  /// Starts `body` on a new detached thread.
  static func detach(_ body: @escaping @Sendable () -> Void) {
    let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(
      &thread,
      nil,
      { context in
        let body = Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue()
        body.run()
        return nil
      },
      context
    )
    guard status == 0 else {
      Unmanaged<ThreadBody>.fromOpaque(context).release()
      fatalError("pthread_create failed: \(status)")
    }
    pthread_detach(thread)
  }
}

private final class ThreadBody {
  let run: @Sendable () -> Void
  init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
