import CLISchema

/// An option as completion needs it: the option, its one-line description, and for a list of enum values, the
/// values an item may take.
struct OptionEntry: Sendable {
  /// The option. Read from the index, its `choices` stay packed in `packedChoices` until asked for.
  var parameter: CLIParameter
  /// One line of documentation.
  var summary: String?
  private var listedItemChoices: [String]?
  /// Choices as the index stores them (separated by U+001F), split only when a value is completed: an option
  /// list mentions them only to say `enum`, and some lists are long (ec2's instance types).
  private var packedChoices: (text: Substring, isItem: Bool)?

  init(parameter: CLIParameter, summary: String?, itemChoices: [String]? = nil) {
    self.parameter = parameter
    self.summary = summary
    self.listedItemChoices = itemChoices
  }

  /// An entry whose choices (or, with `isItem`, its list items' choices) are still packed.
  init(parameter: CLIParameter, summary: String?, packedChoices: Substring, isItem: Bool) {
    self.init(parameter: parameter, summary: summary)
    self.packedChoices = (packedChoices, isItem)
  }

  /// Whether the option takes one of a fixed set of values.
  var hasChoices: Bool { parameter.choices != nil || packedChoices?.isItem == false }

  /// The values the option takes, if it takes one of a fixed set.
  var choices: [String]? {
    if let choices = parameter.choices { return choices }
    guard let packedChoices, !packedChoices.isItem else { return nil }
    return Self.unpack(packedChoices.text)
  }

  /// For a list whose items are enum values (`--instance-types`), those values.
  var itemChoices: [String]? {
    if let listedItemChoices { return listedItemChoices }
    guard let packedChoices, packedChoices.isItem else { return nil }
    return Self.unpack(packedChoices.text)
  }

  static func unpack(_ text: Substring) -> [String] {
    guard !text.isEmpty else { return [] }
    return text.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(Substring($0)) }
  }

  /// An entry for an option of the CLI layer (documentation in plain text) or of a built command.
  init(_ parameter: CLIParameter, itemChoices: [String]? = nil) {
    self.init(parameter: parameter, summary: OneLine.of(parameter.documentation), itemChoices: itemChoices)
  }

  /// Whether completion offers the option: documented, and not an AWS CLI v1-only option.
  var isOffered: Bool { parameter.isOffered }
}

extension [OptionEntry] {
  /// The option typed as `name` (its name, its negative form or an alias).
  func option(named name: String) -> OptionEntry? {
    first {
      !$0.parameter.isPositional
        && ($0.parameter.name == name || $0.parameter.negatedName == name || $0.parameter.aliases.contains(name))
    }
  }
}

/// A command below a service (an operation, or a waiter under `wait`) with its options.
struct OperationScope: Sendable {
  var service: ServiceCommand
  var name: String
  var isWaiter: Bool
  var options: [OptionEntry]

  /// The key the resolver keeps it under.
  var key: String { Self.key(service: service.name, name: name, isWaiter: isWaiter) }

  static func key(service: String, name: String, isWaiter: Bool) -> String {
    isWaiter ? "\(service) wait \(name)" : "\(service) \(name)"
  }
}

/// A name offered after a service (an operation, `wait`, a waiter, a custom subcommand) or at the top.
struct NameEntry: Sendable, Hashable {
  var name: String
  var kind: CompletionKind
  var isHidden: Bool
  var summary: String?
}
