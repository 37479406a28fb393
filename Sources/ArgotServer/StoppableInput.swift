internal import Glibc
public import JSONRPC
internal import Synchronization

/// Standard input passed through a pipe that the server can close, so that `exit` ends the connection the
/// way end of input does: the connection stops reading, writes every answer still pending, and returns.
///
/// A thread copies the source descriptor into the pipe. `stop()` swaps the pipe's write end for `/dev/null`,
/// which ends the connection's input at once, even while the copying thread waits for more bytes.
public final class StoppableInput: Sendable {
  /// The descriptor to give to `JSONRPCConnection` as its input.
  public let descriptor: Int32
  private let source: Int32
  private let writeEnd: Int32
  private let stopped = Mutex(false)

  /// Starts copying `source` (for instance the descriptor `StandardStreams.guardStandardInput()` returns).
  ///
  /// - Throws: `SystemCallError` when the pipe cannot be made.
  public init(source: Int32) throws(SystemCallError) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw SystemCallError(operation: "pipe", code: errno) }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    self.source = source
    descriptor = ends[0]
    writeEnd = ends[1]
    PoolThread.start { [self] in copy() }
  }

  /// Ends the connection's input. Bytes that arrive later are dropped.
  public func stop() {
    stopped.withLock { stopped in
      guard !stopped else { return }
      stopped = true
      let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
      if null >= 0 {
        dup2(null, writeEnd)
        close(null)
      }
    }
  }

  private func copy() {
    var buffer = [UInt8](repeating: 0, count: 64 << 10)
    loop: while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(source, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      var offset = 0
      while offset < count {
        let written = buffer.withUnsafeBytes { Glibc.write(writeEnd, $0.baseAddress! + offset, count - offset) }
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { break loop }
        offset += written
      }
    }
    stopped.withLock { stopped in
      // After stop() the descriptor points at /dev/null; either way, closing it ends the connection's input.
      stopped = true
      close(writeEnd)
    }
  }
}
