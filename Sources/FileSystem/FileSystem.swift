#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A file system error: which path, and what the system said.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The path involved.
  public var path: String
  /// The system's message, e.g. `No such file or directory`.
  public var reason: String
  /// The `errno` value.
  public var code: Int32

  /// Creates an error from `errno`.
  public init(path: String, code: Int32) {
    self.path = path
    self.code = code
    self.reason = String(cString: strerror(code))
  }

  public var description: String { "\(path): \(reason)" }

  /// Whether the error says the path does not exist.
  public var isNotFound: Bool { code == ENOENT || code == ENOTDIR }
}

/// What `FileSystem.status(of:)` reports about a path.
public struct FileStatus: Sendable, Hashable {
  /// Size in bytes.
  public var size: Int64
  /// Last modification, in nanoseconds since the epoch.
  public var modified: Int64
  /// Whether the path is a directory.
  public var isDirectory: Bool
}

/// Plain file access through the C library, without Foundation.
public enum FileSystem {
  /// Reads a whole file.
  public static func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileSystemError(path: path, code: errno) }
    defer { close(descriptor) }
    var info = stat()
    var capacity = 64 * 1024
    if fstat(descriptor, &info) == 0, info.st_size > 0 { capacity = Int(info.st_size) + 1 }
    var bytes = [UInt8](repeating: 0, count: capacity)
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
      let got = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw FileSystemError(path: path, code: errno)
      }
      if got == 0 { break }
      count += got
    }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// Reads a whole file as UTF-8 text (invalid bytes become U+FFFD).
  public static func readText(_ path: String) throws(FileSystemError) -> String {
    String(decoding: try readFile(path), as: UTF8.self)
  }

  /// Writes a file through a temporary file and a rename, so readers never see half of it.
  public static func writeFileAtomically(_ path: String, _ bytes: some Collection<UInt8>) throws(FileSystemError) {
    let temporary = "\(path).tmp.\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw FileSystemError(path: temporary, code: errno) }
    let array = Array(bytes)
    var written = 0
    while written < array.count {
      let result = array.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
      if result < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(descriptor)
        unlink(temporary)
        throw FileSystemError(path: temporary, code: code)
      }
      written += result
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw FileSystemError(path: path, code: code)
    }
  }

  /// Writes text as UTF-8; see `writeFileAtomically(_:_:)`.
  public static func writeText(_ path: String, _ text: String) throws(FileSystemError) {
    try writeFileAtomically(path, Array(text.utf8))
  }

  /// The names in a directory, sorted, without `.` and `..`.
  public static func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String] {
    guard let directory = opendir(path) else { throw FileSystemError(path: path, code: errno) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Size, modification time and kind of a path (following links), or nil if it does not exist.
  public static func status(of path: String) -> FileStatus? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileStatus(
      size: Int64(info.st_size),
      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
      isDirectory: (info.st_mode & S_IFMT) == S_IFDIR
    )
  }

  /// Whether a path exists.
  public static func exists(_ path: String) -> Bool { status(of: path) != nil }

  /// Whether a path is a regular file (links followed): not a folder, FIFO, socket or device, so opening and
  /// reading it cannot block.
  public static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  /// Whether a path is a regular file (links followed) that this process may execute.
  public static func isExecutableFile(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
    return access(path, X_OK) == 0
  }

  /// Whether a path is a directory.
  public static func isDirectory(_ path: String) -> Bool { status(of: path)?.isDirectory ?? false }

  /// Creates a directory and its missing parents.
  public static func createDirectories(_ path: String) throws(FileSystemError) {
    if isDirectory(path) { return }
    let parent = directoryName(of: path)
    if parent != path && !parent.isEmpty { try createDirectories(parent) }
    if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FileSystemError(path: path, code: errno) }
  }

  /// The path with its last component removed (`/a/b` → `/a`).
  public static func directoryName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// The last component of a path.
  public static func baseName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// Joins path components with `/`.
  public static func join(_ components: String...) -> String {
    var result = ""
    for component in components where !component.isEmpty {
      if result.isEmpty || component.hasPrefix("/") {
        result = component
      } else {
        result += result.hasSuffix("/") ? component : "/" + component
      }
    }
    return result
  }

  /// The target of a symbolic link, made absolute, or the path itself if it is not a link.
  public static func resolvingSymbolicLinks(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// An environment variable, or nil when unset or empty.
  public static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    let string = String(cString: value)
    return string.isEmpty ? nil : string
  }

  /// The user's home directory (`$HOME`).
  public static var homeDirectory: String? { environment("HOME") }

  /// Expands a leading `~` or `~/` to the home directory.
  public static func expandingTilde(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = homeDirectory else { return path }
    return home + path.dropFirst()
  }

  /// The absolute path of the running executable.
  public static var executablePath: String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

extension FileSystem {
  /// Removes a file, or a folder and everything in it; errors are ignored.
  public static func removeTree(_ path: String) {
    if isDirectory(path), !isSymbolicLink(path) {
      for name in (try? contentsOfDirectory(path)) ?? [] { removeTree(join(path, name)) }
      rmdir(path)
    } else {
      unlink(path)
    }
  }

  /// Whether the path itself is a symbolic link.
  public static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else { return false }
    return (info.st_mode & S_IFMT) == S_IFLNK
  }
}

extension FileSystem {
  /// Reads `count` bytes at `offset` of a file.
  public static func readFile(_ path: String, offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileSystemError(path: path, code: errno) }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let got = bytes.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done))
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw FileSystemError(path: path, code: errno)
      }
      if got == 0 { break }
      done += got
    }
    bytes.removeSubrange(done...)
    return bytes
  }
}
