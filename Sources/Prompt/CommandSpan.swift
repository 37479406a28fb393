import ShellScript

/// Where the `aws` command sits in a shell line that holds more (`cd x && aws ec2 … | jq . > out.json`).
///
/// The line is split by the shell lexer (`ShellScript`): the first of its own commands (not one inside `$(…)`)
/// whose first word after `NAME=value` assignments is `aws` is the command, from its first word to its last
/// (redirections and comments after it stay outside); without one, a line of one command is that command and
/// any other line is taken whole. `before` and `after` are kept exactly as typed around the finished command.
public struct CommandSpan: Sendable, Hashable {
  /// The text before the command, blanks included.
  public var before: String
  /// The command itself, without surrounding blanks.
  public var command: String
  /// The text after the command: the operator and everything that follows it.
  public var after: String

  /// Finds the command in `line`.
  public init(line: String) {
    let scalars = Array(line.unicodeScalars)
    let commands = ShellScript(scalars: scalars).commands.filter { $0.depth == 0 }
    let chosen = commands.first(where: Self.startsWithAWS)?.range ?? (commands.count == 1 ? commands[0].range : nil)
    var start = chosen?.lowerBound ?? 0
    var end = chosen?.upperBound ?? scalars.count
    while start < end, Self.isBlank(scalars[start]) { start += 1 }
    while end > start, Self.isBlank(scalars[end - 1]) { end -= 1 }
    func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
    before = text(0..<start)
    command = text(start..<end)
    after = text(end..<scalars.count)
  }

  /// Whether the command's first word after `NAME=value` words is `aws`.
  static func startsWithAWS(_ command: ScriptCommand) -> Bool {
    command.words.first { !PromptStart.isAssignment($0.text) }?.text == "aws"
  }

  static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
}
