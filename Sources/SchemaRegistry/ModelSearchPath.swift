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
    if let candidate = WellKnownBotocore.first(environment: { FileSystem.environment($0) }) {
      guard let program = cli.program else { return (candidate, nil) }
      return (candidate, "the models of \(program) were not found; using \(candidate) instead (see `argot doctor`)")
    }
    if let problem = cli.problem { return (nil, problem + " Using the embedded Direct Connect default.") }
    return (nil, nil)
  }
}
