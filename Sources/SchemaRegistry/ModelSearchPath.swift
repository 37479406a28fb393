public import CLIDetection
import FileSystem

/// The folders that model data is read from, in the order botocore searches them.
///
/// 1. each entry of `AWS_DATA_PATH` (`:`-separated, `~` expanded);
/// 2. `~/.aws/models`;
/// 3. the `data/` folder of one installed botocore: `ARGOT_BOTOCORE_DATA` if set, else the copy that the
///    `aws` on `PATH` uses (`InstalledCLI`), else — when that `aws` has none, or there is no `aws` — the AWS CLI v2
///    bundle, a virtualenv, user, pyenv, `/usr/local` or Debian copy, with a `fallback` note saying so;
/// 4. the project's embedded default (handled by `ModelRegistry`, not listed here).
///
/// Setting `ARGOT_NO_BOTOCORE=1` skips steps 1–3, so only the embedded default is used.
public struct ModelSearchPath: Sendable, Hashable {
  /// The folders, in search order.
  public var directories: [String]
  /// The installed botocore `data/` folder among them, if one was found.
  public var botocoreDataDirectory: String?
  /// The AWS CLI found on this machine, whose models and rules argot follows.
  public var cli: InstalledCLI
  /// Why the models in use are not the installed `aws`'s own, when they are not (one line for the user).
  public var fallback: String?

  /// A search path of exactly these folders.
  public init(
    directories: [String],
    botocoreDataDirectory: String? = nil,
    cli: InstalledCLI = InstalledCLI(),
    fallback: String? = nil
  ) {
    self.directories = directories
    self.botocoreDataDirectory = botocoreDataDirectory
    self.cli = cli
    self.fallback = fallback
  }

  /// The search path for this process's environment.
  public static func fromEnvironment() -> ModelSearchPath {
    let cli = InstalledCLI.current
    if FileSystem.environment("ARGOT_NO_BOTOCORE") == "1" { return ModelSearchPath(directories: [], cli: cli) }
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
    let (botocore, fallback) = installedBotocoreData(cli: cli)
    if let botocore { directories.append(botocore) }
    return ModelSearchPath(directories: directories, botocoreDataDirectory: botocore, cli: cli, fallback: fallback)
  }

  /// The `data/` folder of the installed botocore that the AWS CLI would use, if any, and a note when it is not
  /// the installed `aws`'s own.
  static func installedBotocoreData(cli: InstalledCLI) -> (String?, String?) {
    if let explicit = FileSystem.environment("ARGOT_BOTOCORE_DATA") {
      return (FileSystem.isDirectory(explicit) ? explicit : nil, nil)
    }
    if let own = cli.botocoreData { return (own, nil) }
    // Lazily, in order: the first match ends the search before the later folders are listed.
    for candidate in wellKnownCandidates() where isBotocoreData(candidate) {
      guard let program = cli.program else { return (candidate, nil) }
      return (candidate, "the models of \(program) were not found; using \(candidate) instead (see `argot doctor`)")
    }
    if let problem = cli.problem { return (nil, problem + " Using the embedded Direct Connect default.") }
    return (nil, nil)
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
}
