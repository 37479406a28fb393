import Botocore
import CLISchema

extension CompletionEngine {
  /// The values offered for `option` at the cursor in `value`.
  func values(for entry: OptionEntry, _ value: ValueText, scope: CommandScope) -> CompletionResult {
    let option = entry.parameter
    let whole = value.replace(from: 0)
    let text = value.text
    if text.hasPrefix("file://") || text.hasPrefix("fileb://") {
      return paths(value, scheme: text.hasPrefix("file://") ? "file://" : "fileb://")
    }
    if let choices = entry.choices ?? entry.itemChoices {
      let items = choices.filter { $0.hasPrefix(text) }
        .map { CompletionItem(label: $0, kind: .value, detail: "enum") }
      return CompletionResult(items: items, replace: whole)
    }
    switch option.completion {
    case "profile":
      return CompletionResult(items: profiles(prefix: text), replace: whole)
    case "region":
      return CompletionResult(items: regions(prefix: text), replace: whole)
    case "file":
      return localPaths(value)
    case "fileUri":
      return CompletionResult(items: fileSchemes(prefix: text, binary: false, evenEmpty: true), replace: whole)
    default:
      break
    }
    if let kind = PathArgument(option) {
      return pathValues(kind, value)
    }
    if option.typeName == "boolean" {
      let items = ["true", "false"].filter { $0.hasPrefix(text) }
        .map { CompletionItem(label: $0, kind: .value, detail: "boolean") }
      return CompletionResult(items: items, replace: whole)
    }
    if case .operation(let operation) = scope, let member = option.memberName,
      let table = resolver.shapes(for: operation), let shape = table.shape(ofMember: member)
    {
      return memberValues(shape: shape, in: table.model, value)
    }
    return CompletionResult(items: fileSchemes(prefix: text, binary: false), replace: whole)
  }

  /// Values of a model member given as the whole option value: enum values, booleans, shorthand.
  func memberValues(shape: Shape, in model: ServiceModel, _ value: ValueText) -> CompletionResult {
    let whole = value.replace(from: 0)
    let text = value.text
    switch shape.type {
    case .structure, .map:
      return withFileSchemes(shorthand(root: shape, in: model, value), value)
    case .list:
      if let member = shape.member, let item = model.shape(for: member), item.type == .structure || item.type == .map {
        return withFileSchemes(shorthand(root: item, in: model, value), value)
      }
      if let member = shape.member, let item = model.shape(for: member), let choices = item.enumValues {
        let items = choices.filter { $0.hasPrefix(text) }.map {
          CompletionItem(label: $0, kind: .value, detail: "enum")
        }
        return CompletionResult(items: items, replace: whole)
      }
    case .boolean:
      let items = ["true", "false"].filter { $0.hasPrefix(text) }
        .map { CompletionItem(label: $0, kind: .value, detail: "boolean") }
      return CompletionResult(items: items, replace: whole)
    case .blob:
      return CompletionResult(items: fileSchemes(prefix: text, binary: true), replace: whole)
    default:
      break
    }
    return CompletionResult(items: fileSchemes(prefix: text, binary: false), replace: whole)
  }

  /// A shorthand result, with `file://` when the whole value typed so far could start one.
  private func withFileSchemes(_ result: CompletionResult, _ value: ValueText) -> CompletionResult {
    let schemes = fileSchemes(prefix: value.text, binary: false)
    guard !schemes.isEmpty else { return result }
    return CompletionResult(items: result.items + schemes, replace: value.replace(from: 0))
  }

  /// `file://` (and `fileb://` for binary values) when the typed text could start one.
  func fileSchemes(prefix: String, binary: Bool, evenEmpty: Bool = false) -> [CompletionItem] {
    guard evenEmpty || !prefix.isEmpty else { return [] }
    let schemes = binary ? ["fileb://", "file://"] : ["file://"]
    return schemes.filter { $0.hasPrefix(prefix) }
      .map {
        CompletionItem(
          label: $0,
          kind: .file,
          detail: "file",
          documentation: $0 == "fileb://" ? "Read the value's bytes from a file." : "Read the value from a file.",
          noSpace: true
        )
      }
  }

  /// Values for the word at a positional argument (`aws s3 cp PATH`, `s3api get-object … OUTFILE`), or nil when
  /// the command takes no positional there or it is not a path.
  func positionalValues(walk: CommandWalk, cursor: CommandLineCursor) -> CompletionResult? {
    var remaining = walk.positionalCount
    for parameter in walk.scope.options.map(\.parameter) where parameter.isPositional {
      let count = parameter.arity == .fixed ? parameter.fixedWordCount : 1
      if remaining < count || parameter.arity == .zeroOrMore || parameter.arity == .oneOrMore {
        guard let kind = PathArgument(parameter) else { return nil }
        return pathValues(kind, ValueText(cursor: cursor, from: 0))
      }
      remaining -= count
    }
    return nil
  }

  /// Local paths and `s3://`, as `kind` allows, for the value typed so far. After `s3://` nothing is offered
  /// (listing buckets and keys needs the network).
  func pathValues(_ kind: PathArgument, _ value: ValueText) -> CompletionResult {
    let text = value.text
    let scheme = "s3://"
    if kind.offersS3, text.hasPrefix(scheme) || (!text.isEmpty && scheme.hasPrefix(text) && kind == .s3) {
      let items =
        text.count < scheme.count
        ? [CompletionItem(label: scheme, kind: .file, detail: "S3 URI", documentation: Self.s3Summary, noSpace: true)]
        : []
      return CompletionResult(items: items, replace: value.replace(from: 0))
    }
    var items = kind.offersLocalPaths ? localPaths(value).items : []
    if kind.offersS3, scheme.hasPrefix(text) {
      items.append(
        CompletionItem(label: scheme, kind: .file, detail: "S3 URI", documentation: Self.s3Summary, noSpace: true)
      )
    }
    return CompletionResult(items: items, replace: value.replace(from: 0))
  }

  private static let s3Summary = "An object or prefix in S3: s3://bucket/key."
}
