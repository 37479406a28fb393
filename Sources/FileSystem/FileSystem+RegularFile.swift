#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension FileSystemError {
  /// Creates an error with a reason of the project's own (not `strerror`'s), e.g. for a FIFO or a file too large.
  public init(path: String, reason: String, code: Int32) {
    self.init(path: path, code: code)
    self.reason = reason
  }
}

extension FileSystem {
  /// The largest file ``readRegularFile(_:maximumSize:)`` reads by default: `ARGOT_MAX_FILE_SIZE` bytes if that is
  /// set to a positive number, otherwise 10 MiB (no AWS request parameter comes close).
  public static let defaultMaximumReadSize: Int = {
    if let text = environment("ARGOT_MAX_FILE_SIZE"), let value = Int(text), value > 0 { return value }
    return 10 * 1024 * 1024
  }()

  /// Reads a whole file that a user or a document names (`file://`, `fileb://`, `@=`, `--cli-input-*`).
  ///
  /// Only regular files are read: a FIFO, a device, a socket or a directory is an error at once (the file is opened
  /// without blocking, so a FIFO with no writer cannot hold the caller), and so is a file of more than
  /// `maximumSize` bytes, checked before reading and again while reading (a file may grow).
  public static func readRegularFile(
    _ path: String,
    maximumSize: Int = defaultMaximumReadSize
  ) throws(FileSystemError)
    -> [UInt8]
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { throw FileSystemError(path: path, code: errno) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw FileSystemError(path: path, code: errno) }
    let kind = info.st_mode & S_IFMT
    if kind != S_IFREG {
      if kind == S_IFDIR { throw FileSystemError(path: path, code: EISDIR) }
      let what: String
      switch kind {
      case S_IFIFO: what = "a FIFO (named pipe)"
      case S_IFCHR: what = "a character device"
      case S_IFBLK: what = "a block device"
      case S_IFSOCK: what = "a socket"
      default: what = "a special file"
      }
      throw FileSystemError(path: path, reason: "Is \(what), not a regular file", code: EINVAL)
    }
    func tooLarge() -> FileSystemError {
      FileSystemError(
        path: path,
        reason: "File too large (more than \(maximumSize) bytes; ARGOT_MAX_FILE_SIZE sets the limit)",
        code: EFBIG
      )
    }
    if info.st_size > maximumSize { throw tooLarge() }
    let flags = fcntl(descriptor, F_GETFL)
    if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        if count > maximumSize { throw tooLarge() }
        bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, maximumSize + 1 - count + 1)))
      }
      let got = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw FileSystemError(path: path, code: errno)
      }
      if got == 0 { break }
      count += got
      if count > maximumSize { throw tooLarge() }
    }
    bytes.removeSubrange(count...)
    return bytes
  }
}
