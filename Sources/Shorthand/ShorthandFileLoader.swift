import FileSystem

/// Why a `file://` or `fileb://` value could not be loaded.
public struct ShorthandFileLoadError: Error, Sendable, Hashable {
  /// The reason, worded like the AWS CLI's (`[Errno 2] No such file or directory: 'x'`).
  public var reason: String

  /// Creates an error.
  public init(reason: String) {
    self.reason = reason
  }
}

/// Reads the files that `key@=file://…` and `key@=fileb://…` values name.
///
/// The parser hands the loader the path exactly as written after the prefix; the loader decides how to
/// expand it. `file://` contents are then decoded by the parser as UTF-8 with Python's universal newlines
/// (`\r\n` and `\r` become `\n`), as the AWS CLI's text mode does; `fileb://` contents stay bytes.
public struct ShorthandFileLoader: Sendable {
  /// Reads the bytes of the file at `path` (as written after the prefix).
  public typealias Read = @Sendable (_ path: String) -> Result<[UInt8], ShorthandFileLoadError>

  private let read: Read

  /// A loader that reads through `read`.
  public init(read: @escaping Read) {
    self.read = read
  }

  /// Reads the file at `path`.
  public func load(_ path: String) -> Result<[UInt8], ShorthandFileLoadError> {
    read(path)
  }

  /// Reads from the file system, expanding a leading `~` and `$NAME`/`${NAME}` variables as the AWS CLI does.
  /// Only regular files of at most `FileSystem.defaultMaximumReadSize` bytes are read (a FIFO, a device or a
  /// directory is an error at once).
  public static let fileSystem = ShorthandFileLoader { path in
    let expanded = expandingVariables(in: FileSystem.expandingTilde(path))
    do throws(FileSystemError) {
      return .success(try FileSystem.readRegularFile(expanded))
    } catch {
      return .failure(
        ShorthandFileLoadError(reason: "[Errno \(error.code)] \(error.reason): \(PythonText.repr(expanded))")
      )
    }
  }

  /// A loader that gives every file the same contents (for tests and previews).
  public static func constant(_ bytes: [UInt8]) -> ShorthandFileLoader {
    ShorthandFileLoader { _ in .success(bytes) }
  }

  /// Replaces `$NAME` and `${NAME}` with environment values, leaving unknown names as written (Python's
  /// `os.path.expandvars`).
  static func expandingVariables(in path: String) -> String {
    let scalars = Array(path.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }
    while index < scalars.count {
      guard scalars[index] == "$", index + 1 < scalars.count else {
        result.append(scalars[index])
        index += 1
        continue
      }
      var nameStart = index + 1
      var nameEnd = nameStart
      var end = nameStart
      if scalars[nameStart] == "{" {
        nameStart += 1
        guard let close = scalars[nameStart...].firstIndex(of: "}") else {
          result.append(scalars[index])
          index += 1
          continue
        }
        nameEnd = close
        end = close + 1
      } else {
        while nameEnd < scalars.count, isNameScalar(scalars[nameEnd]) { nameEnd += 1 }
        end = nameEnd
      }
      let name = String(scalars: scalars[nameStart..<nameEnd])
      if !name.isEmpty, let value = FileSystem.environment(name) {
        result.append(contentsOf: value.unicodeScalars)
      } else {
        result.append(contentsOf: scalars[index..<end])
      }
      index = end
    }
    return String(result)
  }
}
