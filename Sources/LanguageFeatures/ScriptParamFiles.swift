import FileSystem
public import Invocation

/// Reads `file://` values of a script: relative paths from the script's folder, and documents the editor has
/// open (unsaved text included) before the disk.
public struct ScriptParamFiles: ParamFileReader {
  /// The folder relative paths start from (the script's), or nil for the current directory.
  public var folder: String?
  /// The text of the document open at a path, if one is.
  public var openText: @Sendable (String) -> String?

  /// Creates a reader.
  public init(folder: String?, openText: @escaping @Sendable (String) -> String? = { _ in nil }) {
    self.folder = folder
    self.openText = openText
  }

  /// The path `path` stands for: absolute as it is, relative from `folder`.
  public func resolve(_ path: String) -> String {
    guard !path.hasPrefix("/"), let folder else { return path }
    return folder.hasSuffix("/") ? folder + path : folder + "/" + path
  }

  public func read(_ path: String) -> Result<[UInt8], ParamFileError> {
    let resolved = resolve(path)
    if let text = openText(resolved) { return .success(Array(text.utf8)) }
    return DiskParamFiles().read(resolved)
  }

  public func environment(_ name: String) -> String? { FileSystem.environment(name) }

  public var homeDirectory: String? { FileSystem.homeDirectory }
}
