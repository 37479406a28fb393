import CLISchema
import Invocation

/// What the words before the cursor say: the command they name, the options already given, and the option whose
/// value the cursor is in, if any.
///
/// Global options may come anywhere, as the AWS CLI accepts them. An option that takes one value takes the next
/// word unless it starts with `--`; a list option takes words up to the next `--` word.
struct CommandWalk {
  /// The command named so far.
  var scope: CommandScope = .top
  /// The option names given anywhere on the line (before or after the cursor), as typed.
  var givenOptions: Set<String> = []
  /// The option whose value the word at the cursor would be, and how many values it already has.
  var pendingOption: OptionEntry?
  var pendingValueCount = 0
  /// Positional words given to the current command (`aws s3 cp SOURCE …`).
  var positionalCount = 0

  init(cursor: CommandLineCursor, resolver: CommandResolver) {
    for word in cursor.wordsBefore.dropFirst(cursor.programIndex + 1) { consume(word.text, resolver: resolver) }
    for word in cursor.wordsAfter where word.text.hasPrefix("--") {
      givenOptions.insert(Self.optionName(word.text))
    }
  }

  /// `--name` of `--name=value`.
  static func optionName(_ word: String) -> String {
    guard let equals = word.firstIndex(of: "=") else { return word }
    return String(word[..<equals])
  }

  private mutating func consume(_ word: String, resolver: CommandResolver) {
    if word.hasPrefix("--") {
      let name = Self.optionName(word)
      givenOptions.insert(name)
      pendingOption = nil
      pendingValueCount = 0
      guard let option = resolver.option(named: name, in: scope), !option.parameter.isFlag, !word.contains("=") else {
        return
      }
      pendingOption = option
      return
    }
    if let option = pendingOption {
      pendingValueCount += 1
      switch option.parameter.arity {
      case .one, .optional, .none: pendingOption = nil
      case .fixed where pendingValueCount >= option.parameter.fixedWordCount: pendingOption = nil
      case .fixed, .zeroOrMore, .oneOrMore: break
      }
      return
    }
    if let next = resolver.subcommand(word, of: scope) {
      scope = next
      positionalCount = 0
    } else {
      positionalCount += 1
    }
  }
}
