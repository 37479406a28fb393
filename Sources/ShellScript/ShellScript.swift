/// The simple commands of a shell script (sh, bash, zsh), found the way the shell splits them (by
/// `ShellLexer`, which says what is handled), the commands inside `$(…)`, `<(…)` and `>(…)` included.
///
/// Nothing here knows which programs exist: `commands(running:)` picks the commands of one program.
public struct ShellScript: Sendable {
  /// Every simple command, in the order they start.
  public var commands: [ScriptCommand]

  /// Splits `text` into commands.
  public init(_ text: String) {
    self.init(scalars: Array(text.unicodeScalars))
  }

  /// Splits a script given as Unicode scalars (offsets count these).
  public init(scalars: [Unicode.Scalar]) {
    var lexer = ShellLexer(scalars: scalars)
    lexer.run()
    commands = lexer.commands.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The commands that run `program` (`aws`), directly or through a wrapper such as `sudo` or `env`.
  public func commands(running program: String) -> [ScriptCommand] {
    commands.filter { $0.runs(program) }
  }
}
