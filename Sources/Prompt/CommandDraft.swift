public import CLISchema
public import ShellScript

/// The command being put together: service, operation, the parameters answered so far and the words kept from
/// the line the prompt started from. Its `line` is what `argot prompt` prints.
public struct CommandDraft: Sendable {
  /// One parameter's answer.
  public struct Answer: Sendable, Hashable {
    /// The parameter.
    public var parameter: CLIParameter
    /// Its value words (none for a flag).
    public var values: [String]
    /// For a boolean flag, `--no-x` (false) instead of `--x`.
    public var isNegated: Bool

    /// Creates an answer.
    public init(parameter: CLIParameter, values: [String], isNegated: Bool = false) {
      self.parameter = parameter
      self.values = values
      self.isNegated = isNegated
    }

    /// The words on the command line: `--new-bgp-peer asn=1`, `--no-dry-run`; a positional argument's values
    /// alone (`s3 cp`'s two paths).
    public var words: [String] {
      if isNegated, let negated = parameter.negatedName { return [negated] }
      if parameter.isPositional { return values }
      return [parameter.name] + values
    }
  }

  /// The service command (`directconnect`), once chosen.
  public var service: String?
  /// The operation (`create-bgp-peer`) or, for a waiter, the waiter's name, once chosen.
  public var operation: String?
  /// Whether `operation` is a waiter (`aws SERVICE wait WAITER`).
  public var isWaiter = false
  /// Answered parameters, in the order they were given.
  public var answers: [Answer] = []
  /// Words kept as they were given (global options such as `--region us-east-1`, unknown options), in order.
  public var keptWords: [String] = []
  /// Variable assignments before `aws` (`AWS_PROFILE=prod`).
  public var assignments: [String] = []

  /// An empty draft.
  public init() {}

  /// The words of the command: `aws directconnect create-bgp-peer --new-bgp-peer asn=1`.
  public var words: [String] {
    var words = ["aws"]
    if let service { words.append(service) }
    if let operation {
      if isWaiter { words.append("wait") }
      words.append(operation)
    }
    for answer in answers { words += answer.words }
    return words + keptWords
  }

  /// The command words after `aws`: `directconnect create-bgp-peer` or `ec2 wait instance-running`.
  public var commandWords: [String] {
    var words: [String] = []
    if let service { words.append(service) }
    if let operation {
      if isWaiter { words.append("wait") }
      words.append(operation)
    }
    return words
  }

  /// The command line, each word quoted for the shell only where needed (in an assignment, only the value).
  public func line(style: ShellQuote.Style = .posix) -> String {
    let assigned = assignments.map { word -> String in
      guard let equals = word.firstIndex(of: "=") else { return ShellQuote.quote(word, style: style) }
      let value = String(word[word.index(after: equals)...])
      return String(word[...equals]) + (value.isEmpty ? "" : ShellQuote.quote(value, style: style))
    }
    let command = ShellQuote.join(words, style: style)
    // fish 3.1+ accepts `NAME=value command` as well.
    return (assigned + [command]).joined(separator: " ")
  }

  /// The answer for the parameter named `name`, if any.
  public func answer(for name: String) -> Answer? {
    answers.first { $0.parameter.name == name }
  }

  /// Sets (or replaces, keeping its place) the answer for a parameter.
  public mutating func set(_ answer: Answer) {
    if let index = answers.firstIndex(where: { $0.parameter.name == answer.parameter.name }) {
      answers[index] = answer
    } else {
      answers.append(answer)
    }
  }

  /// Removes the answer for the parameter named `name`.
  public mutating func remove(_ name: String) {
    answers.removeAll { $0.parameter.name == name }
  }
}
