public import ArgotProtocol
public import Invocation
import ShellScript

extension InvocationParser {
  /// Parses a protocol command input: `argv` (the program name first), a shell `line`, or an `input` document
  /// given to the named command as `--cli-input-json`. `argot parse`, `argot validate` and the server all read
  /// command lines through here.
  public func parse(_ input: CommandInput, options: InvocationOptions = InvocationOptions()) -> Invocation {
    switch input {
    case .argv(let words):
      return parse(words: words.map(ShellWord.init(argument:)), firstArgument: min(1, words.count), options: options)
    case .line(let line):
      return parse(line: line, options: options)
    case .input(let command, let text):
      let words = ["aws"] + command.words + ["--cli-input-json", text]
      return parse(words: words.map(ShellWord.init(argument:)), firstArgument: 1, options: options)
    }
  }
}
