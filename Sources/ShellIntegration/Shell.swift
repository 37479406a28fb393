/// A shell that argot completes `aws` command lines in.
public enum Shell: String, Sendable, Hashable, CaseIterable {
  /// bash 4.4 or later (`complete -F`, `compopt`, `coproc`).
  case bash
  /// zsh 5 with compsys (`compinit`).
  case zsh
  /// fish 3.
  case fish

  /// The completion file under `integrations/<shell>/`, named as the shell's completion folder expects it.
  public var completionFileName: String {
    switch self {
    case .bash: "aws.bash"
    case .zsh: "_aws"
    case .fish: "aws.fish"
    }
  }

  /// The optional prompt widget under `integrations/<shell>/`, appended to `argot init` when it exists.
  public var promptFileName: String { "argot-prompt.\(rawValue)" }
}
