internal import Glibc

/// A failed system call: which one, and its `errno`.
public struct SystemCallError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The call that failed, e.g. `dup`.
  public var operation: String
  /// The `errno` it left.
  public var code: Int32

  /// Creates an error.
  public init(operation: String, code: Int32) {
    self.operation = operation
    self.code = code
  }

  /// `dup: Bad file descriptor`.
  public var description: String { "\(operation): \(String(cString: strerror(code)))" }
}
