import FileSystem

/// The folders that model data is read from, in the order botocore searches them.
///
/// 1. each entry of `AWS_DATA_PATH` (`:`-separated, `~` expanded);
/// 2. `~/.aws/models`;
/// 3. the `data/` folder of one installed botocore: `ARGOT_BOTOCORE_DATA` if set, else the copy that the
///    `aws` on `PATH` uses, else the AWS CLI v2 bundle, a virtualenv, user, pyenv, `/usr/local` or Debian copy;
/// 4. the project's embedded default (handled by `ModelRegistry`, not listed here).
///
/// Setting `ARGOT_NO_BOTOCORE=1` skips steps 1–3, so only the embedded default is used.
public struct ModelSearchPath: Sendable, Hashable {
  /// The folders, in search order.
  public var directories: [String]
  /// The installed botocore `data/` folder among them, if one was found.
  public var botocoreDataDirectory: String?

  /// A search path of exactly these folders.
  public init(directories: [String], botocoreDataDirectory: String? = nil) {
    self.directories = directories
    self.botocoreDataDirectory = botocoreDataDirectory
  }

  /// The search path for this process's environment.
  public static func fromEnvironment() -> ModelSearchPath {
    if FileSystem.environment("ARGOT_NO_BOTOCORE") == "1" { return ModelSearchPath(directories: []) }
    var directories: [String] = []
    if let dataPath = FileSystem.environment("AWS_DATA_PATH") {
      for entry in dataPath.split(separator: ":") {
        let path = FileSystem.expandingTilde(String(entry))
        if FileSystem.isDirectory(path) { directories.append(path) }
      }
    }
    if let home = FileSystem.homeDirectory {
      let models = FileSystem.join(home, ".aws/models")
      if FileSystem.isDirectory(models) { directories.append(models) }
    }
    let botocore = installedBotocoreData()
    if let botocore { directories.append(botocore) }
    return ModelSearchPath(directories: directories, botocoreDataDirectory: botocore)
  }

  /// The `data/` folder of the installed botocore that the AWS CLI would use, if any.
  static func installedBotocoreData() -> String? {
    if let explicit = FileSystem.environment("ARGOT_BOTOCORE_DATA") {
      return FileSystem.isDirectory(explicit) ? explicit : nil
    }
    // Lazily, in order: the first match ends the search before the later folders are listed.
    for candidate in candidatesFromAWSExecutable() where isBotocoreData(candidate) { return candidate }
    for candidate in wellKnownCandidates() where isBotocoreData(candidate) { return candidate }
    return nil
  }

  /// Data folders next to the `aws` program on `PATH`: a v2 bundle, a Python script's interpreter, a pyenv shim.
  private static func candidatesFromAWSExecutable() -> AnySequence<String> {
    guard let path = FileSystem.environment("PATH") else { return AnySequence([]) }
    for directory in path.split(separator: ":") {
      let program = FileSystem.join(String(directory), "aws")
      guard FileSystem.exists(program) else { continue }
      let resolved = FileSystem.resolvingSymbolicLinks(program)
      // AWS CLI v2: <root>/v2/<version>/bin/aws → <root>/v2/<version>/dist/awscli/botocore/data
      let bundle = FileSystem.join(
        FileSystem.directoryName(of: FileSystem.directoryName(of: resolved)),
        "dist/awscli/botocore/data"
      )
      if isBotocoreData(bundle) { return AnySequence([bundle]) }
      guard let firstLine = firstLine(of: resolved) else { return AnySequence([]) }
      if firstLine.hasPrefix("#!") {
        let interpreter = firstLine.dropFirst(2).split(separator: " ").first.map(String.init) ?? ""
        if interpreter.hasSuffix("python") || interpreter.contains("/python3") {
          let prefix = FileSystem.directoryName(of: FileSystem.directoryName(of: interpreter))
          return AnySequence(sitePackages(under: prefix))
        }
      }
      if resolved.contains("/.pyenv/shims/") { return pyenvCandidates() }
      return AnySequence([])
    }
    return AnySequence([])
  }

  /// Each group is listed only when the ones before it had no match.
  private static func wellKnownCandidates() -> AnySequence<String> {
    let groups: [() -> AnySequence<String>] = [
      { AnySequence(["/usr/local/aws-cli/v2/current/dist/awscli/botocore/data"]) },
      { AnySequence(FileSystem.environment("VIRTUAL_ENV").map { sitePackages(under: $0) } ?? []) },
      { AnySequence(FileSystem.homeDirectory.map { sitePackages(under: FileSystem.join($0, ".local")) } ?? []) },
      { pyenvCandidates() },
      { AnySequence(sitePackages(under: "/usr/local")) },
      { AnySequence(["/usr/lib/python3/dist-packages/botocore/data"]) },
      { AnySequence(sitePackages(under: "/usr")) },
    ]
    return AnySequence(groups.lazy.flatMap { $0() })
  }

  private static func pyenvCandidates() -> AnySequence<String> {
    let root = FileSystem.environment("PYENV_ROOT") ?? FileSystem.homeDirectory.map { $0 + "/.pyenv" } ?? ""
    var versions: [String] = []
    if let selected = FileSystem.environment("PYENV_VERSION") { versions.append(selected) }
    if let file = try? FileSystem.readText(FileSystem.join(root, "version")) {
      versions += file.split(whereSeparator: \.isNewline).map(String.init)
    }
    let installed = (try? FileSystem.contentsOfDirectory(FileSystem.join(root, "versions"))) ?? []
    versions += installed.reversed()
    return AnySequence(versions.lazy.flatMap { sitePackages(under: FileSystem.join(root, "versions", $0)) })
  }

  /// `<prefix>/lib/python3.*/site-packages/botocore/data`, newest Python first.
  private static func sitePackages(under prefix: String) -> [String] {
    let lib = FileSystem.join(prefix, "lib")
    let pythons = ((try? FileSystem.contentsOfDirectory(lib)) ?? []).filter { $0.hasPrefix("python3") }
    return pythons.reversed().flatMap { python in
      ["site-packages", "dist-packages"].map { FileSystem.join(lib, python, $0, "botocore/data") }
    }
  }

  private static func isBotocoreData(_ path: String) -> Bool {
    FileSystem.isDirectory(path) && FileSystem.exists(FileSystem.join(path, "sdk-default-configuration.json"))
      || FileSystem.exists(FileSystem.join(path, "endpoints.json"))
  }

  private static func firstLine(of path: String) -> String? {
    guard let bytes = try? FileSystem.readFile(path) else { return nil }
    let line = bytes.prefix { $0 != 10 }
    return String(decoding: line.prefix(512), as: UTF8.self)
  }
}
