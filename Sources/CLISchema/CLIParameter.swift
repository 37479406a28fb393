public import Botocore

/// One option of an AWS CLI command, as the user types it.
public struct CLIParameter: Sendable, Hashable {
  /// Where an option comes from.
  public enum Origin: Sendable, Hashable {
    /// A member of the operation's input structure (its model name).
    case member(String)
    /// `--starting-token`, `--page-size` or `--max-items`, added to paginated operations.
    case pagination
    /// An option the AWS CLI adds to this command that the model does not have.
    case custom
    /// An option every operation command has (`--cli-input-json`, `--generate-cli-skeleton`, …).
    case command
    /// A global option (`--output`, `--region`, …).
    case global
  }

  /// How many words the option consumes after its name.
  public enum Arity: String, Sendable, Hashable {
    /// A flag: no value (`--dry-run`).
    case none
    /// Exactly one word.
    case one
    /// One word, or none (`--generate-cli-skeleton` alone means `input`).
    case optional
    /// One or more words: each word is one list element (`--tags k=a,v=b k=c,v=d`).
    case oneOrMore
  }

  /// The option as typed, with its dashes: `--new-bgp-peer`.
  public var name: String
  /// Where it comes from.
  public var origin: Origin
  /// The CLI type name: `string`, `integer`, `long`, `boolean`, `float`, `double`, `timestamp`, `blob`,
  /// `structure`, `list`, `map` or `document`.
  public var typeName: String
  /// For members: the reference to the member's shape (with the member's own documentation).
  public var reference: ShapeReference?
  /// Whether the command fails without it.
  public var isRequired: Bool
  /// How many words it takes.
  public var arity: Arity
  /// For a boolean member, the negative form (`--no-dry-run`) that sets it to false.
  public var negatedName: String?
  /// Allowed values (a model enum or a fixed set), if any.
  public var choices: [String]?
  /// The value `--x` alone stands for, for options with an optional value.
  public var implicitValue: String?
  /// Documentation: HTML from the model, or plain text for options the project describes.
  public var documentation: String?
  /// Accepted but not shown in help or completion (the AWS CLI's undocumented options).
  public var isHidden: Bool

  /// Creates an option.
  public init(
    name: String,
    origin: Origin,
    typeName: String,
    reference: ShapeReference? = nil,
    isRequired: Bool = false,
    arity: Arity = .one,
    negatedName: String? = nil,
    choices: [String]? = nil,
    implicitValue: String? = nil,
    documentation: String? = nil,
    isHidden: Bool = false
  ) {
    self.name = name
    self.origin = origin
    self.typeName = typeName
    self.reference = reference
    self.isRequired = isRequired
    self.arity = arity
    self.negatedName = negatedName
    self.choices = choices
    self.implicitValue = implicitValue
    self.documentation = documentation
    self.isHidden = isHidden
  }

  /// The input member this option sets, if it sets one.
  public var memberName: String? {
    if case .member(let name) = origin { return name }
    return nil
  }

  /// Whether the option is a flag that takes no value.
  public var isFlag: Bool { arity == .none }
}
