import FileSystem

/// A Python package folder such as `…/site-packages/awscli`, and the `__version__` it declares.
struct PythonPackage: Sendable, Hashable {
  /// The package folder.
  var path: String

  /// The package in `sitePackages` called `name`, if it has an `__init__.py`.
  static func find(_ name: String, in sitePackages: String) -> PythonPackage? {
    let path = FileSystem.join(sitePackages, name)
    return FileSystem.exists(FileSystem.join(path, "__init__.py")) ? PythonPackage(path: path) : nil
  }

  /// The string assigned to `__version__` in the package's `__init__.py`, if there is one.
  var version: String? {
    guard let bytes = try? FileSystem.readFile(FileSystem.join(path, "__init__.py"), offset: 0, count: 16_384)
    else { return nil }
    return Self.declaredVersion(in: String(decoding: bytes, as: UTF8.self))
  }

  /// The value of a `__version__ = '…'` line in Python source.
  static func declaredVersion(in source: String) -> String? {
    for line in source.split(separator: "\n") where line.hasPrefix("__version__") {
      let rest = line.drop { $0 != "'" && $0 != "\"" }
      guard let quote = rest.first else { continue }
      let value = rest.dropFirst().prefix { $0 != quote }
      if !value.isEmpty { return String(value) }
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
