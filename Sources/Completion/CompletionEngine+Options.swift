import CLISchema

extension CompletionEngine {
  /// The options offered at `prefix`: the command's own in the CLI's order, then the global ones; those already
  /// given are left out unless they may repeat, and a boolean's `--x` and `--no-x` come together.
  func options(walk: CommandWalk, prefix: [Unicode.Scalar]) -> [CompletionItem] {
    let text = String(String.UnicodeScalarView(prefix))
    var items: [CompletionItem] = []
    var seen: Set<String> = []
    for entry in walk.scope.options + resolver.globalOptions where entry.isOffered {
      let option = entry.parameter
      let names = option.acceptedNames
      if !option.isRepeatable, names.contains(where: walk.givenOptions.contains) { continue }
      let summary = entry.summary
      let detail = Self.detail(of: entry)
      for name in [option.name] + (option.negatedName.map { [$0] } ?? [])
      where name.unicodeScalars.starts(with: text.unicodeScalars) && !seen.contains(name) {
        seen.insert(name)
        items.append(CompletionItem(label: name, kind: .option, detail: detail, documentation: summary))
      }
    }
    return items
  }

  /// `string`, `boolean`, `structure`, … with `, required` when the command needs it.
  static func detail(of entry: OptionEntry) -> String {
    let option = entry.parameter
    var detail = entry.hasChoices && !option.isFlag ? "enum" : option.typeName
    if option.isRequired { detail += ", required" }
    return detail
  }
}
