import FileSystem

/// Whether a shell is set up to complete `aws` through argot: which startup file runs `argot init`, and the line
/// to add when none does.
public struct ShellSetup: Sendable, Hashable {
  /// The shell.
  public var shell: Shell
  /// The startup files read, in the order the shell reads them (only those that exist).
  public var startupFiles: [String]
  /// The startup file that runs `argot init`, if one does.
  public var configuredIn: String?
  /// The file a user should add `setupLine` to.
  public var recommendedFile: String

  /// The line that sets the shell up.
  public var setupLine: String {
    switch shell {
    case .bash, .zsh: "eval \"$(argot init \(shell.rawValue))\""
    case .fish: "argot init fish | source"
    }
  }

  /// Looks at the user's startup files for `shell` under this process's `$HOME`, `$ZDOTDIR` and
  /// `$XDG_CONFIG_HOME`.
  public static func inspect(_ shell: Shell) -> ShellSetup { inspect(shell) { FileSystem.environment($0) } }

  /// Looks at the user's startup files for `shell`, with `environment` giving the variables.
  public static func inspect(_ shell: Shell, environment: (String) -> String?) -> ShellSetup {
    let home = environment("HOME") ?? "~"
    let candidates: [String]
    let recommended: String
    switch shell {
    case .bash:
      candidates = [".bashrc", ".bash_profile", ".bash_login", ".profile"].map { FileSystem.join(home, $0) }
      recommended = FileSystem.join(home, ".bashrc")
    case .zsh:
      let folder = environment("ZDOTDIR") ?? home
      candidates = [".zshenv", ".zprofile", ".zshrc"].map { FileSystem.join(folder, $0) }
      recommended = FileSystem.join(folder, ".zshrc")
    case .fish:
      let config = FileSystem.join(environment("XDG_CONFIG_HOME") ?? FileSystem.join(home, ".config"), "fish")
      let confD = FileSystem.join(config, "conf.d")
      let snippets = ((try? FileSystem.contentsOfDirectory(confD)) ?? []).filter { $0.hasSuffix(".fish") }
      candidates = [FileSystem.join(config, "config.fish")] + snippets.map { FileSystem.join(confD, $0) }
      recommended = FileSystem.join(config, "config.fish")
    }
    let existing = candidates.filter { FileSystem.exists($0) }
    let configured = existing.first { path in
      guard FileSystem.isRegularFile(path), let text = try? FileSystem.readText(path) else { return false }
      return text.split(separator: "\n").contains { line in
        let code = line.drop { $0 == " " || $0 == "\t" }
        return !code.hasPrefix("#") && code.contains("argot init \(shell.rawValue)")
      }
    }
    return ShellSetup(shell: shell, startupFiles: existing, configuredIn: configured, recommendedFile: recommended)
  }
}
