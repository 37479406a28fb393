import FileSystem

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

/// Reads parameter files from the disk, relative to the current directory.
public struct DiskParamFiles: ParamFileReader {
  /// Creates a reader.
  public init() {}

  public func read(_ path: String) -> Result<[UInt8], ParamFileError> {
    do throws(FileSystemError) {
      if FileSystem.isDirectory(path) { return .failure(ParamFileError(reason: "Is a directory", code: 21)) }
      return .success(try FileSystem.readFile(path))
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
