public import Botocore
public import JSON

/// Names an argument the way botocore does: service data folder, operation and input member
/// (`elb`, `RemoveTags`, `Tags`). Needed only for the AWS CLI's hard-coded legacy list cases.
public struct ShorthandArgumentContext: Sendable, Hashable {
  /// The botocore service name (the data folder: `elb`, `firehose`).
  public var service: String
  /// The operation's model name (`RemoveTags`).
  public var operation: String
  /// The input member's name (`Tags`).
  public var member: String

  /// Creates a context.
  public init(service: String, operation: String, member: String) {
    self.service = service
    self.operation = operation
    self.member = member
  }
}

/// How an argument's words were read.
public struct ShorthandArgumentResult: Sendable {
  /// Which reading applied.
  public enum Kind: Sendable, Hashable {
    /// Shorthand (or one of the AWS CLI's special cases): `value` holds the typed result.
    case shorthand
    /// The first word starts with `{` or `[`: the caller should read the words as JSON.
    case json
    /// The argument's shape doesn't take shorthand (a scalar, a list of scalars, a document).
    case notShorthand
  }

  /// Which reading applied.
  public var kind: Kind
  /// The typed value, for `.shorthand`: an object, or a list (one item per word) for list arguments.
  ///
  /// Built from the parses' trees and what typing made of them each time it is read (reading arguments for
  /// diagnostics alone builds none); assigning a value keeps that value instead.
  public var value: JSONValue? {
    get {
      guard let typing else { return storedValue }
      let items = zip(parses, typing).map { $0.tree.jsonValue($0.root, typing: $1) }
      return typedAsList ? .array(items) : items.first
    }
    set {
      storedValue = newValue
      typing = nil
    }
  }
  /// The value when it is not built from the parses.
  private var storedValue: JSONValue?
  /// What typing made of each parse's tree, when the value is built from the parses.
  private var typing: [ShorthandTypedValues]?
  /// Whether the value built from the parses is a list of them (a list argument) rather than the first alone.
  private var typedAsList = false
  /// The parse of each word (empty for the special cases and non-shorthand readings).
  public var parses: [ShorthandParse]
  /// Syntax and typing diagnostics; `word` says which word each one is in, paths start at the argument
  /// (`[1].Value` for the second word of a list argument).
  public var diagnostics: [ShorthandDiagnostic]

  /// Whether the AWS CLI would accept the words (no error diagnostics).
  public var isValid: Bool { !diagnostics.contains(where: \.isError) }

  /// A result holding `value` as it is.
  init(kind: Kind, value: JSONValue?, parses: [ShorthandParse], diagnostics: [ShorthandDiagnostic]) {
    self.kind = kind
    self.storedValue = value
    self.parses = parses
    self.diagnostics = diagnostics
  }

  /// A shorthand result whose value is built from the parses and what typing made of each (a list of them
  /// when `isList`).
  init(parses: [ShorthandParse], typing: [ShorthandTypedValues], isList: Bool, diagnostics: [ShorthandDiagnostic]) {
    self.kind = .shorthand
    self.parses = parses
    self.typing = typing
    self.typedAsList = isList
    self.diagnostics = diagnostics
  }
}

/// The AWS CLI's decisions around shorthand for a whole argument (`awsli/argprocess.py`): whether shorthand
/// applies, JSON detection, the special cases, one parse per word for list arguments, then typing.
public enum ShorthandArgument {
  /// Whether an argument of this shape is read as shorthand: a structure, a map, or a list whose elements are
  /// structures, lists or maps; never a document or a list/map of documents.
  public static func acceptsShorthand(_ shape: Shape, in model: ServiceModel) -> Bool {
    if model.isDocumentContainer(shape) { return false }
    switch shape.type {
    case .structure, .map:
      return true
    case .list:
      guard let element = model.elementShape(of: shape) else { return false }
      return element.type.isContainer
    default:
      return false
    }
  }

  /// Whether a value is taken as JSON rather than shorthand: stripped of whitespace, it starts with `{` or `[`.
  public static func looksLikeJSON(_ value: String) -> Bool {
    let first = value.unicodeScalars.first { !ShorthandCharacters.isPythonWhitespace($0) }
    return first == "{" || first == "["
  }

  /// The special case of a structure whose only member is a string named `Value`: a word without `=` is that
  /// member (`--instance-initiated-shutdown-behavior terminate` → `{"Value": "terminate"}`). Nil otherwise.
  public static func singleValueStructure(_ text: String, shape: Shape, in model: ServiceModel) -> JSONValue? {
    guard isSingleValueStructure(shape, in: model), !text.unicodeScalars.contains("=") else { return nil }
    return ["Value": .string(text)]
  }

  /// Whether the shape is a structure with exactly one member, a string named `Value`.
  public static func isSingleValueStructure(_ shape: Shape, in model: ServiceModel) -> Bool {
    guard shape.type == .structure, shape.members.count == 1, let member = shape.members.first,
      member.name == "Value", model.shape(for: member.reference)?.type == .string
    else { return false }
    return true
  }

  /// The member name of the AWS CLI's legacy list case, for the nine arguments it hard-codes (firehose
  /// `put-record-batch --records`, workspaces `reboot/rebuild/terminate-workspaces`, elb `remove-tags --tags`
  /// and the three `--instances` operations): each word becomes `{member: word}`. Nil for other arguments.
  public static func legacyListMember(
    _ context: ShorthandArgumentContext,
    shape: Shape,
    in model: ServiceModel
  ) -> String? {
    guard legacyListCases[context.service]?[context.operation] == context.member, shape.type == .list,
      let element = model.elementShape(of: shape), element.type == .structure, element.members.count == 1
    else { return nil }
    return element.members[0].name
  }

