import ArgumentParser
import FileSystem
import ShellIntegration

/// `argot init bash|zsh|fish`: the script that sets up completion (and the prompt widget) in a shell.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Print the script that sets up aws completion in a shell.",
    discussion: """
      Add one line to the shell's startup file:
        bash:  eval "$(argot init bash)"        in ~/.bashrc
        zsh:   eval "$(argot init zsh)"         in ~/.zshrc
        fish:  argot init fish | source         in ~/.config/fish/config.fish
      The script is the shell's file under integrations/ in the argot sources, which can also be installed in \
      the shell's completion folder instead. See Documentation/Shells.md.
      """
  )

  @Argument(help: "The shell: bash, zsh or fish.")
  var shell: ShellName

  func run() {
    print(InitScript.initScript(for: shell.shell, argotPath: FileSystem.executablePath), terminator: "")
  }
}

/// A shell named on the command line.
enum ShellName: String, ExpressibleByArgument, CaseIterable {
  case bash, zsh, fish

  var shell: Shell {
    switch self {
    case .bash: .bash
    case .zsh: .zsh
    case .fish: .fish
    }
  }
}
