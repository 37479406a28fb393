import FileSystem

/// Where profiles, regions and file paths come from. `current` reads the process's environment; tests pass
/// their own.
public struct CompletionEnvironment: Sendable, Hashable {
  /// The AWS CLI config file (`AWS_CONFIG_FILE`, else `~/.aws/config`), if known.
  public var configFile: String?
  /// The shared credentials file (`AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials`), if known.
  public var credentialsFile: String?
  /// The home folder, for `~` in `file://~/…` paths.
  public var homeDirectory: String?
  /// The folder relative `file://` paths start from; nil is the process's working directory.
  public var workingDirectory: String?
  /// The botocore `data/` folder whose `endpoints.json` lists the regions; nil takes the catalog's.
  public var botocoreDataDirectory: String?

  /// An environment with these sources.
  public init(
    configFile: String? = nil,
    credentialsFile: String? = nil,
    homeDirectory: String? = nil,
    workingDirectory: String? = nil,
    botocoreDataDirectory: String? = nil
  ) {
    self.configFile = configFile
    self.credentialsFile = credentialsFile
    self.homeDirectory = homeDirectory
    self.workingDirectory = workingDirectory
    self.botocoreDataDirectory = botocoreDataDirectory
  }

  /// The process's environment: `AWS_CONFIG_FILE`, `AWS_SHARED_CREDENTIALS_FILE`, `HOME`, the working directory.
  public static var current: CompletionEnvironment {
    let home = FileSystem.homeDirectory
    return CompletionEnvironment(
      configFile: FileSystem.environment("AWS_CONFIG_FILE").map(FileSystem.expandingTilde)
        ?? home.map { FileSystem.join($0, ".aws/config") },
      credentialsFile: FileSystem.environment("AWS_SHARED_CREDENTIALS_FILE").map(FileSystem.expandingTilde)
        ?? home.map { FileSystem.join($0, ".aws/credentials") },
      homeDirectory: home,
      workingDirectory: nil
    )
  }
}
