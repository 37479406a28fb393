import FileSystem

/// A Python package folder such as `…/site-packages/awscli`, and the `__version__` it declares.
struct PythonPackage: Sendable, Hashable {
  /// The package folder.
  var path: String

  /// The package in `sitePackages` called `name`, if it has an `__init__.py`.
  static func find(_ name: String, in sitePackages: String) -> PythonPackage? {
    let path = FileSystem.join(sitePackages, name)
    return FileSystem.isRegularFile(FileSystem.join(path, "__init__.py")) ? PythonPackage(path: path) : nil
  }

  /// The string assigned to `__version__` in the package's `__init__.py`, if there is one.
  var version: String? {
    let file = FileSystem.join(path, "__init__.py")
    guard FileSystem.isRegularFile(file), let bytes = try? FileSystem.readFile(file, offset: 0, count: 16_384)
    else { return nil }
    return Self.declaredVersion(in: bytes)
  }

  /// The value of a `__version__ = '…'` line in Python source.
  static func declaredVersion(in source: String) -> String? { declaredVersion(in: Array(source.utf8)) }

  /// The value of a `__version__ = '…'` line in Python source, read from its bytes (this runs on every start, so
  /// it does not split the file into lines).
  static func declaredVersion(in source: [UInt8]) -> String? {
    let name = Array("__version__".utf8)
    var index = 0
    while index + name.count <= source.count {
      let atLineStart = index == 0 || source[index - 1] == UInt8(ascii: "\n")
      if atLineStart, source[index..<index + name.count].elementsEqual(name) {
        var cursor = index + name.count
        while cursor < source.count, source[cursor] != UInt8(ascii: "\n"),
          source[cursor] != UInt8(ascii: "'"), source[cursor] != UInt8(ascii: "\"")
        {
          cursor += 1
        }
        if cursor < source.count, source[cursor] != UInt8(ascii: "\n") {
          let quote = source[cursor]
          let start = cursor + 1
          var end = start
          while end < source.count, source[end] != quote, source[end] != UInt8(ascii: "\n") { end += 1 }
          if end < source.count, source[end] == quote, end > start {
            return String(decoding: source[start..<end], as: UTF8.self)
          }
        }
      }
      index += 1
    }
    return nil
  }

  /// The `site-packages` (or Debian's `dist-packages`) folders of the Python installed under `prefix`, newest
  /// Python first; Debian's shared `lib/python3/dist-packages` last.
  static func sitePackagesFolders(under prefix: String) -> [String] {
    let lib = FileSystem.join(prefix, "lib")
    let pythons = ((try? FileSystem.contentsOfDirectory(lib)) ?? []).filter { $0.hasPrefix("python3.") }
    var folders = pythons.reversed().flatMap { python in
      ["site-packages", "dist-packages"].map { FileSystem.join(lib, python, $0) }
    }
    folders.append(FileSystem.join(lib, "python3/dist-packages"))
    return folders.filter(FileSystem.isDirectory)
  }
}
