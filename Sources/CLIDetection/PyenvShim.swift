import FileSystem

/// A pyenv shim (`~/.pyenv/shims/aws`), resolved the way `pyenv exec` resolves it, without running pyenv.
///
/// The shim is a small shell script that names its pyenv root (`export PYENV_ROOT="…"`), so the root is found even
/// when `PYENV_ROOT` is not set. The Python versions tried are pyenv's: `PYENV_VERSION`, then the nearest
/// `.python-version` file from the working folder up, then the root's `version` file.
struct PyenvShim: Sendable, Hashable {
  /// The pyenv root the shim belongs to.
  var root: String

  /// The shim at `path`, if the file is one.
  init?(path: String, environment: (String) -> String?) {
    guard let bytes = try? FileSystem.readFile(path, offset: 0, count: 4096) else { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.hasPrefix("#!"), text.contains("pyenv") else { return nil }
    if let declared = Self.declaredRoot(in: text) {
      root = declared
    } else if let declared = environment("PYENV_ROOT") {
      root = declared
    } else {
      // shims/<name> lives directly under the root.
      root = FileSystem.directoryName(of: FileSystem.directoryName(of: path))
    }
  }

  /// The value of the shim's `export PYENV_ROOT="…"` line.
  static func declaredRoot(in text: String) -> String? {
    for line in text.split(separator: "\n") {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      guard trimmed.hasPrefix("export PYENV_ROOT=") else { continue }
      var value = trimmed.dropFirst("export PYENV_ROOT=".count)
      if let quote = value.first, quote == "\"" || quote == "'" {
        value = value.dropFirst().prefix { $0 != quote }
      }
      if !value.isEmpty, !value.contains("$") { return String(value) }
    }
    return nil
  }

  /// The Python versions pyenv would try, in order (`system` included when selected).
  func selectedVersions(environment: (String) -> String?) -> [String] {
    if let selected = environment("PYENV_VERSION") {
      return selected.split(separator: ":").map(String.init)
    }
    if let file = Self.nearestVersionFile(from: environment("PWD")) {
      let versions = Self.versions(inFile: file)
      if !versions.isEmpty { return versions }
    }
    let global = Self.versions(inFile: FileSystem.join(root, "version"))
    return global.isEmpty ? ["system"] : global
  }

  /// Every installed version, newest name last (as pyenv lists them).
  var installedVersions: [String] {
    (try? FileSystem.contentsOfDirectory(FileSystem.join(root, "versions"))) ?? []
  }

  /// The `bin/<program>` of a version, if it exists.
  func program(_ name: String, inVersion version: String) -> String? {
    let path = FileSystem.join(root, "versions", version, "bin", name)
    return FileSystem.exists(path) ? path : nil
  }

  private static func nearestVersionFile(from start: String?) -> String? {
    guard var folder = start, folder.hasPrefix("/") else { return nil }
    while true {
      let candidate = FileSystem.join(folder, ".python-version")
      if FileSystem.exists(candidate) { return candidate }
      if folder == "/" { return nil }
      folder = FileSystem.directoryName(of: folder)
    }
  }

  private static func versions(inFile path: String) -> [String] {
    guard let text = try? FileSystem.readText(path) else { return [] }
    return text.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" || $0 == "\r" })
      .map(String.init)
      .filter { !$0.hasPrefix("#") }
  }
}
