import FileSystem
import ShellScript

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
    guard FileSystem.isRegularFile(path), let bytes = try? FileSystem.readFile(path, offset: 0, count: 4096) else {
      return nil
    }
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

  /// The value of the shim's `export PYENV_ROOT="…"`, read by the shell lexer (quotes removed as the shell removes
  /// them); nil when there is none or it depends on an expansion.
  static func declaredRoot(in text: String) -> String? {
    for command in ShellScript(text).commands {
      let words = command.words
      guard words.count == 2, words[0].text == "export", words[1].text.hasPrefix("PYENV_ROOT="),
        !words[1].hasExpansion
      else { continue }
      let value = String(words[1].text.dropFirst("PYENV_ROOT=".count))
      if !value.isEmpty { return value }
    }
    return nil
  }

  /// The pyenv root a user without a shim has: `PYENV_ROOT`, else `~/.pyenv`.
  init?(environment: (String) -> String?) {
    guard let root = environment("PYENV_ROOT") ?? environment("HOME").map({ FileSystem.join($0, ".pyenv") }) else {
      return nil
    }
    self.root = root
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
    return FileSystem.isExecutableFile(path) ? path : nil
  }

  private static func nearestVersionFile(from start: String?) -> String? {
    guard var folder = start, folder.hasPrefix("/") else { return nil }
    while true {
      let candidate = FileSystem.join(folder, ".python-version")
      if FileSystem.isRegularFile(candidate) { return candidate }
      if folder == "/" { return nil }
      folder = FileSystem.directoryName(of: folder)
    }
  }

  private static func versions(inFile path: String) -> [String] {
    guard FileSystem.isRegularFile(path), let bytes = try? FileSystem.readFile(path, offset: 0, count: 4096) else {
      return []
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" || $0 == "\r" })
      .map(String.init)
      .filter { !$0.hasPrefix("#") }
  }
}
