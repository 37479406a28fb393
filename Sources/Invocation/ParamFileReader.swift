public import FileSystem

/// Reads the files named by `file://` and `fileb://` values.
public protocol ParamFileReader: Sendable {
  /// The bytes of the file at `path` (already `~`- and `$VAR`-expanded), or a reason it cannot be read
  /// (`No such file or directory`).
  func read(_ path: String) -> Result<[UInt8], ParamFileError>
  /// The value of an environment variable, for `$VAR` in paths.
  func environment(_ name: String) -> String?
  /// The home directory, for `~`.
  var homeDirectory: String? { get }
}

/// Why a parameter file could not be read.
public struct ParamFileError: Error, Sendable, Hashable {
  /// The system's reason.
  public var reason: String
  /// The `errno` value, or 0.
  public var code: Int32

  /// Creates an error.
  public init(reason: String, code: Int32 = 0) {
    self.reason = reason
    self.code = code
  }
}

/// Reads parameter files from the disk, relative to the current directory: regular files only (a FIFO, a device,
/// a socket or a directory is an error at once), of at most `maximumSize` bytes.
public struct DiskParamFiles: ParamFileReader {
  /// The largest file read; larger ones are an error.
  public var maximumSize: Int

  /// Creates a reader (by default limited to `FileSystem.defaultMaximumReadSize`, `ARGOT_MAX_FILE_SIZE`).
  public init(maximumSize: Int = FileSystem.defaultMaximumReadSize) {
    self.maximumSize = maximumSize
  }

  public func read(_ path: String) -> Result<[UInt8], ParamFileError> {
    do throws(FileSystemError) {
      return .success(try FileSystem.readRegularFile(path, maximumSize: maximumSize))
    } catch {
      return .failure(ParamFileError(reason: error.reason, code: error.code))
    }
  }

  public func environment(_ name: String) -> String? { FileSystem.environment(name) }

  public var homeDirectory: String? { FileSystem.homeDirectory }
}

/// Files held in memory, for tests and for editors that send unsaved buffers.
public struct InMemoryParamFiles: ParamFileReader {
  /// Path → content.
  public var files: [String: [UInt8]]
  /// Environment variables.
  public var variables: [String: String]
  /// `~`.
  public var homeDirectory: String?

  /// Creates a reader over `files`.
  public init(files: [String: [UInt8]] = [:], variables: [String: String] = [:], homeDirectory: String? = "/home/user")
  {
    self.files = files
    self.variables = variables
    self.homeDirectory = homeDirectory
  }

  /// Creates a reader over text files.
  public init(texts: [String: String], variables: [String: String] = [:], homeDirectory: String? = "/home/user") {
    self.init(files: texts.mapValues { Array($0.utf8) }, variables: variables, homeDirectory: homeDirectory)
  }

  public func read(_ path: String) -> Result<[UInt8], ParamFileError> {
    if let bytes = files[path] { return .success(bytes) }
    return .failure(ParamFileError(reason: "No such file or directory", code: 2))
  }

  public func environment(_ name: String) -> String? { variables[name] }
}
