import Botocore
import CLISchema
import Shorthand

extension CompletionEngine {
  /// Completion inside a shorthand value whose top is `root` (a structure or a map): keys of the structure under
  /// the cursor not given yet, enum and boolean values after `key=`, `{` or `[` where a structure or a list
  /// starts.
  func shorthand(root: Shape, in model: ServiceModel, _ value: ValueText) -> CompletionResult {
    if let first = value.scalars.first, first == "{" || first == "[" {
      // A value starting with a bracket is JSON to the AWS CLI.
      return CompletionResult(items: [], replace: value.replace(from: value.scalars.count))
    }
    let text = value.text
    let position = ShorthandParser.position(at: value.scalars.count, in: text)
    switch position.kind {
    case .key(let used):
      let typed = String(String.UnicodeScalarView(value.scalars[position.start...]))
      return CompletionResult(
        items: keys(of: shape(at: position.path, under: root, in: model), in: model, prefix: typed, used: used),
        replace: value.replace(from: position.start)
      )
    case .value:
      let typed = String(String.UnicodeScalarView(value.scalars[position.start...]))
      return CompletionResult(
        items: shorthandValues(shape(at: position.path, under: root, in: model), prefix: typed),
        replace: value.replace(from: position.start)
      )
    case .none:
      return CompletionResult(items: [], replace: value.replace(from: value.scalars.count))
    }
  }

  /// The shape of the value at `path` inside a value of shape `root`: a key steps into a structure's member or
  /// a map's value, an index into a list's member.
  private func shape(at path: ShorthandPath, under root: Shape, in model: ServiceModel) -> Shape? {
    var shape: Shape? = root
    for component in path.components {
      guard let current = shape else { return nil }
      switch (component, current.type) {
      case (.key(let key), .structure): shape = current.member(named: key).flatMap { model.shape(for: $0.reference) }
      case (.key, .map): shape = current.value.flatMap(model.shape(for:))
      case (.index, .list): shape = current.member.flatMap(model.shape(for:))
      default: return nil
      }
    }
    return shape
  }

  /// `key=` items for a structure's members not given yet in it, in model order, or a map's enum keys. A key given
  /// twice in one structure is an error at the top level and overwrites the first inside braces, so it is not
  /// offered again; a new list item (after a space) is a new structure with all its keys.
  private func keys(of shape: Shape?, in model: ServiceModel, prefix: String, used: [String]) -> [CompletionItem] {
    guard let shape else { return [] }
    if shape.type == .map {
      let keyShape = shape.key.flatMap(model.shape(for:))
      return (keyShape?.enumValues ?? []).filter { $0.hasPrefix(prefix) }
        .map { CompletionItem(label: $0, insertText: $0 + "=", kind: .key, detail: "key", noSpace: true) }
    }
    guard shape.type == .structure else { return [] }
    // The key being typed counts as used only once it is complete.
    var usedKeys = Set(used)
    usedKeys.remove(prefix)
    var items: [CompletionItem] = []
    for member in shape.members where member.name.hasPrefix(prefix) && !usedKeys.contains(member.name) {
      let memberShape = model.shape(for: member.reference)
      var detail = memberShape.map(CLIType.name(of:)) ?? "string"
      if memberShape?.enumValues != nil { detail = "enum" }
      if shape.isRequired(member.name) { detail += ", required" }
      items.append(
        CompletionItem(
          label: member.name,
          insertText: member.name + "=",
          kind: .key,
          detail: detail,
          documentation: OneLine.of(member.reference.documentation ?? memberShape?.documentation),
          noSpace: true
        )
      )
    }
    return items
  }

  /// What may come after `key=` (or as a list item) for a value of `shape`.
  private func shorthandValues(_ shape: Shape?, prefix: String) -> [CompletionItem] {
    guard let shape else { return [] }
    if let choices = shape.enumValues {
      return choices.filter { $0.hasPrefix(prefix) }
        .map { CompletionItem(label: $0, kind: .value, detail: "enum", noSpace: true) }
    }
    switch shape.type {
    case .boolean:
      return ["true", "false"].filter { $0.hasPrefix(prefix) }
        .map { CompletionItem(label: $0, kind: .value, detail: "boolean", noSpace: true) }
    case .structure where !shape.isDocument, .map:
      guard prefix.isEmpty else { return [] }
      let what = shape.type == .map ? "map" : "structure"
      return [
        CompletionItem(label: "{", kind: .structure, detail: what, documentation: "Start a \(what).", noSpace: true)
      ]
    case .list:
      guard prefix.isEmpty else { return [] }
      return [
        CompletionItem(label: "[", kind: .structure, detail: "list", documentation: "Start a list.", noSpace: true)
      ]
    default:
      return []
    }
  }
}
