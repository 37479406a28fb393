import CLISchema

/// An option as completion needs it: the option, its one-line description, and for a list of enum values, the
/// values an item may take.
struct OptionEntry: Sendable {
  var parameter: CLIParameter
  /// One line of documentation.
  var summary: String?
  /// For a list whose items are enum values (`--instance-types`), those values.
  var itemChoices: [String]?

  init(parameter: CLIParameter, summary: String?, itemChoices: [String]? = nil) {
    self.parameter = parameter
    self.summary = summary
    self.itemChoices = itemChoices
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
