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
    /// Zero or more words, as the AWS CLI takes list options (`--instance-ids i-1 i-2`).
    case zeroOrMore
    /// Exactly `fixedWordCount` words (`aws s3 cp SOURCE DESTINATION`).
    case fixed
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
  /// Further names the option is accepted under, never offered (`--tape-ar-ns`).
  public var aliases: [String]
  /// A positional argument (typed without a `--name`: `outfile`, `paths`).
  public var isPositional: Bool
  /// May be given several times (`--exclude a --exclude b`).
  public var isRepeatable: Bool
  /// For `.fixed` arity, how many words.
  public var fixedWordCount: Int
  /// `v1` or `v2` when only that major version of the AWS CLI has the option.
  public var availability: String?
  /// Choices that only one AWS CLI version accepts (`yaml` → `v2` for `--output`).
  public var choicesAvailability: [String: String] = [:]
  /// Options sharing a group are mutually exclusive (`cli-input`).
  public var group: String?
  /// What a completer offers for the value: `file`, `fileUri`, `url`, `jmespath`, `profile`, `region`.
  public var completion: String?
  /// The value used when the option is absent, if the CLI documents one.
  public var defaultValue: String?

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
    isHidden: Bool = false,
    aliases: [String] = [],
    isPositional: Bool = false,
    isRepeatable: Bool = false,
    fixedWordCount: Int = 0,
    availability: String? = nil,
    group: String? = nil,
    completion: String? = nil,
    defaultValue: String? = nil
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
    self.aliases = aliases
    self.isPositional = isPositional
    self.isRepeatable = isRepeatable
    self.fixedWordCount = fixedWordCount
    self.availability = availability
    self.group = group
    self.completion = completion
    self.defaultValue = defaultValue
  }

  /// Every name the option is accepted under: its name, its negative form and its aliases.
  public var acceptedNames: [String] {
    [name] + (negatedName.map { [$0] } ?? []) + aliases
  }

  /// The input member this option sets, if it sets one.
  public var memberName: String? {
    if case .member(let name) = origin { return name }
    return nil
  }

  /// Whether the option is a flag that takes no value.
  public var isFlag: Bool { arity == .none }
}