  /// The arguments of the legacy list case: service → operation → input member.
  static let legacyListCases: [String: [String: String]] = [
    "firehose": ["PutRecordBatch": "Records"],
    "workspaces": [
      "RebootWorkspaces": "RebootWorkspaceRequests",
      "RebuildWorkspaces": "RebuildWorkspaceRequests",
      "TerminateWorkspaces": "TerminateWorkspaceRequests",
    ],
    "elb": [
      "RemoveTags": "Tags",
      "DescribeInstanceHealth": "Instances",
      "DeregisterInstancesFromLoadBalancer": "Instances",
      "RegisterInstancesWithLoadBalancer": "Instances",
    ],
  ]

  /// Reads an argument's words as the AWS CLI does. Structure and map arguments take one word (only the
  /// first is read); list arguments take one word per element.
  ///
  /// - Parameters:
  ///   - words: the argument's values as the shell split them.
  ///   - shape: the argument's shape (the operation input member's target).
  ///   - context: the argument's names, for the legacy list cases; nil skips them.
  ///   - fileLoader: reads `@=` files; nil keeps the references as written.
  public static func parse(
    words: [String],
    shape: Shape,
    model: ServiceModel,
    context: ShorthandArgumentContext? = nil,
    fileLoader: ShorthandFileLoader? = nil
  ) -> ShorthandArgumentResult {
    guard let first = words.first else {
      return ShorthandArgumentResult(kind: .notShorthand, value: nil, parses: [], diagnostics: [])
    }
    if looksLikeJSON(first) {
      return ShorthandArgumentResult(kind: .json, value: nil, parses: [], diagnostics: [])
    }
    guard acceptsShorthand(shape, in: model) else {
      return ShorthandArgumentResult(kind: .notShorthand, value: nil, parses: [], diagnostics: [])
    }
    if let context, let member = legacyListMember(context, shape: shape, in: model) {
      let value = JSONValue.array(words.map { [member: .string($0)] })
      return ShorthandArgumentResult(kind: .shorthand, value: value, parses: [], diagnostics: [])
    }
    if let value = singleValueStructure(first, shape: shape, in: model) {
      return ShorthandArgumentResult(kind: .shorthand, value: value, parses: [], diagnostics: [])
    }
    if shape.type == .list, let element = model.elementShape(of: shape) {
      var parses: [ShorthandParse] = []
      var typing: [ShorthandTypedValues] = []
      var diagnostics: [ShorthandDiagnostic] = []
      parses.reserveCapacity(words.count)
      typing.reserveCapacity(words.count)
      for (index, word) in words.enumerated() {
        let parse = ShorthandParser.parse(word, fileLoader: fileLoader)
        let prefix = ShorthandPath([.index(index)])
        if !parse.diagnostics.isEmpty {
          diagnostics += parse.diagnostics.map { diagnostic in
            var moved = diagnostic
            moved.word = index
            moved.path = ShorthandPath(prefix.components + diagnostic.path.components)
            return moved
          }
        }
        let typed = ShorthandTyping.values(parse, shape: element, model: model, prefix: prefix, word: index)
        diagnostics += typed.diagnostics
        parses.append(parse)
        typing.append(typed.values)
      }
      return ShorthandArgumentResult(parses: parses, typing: typing, isList: true, diagnostics: diagnostics)
    }
    let parse = ShorthandParser.parse(first, fileLoader: fileLoader)
    let typed = ShorthandTyping.values(parse, shape: shape, model: model, prefix: .root, word: 0)
    return ShorthandArgumentResult(
      parses: [parse],
      typing: [typed.values],
      isList: false,
      diagnostics: parse.diagnostics.isEmpty ? typed.diagnostics : parse.diagnostics + typed.diagnostics
    )
  }

  /// Checks a read argument against the model's constraints (`ShorthandValidator`), word by word for list
  /// arguments, with paths from the argument and ranges in each word. Values that already have an error in
  /// `result.diagnostics` (a number that didn't convert) are not reported again.
  public static func validate(
    _ result: ShorthandArgumentResult,
    shape: Shape,
    model: ServiceModel
  ) -> [ShorthandDiagnostic] {
    guard result.kind == .shorthand, let value = result.value else { return [] }
    var diagnostics: [ShorthandDiagnostic] = []
    if shape.type == .list, !result.parses.isEmpty, case .array(let items) = value,
      let element = model.elementShape(of: shape)
    {
      diagnostics = ShorthandValidator.validateCount(value, shape: shape)
      for (index, item) in items.enumerated() where index < result.parses.count {
        diagnostics += ShorthandValidator.validate(
          item,
          shape: element,
          model: model,
          sourceMap: result.parses[index].sourceMap,
          prefix: ShorthandPath([.index(index)]),
          word: index
        )
      }
    } else {
      diagnostics = ShorthandValidator.validate(
        value,
        shape: shape,
        model: model,
        sourceMap: result.parses.first?.sourceMap ?? ShorthandSourceMap()
      )
    }
    let reported = Set(result.diagnostics.filter(\.isError).map(\.path))
    return diagnostics.filter { !reported.contains($0.path) }
  }
}
