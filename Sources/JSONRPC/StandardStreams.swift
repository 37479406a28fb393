internal import Glibc

/// Keeps the protocol's descriptors away from careless use of the process's standard streams.
public enum StandardStreams {
  /// Moves the protocol's output off descriptor 1, so that a stray `print` cannot corrupt the stream.
  ///
  /// Duplicates `output` to a new close-on-exec descriptor for the protocol, then points `output` at
  /// `redirectTarget`: anything later written to standard output lands on standard error. Call it once,
  /// at startup, before any thread writes to standard output.
  ///
  /// - Returns: the private descriptor to give to `JSONRPCConnection` as its output.
  public static func guardStandardOutput(
    _ output: Int32 = 1,
    redirectingTo redirectTarget: Int32 = 2
  ) throws(SystemCallError) -> Int32 {
    fflush(nil)
    let descriptor = try duplicate(output)
    guard dup2(redirectTarget, output) >= 0 else {
      let code = errno
      close(descriptor)
      throw SystemCallError(operation: "dup2", code: code)
    }
    return descriptor
  }

  /// Moves the protocol's input off descriptor 0, so that a stray `readLine` cannot steal its bytes.
  ///
  /// Duplicates `input` to a new close-on-exec descriptor for the protocol, then points `input` at
  /// `/dev/null`.
  ///
  /// - Returns: the private descriptor to give to `JSONRPCConnection` as its input.
  public static func guardStandardInput(_ input: Int32 = 0) throws(SystemCallError) -> Int32 {
    let descriptor = try duplicate(input)
    let null = open("/dev/null", O_RDONLY | O_CLOEXEC)
    guard null >= 0, dup2(null, input) >= 0 else {
      let code = errno
      if null >= 0 { close(null) }
      close(descriptor)
      throw SystemCallError(operation: null < 0 ? "open /dev/null" : "dup2", code: code)
    }
    close(null)
    return descriptor
  }

  /// Ignores `SIGPIPE`, so that writing to a client that has gone away fails with `EPIPE` (which the
  /// connection handles by dropping further output) instead of killing the process.
  public static func ignoreBrokenPipe() {
    signal(SIGPIPE, SIG_IGN)
  }

  private static func duplicate(_ descriptor: Int32) throws(SystemCallError) -> Int32 {
    let copy = fcntl(descriptor, F_DUPFD_CLOEXEC, 3)
    guard copy >= 0 else { throw SystemCallError(operation: "dup", code: errno) }
    return copy
  }
}
