import ShellScript

/// The shell files argot carries (every file under `integrations/bash`, `zsh` and `fish`, embedded by
/// `Scripts/embed-integrations.py`) and the script `argot init SHELL` prints.
public enum InitScript {
  /// The names of the files carried for `shell`, sorted.
  public static func fileNames(of shell: Shell) -> [String] {
    let folder = shell.rawValue + "/"
    return IntegrationFiles.files.keys.filter { $0.hasPrefix(folder) }.map { String($0.dropFirst(folder.count)) }
      .sorted()
  }

  /// The text of `integrations/<shell>/<name>`, if the binary carries it.
  public static func file(_ name: String, of shell: Shell) -> String? {
    IntegrationFiles.files[shell.rawValue + "/" + name]
  }

  /// What `argot init SHELL` prints for `eval` (bash, zsh) or `source` (fish): a few lines of glue, the
  /// completion file, then the prompt widget file when there is one, each exactly as under `integrations/`.
  ///
  /// The glue makes the scripts run the argot at `argotPath` (the binary printing them) unless
  /// `ARGOT_COMMAND` is already set; for fish it also loads fish's own `aws` completions first, so that the
  /// completion file replaces them instead of fish adding them on the first Tab.
  public static func initScript(for shell: Shell, argotPath: String?) -> String {
    var script = ""
    switch shell {
    case .bash, .zsh:
      script += "# argot init \(shell.rawValue): eval \"$(argot init \(shell.rawValue))\" in ~/.\(shell.rawValue)rc\n"
      if let argotPath {
        script += "if [[ -z ${ARGOT_COMMAND-} ]]; then ARGOT_COMMAND=\(ShellQuote.singleQuoted(argotPath)); fi\n"
      }
    case .fish:
      script += "# argot init fish: argot init fish | source in ~/.config/fish/config.fish\n"
      if let argotPath {
        script +=
          "set -q ARGOT_COMMAND[1]; or set -g ARGOT_COMMAND \(ShellQuote.singleQuoted(argotPath, style: .fish))\n"
      }
      script += "complete -C'aws ' >/dev/null 2>&1\n"
    }
    for name in [shell.completionFileName, shell.promptFileName] {
      guard let text = file(name, of: shell) else { continue }
      script += text
      if !text.hasSuffix("\n") { script += "\n" }
    }
    return script
  }
}
