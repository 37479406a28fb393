internal import Glibc

/// A detached POSIX thread, for work that must not hold one of the few threads of Swift's cooperative pool:
/// a blocking `read` or `write` that waits on a peer, or a model load that takes tens of milliseconds.
public enum NativeThread {
  /// No thread could be started.
  public struct StartError: Error, Sendable {
    /// What `pthread_create` returned.
    public var status: Int32
  }

  /// Starts `body` on a new detached thread with a stack of `stackSize` bytes (the system's default when nil).
  public static func start(
    stackSize: Int? = nil,
    _ body: @escaping @Sendable () -> Void
  ) throws(StartError) {
    let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    if let stackSize { pthread_attr_setstacksize(&attributes, stackSize) }
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    var thread = pthread_t()
    let status = pthread_create(
      &thread,
      &attributes,
      { context in
        guard let context else { return nil }
        Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue().run()
        return nil
      },
      context
    )
    guard status == 0 else {
      Unmanaged<ThreadBody>.fromOpaque(context).release()
      throw StartError(status: status)
    }
  }

  /// Starts `body` on a new detached thread; stops the program when none can be started.
  public static func detach(_ body: @escaping @Sendable () -> Void) {
    do {
      try start(body)
    } catch {
      fatalError("pthread_create failed: \(error.status)")
    }
  }
}

private final class ThreadBody {
  let run: @Sendable () -> Void
  init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
