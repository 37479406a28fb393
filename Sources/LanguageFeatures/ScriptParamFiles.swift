public import FileSystem
public import Invocation

/// Reads `file://` values of a script: relative paths from the script's folder, and documents the editor has
/// open (unsaved text included) before the disk.
///
/// Opening a script must not be enough to make the server read any file a hostile repository names, so reads
/// follow a policy: only files under `readableFolders` (after following symbolic links), and on the disk only
/// regular files of at most `maximumSize` bytes.
public struct ScriptParamFiles: ParamFileReader {
  /// The folder relative paths start from (the script's), or nil for the current directory.
  public var folder: String?
  /// The text of the document open at a path, if one is.
  public var openText: @Sendable (String) -> String?
  /// The folders whose files may be read; nil for any file, empty for none.
  public var readableFolders: [String]?
  /// The largest file read from the disk.
  public var maximumSize: Int

  /// Creates a reader.
  public init(
    folder: String?,
    readableFolders: [String]? = nil,
    maximumSize: Int = FileSystem.defaultMaximumReadSize,
    openText: @escaping @Sendable (String) -> String? = { _ in nil }
  ) {
    self.folder = folder
    self.readableFolders = readableFolders
    self.maximumSize = maximumSize
    self.openText = openText
  }

  /// Whether the policy lets `path` (absolute) be read: it lies under one of `readableFolders`, both compared
  /// with symbolic links and `..` resolved.
  public func mayRead(_ path: String) -> Bool {
    guard let readableFolders else { return true }
    let real = FileSystem.resolvingSymbolicLinks(path)
    return readableFolders.contains { folder in
      let root = FileSystem.resolvingSymbolicLinks(folder)
      let prefix = root.hasSuffix("/") ? root : root + "/"
      return real.hasPrefix(prefix)
    }
  }

  /// The path `path` stands for: absolute as it is, relative from `folder`.
  public func resolve(_ path: String) -> String {
    guard !path.hasPrefix("/"), let folder else { return path }
    return folder.hasSuffix("/") ? folder + path : folder + "/" + path
  }

  public func read(_ path: String) -> Result<[UInt8], ParamFileError> {
    let resolved = resolve(path)
    guard mayRead(resolved) else {
      let reason =
        readableFolders?.isEmpty == true
        ? "Permission denied (the fileReads setting is \"none\")"
        : "Permission denied (outside the workspace folders and the script's folder; see the fileReads setting)"
      return .failure(ParamFileError(reason: reason, code: 13))
    }
    if let text = openText(resolved) { return .success(Array(text.utf8)) }
    return DiskParamFiles(maximumSize: maximumSize).read(resolved)
  }

  public func environment(_ name: String) -> String? { FileSystem.environment(name) }

  public var homeDirectory: String? { FileSystem.homeDirectory }
}
