import Botocore
import CLISchema
import JMESPath
import LiveResources

extension CompletionEngine {
  /// Values that come from outside the models: keys of `--query` (from the operation's output), and, with live
  /// completion on, what exists in the user's account (resource identifiers, `s3://` buckets and keys). Nil when
  /// the cursor is not in such a value.
  func accountValues(cursor: CommandLineCursor, walk: CommandWalk) -> CompletionResult? {
    let prefix = cursor.prefix
    var option: OptionEntry?
    var value: ValueText
    if prefix.starts(with: "--".unicodeScalars), let equals = prefix.firstIndex(of: "=") {
      let name = String(String.UnicodeScalarView(prefix[..<equals]))
      option = resolver.option(named: name, in: walk.scope)
      value = ValueText(cursor: cursor, from: equals + 1)
    } else if !prefix.starts(with: "--".unicodeScalars) {
      option = walk.pendingOption
      value = ValueText(cursor: cursor, from: 0)
    } else {
      return nil
    }
    if let option, option.parameter.name == "--query", case .operation(let scope) = walk.scope {
      return queryKeys(value, scope: scope)
    }
    guard let live, live.isOn else { return nil }
    let context = Self.liveContext(cursor)
    if value.text.hasPrefix("s3://") {
      return result(
        live.s3Entries(under: value.text, in: context),
        value: value,
        kind: .file,
        described: false,
        noSpaceWhen: { $0.hasSuffix("/") }
      )
    }
    guard let option, let member = option.parameter.memberName, case .operation(let scope) = walk.scope,
      let command = resolver.command(for: scope),
      let listing = LiveResourceTable.embedded.listing(
        service: command.service.serviceName,
        operation: command.operation.name,
        member: member
      )
    else { return nil }
    return result(
      live.values(of: listing, in: context),
      value: value,
      kind: .value,
      described: true,
      noSpaceWhen: { _ in false }
    )
  }

  private func result(
    _ answer: LiveAnswer,
    value: ValueText,
    kind: CompletionKind,
    described: Bool,
    noSpaceWhen: (String) -> Bool
  ) -> CompletionResult {
    let text = value.text
    // A resource's description (its Name tag, a function's runtime) is shown as documentation; an S3 entry's
    // kind (bucket, folder, object) as its detail.
    let items = answer.values.filter { $0.value.hasPrefix(text) }.map {
      CompletionItem(
        label: $0.value,
        kind: kind,
        detail: described ? nil : $0.description,
        documentation: described ? $0.description : nil,
        noSpace: noSpaceWhen($0.value)
      )
    }
    return CompletionResult(
      items: items,
      replace: value.replace(from: 0),
      message: items.isEmpty || answer.isPending ? answer.message : nil,
      isIncomplete: answer.isPending
    )
  }

  /// The global options on the line that say where a listing runs (`--profile`, `--region`, `--endpoint-url`).
  static func liveContext(_ cursor: CommandLineCursor) -> LiveContext {
    var context = LiveContext()
    let words = cursor.words
    for (index, word) in words.enumerated() where index != cursor.index || cursor.isNewWord {
      let text = word.text
      for (name, keyPath) in [
        ("--profile", \LiveContext.profile), ("--region", \LiveContext.region),
        ("--endpoint-url", \LiveContext.endpointURL),
      ] {
        if text == name, index + 1 < words.count, index + 1 != cursor.index || cursor.isNewWord {
          context[keyPath: keyPath] = words[index + 1].text
        } else if text.hasPrefix(name + "=") {
          context[keyPath: keyPath] = String(text.dropFirst(name.count + 1))
        }
      }
    }
    return context
  }

  /// Keys of the operation's output at the end of a partly typed `--query` expression.
  func queryKeys(_ value: ValueText, scope: OperationScope) -> CompletionResult {
    let position = JMESPathCursor(value.text)
    let replace = value.replace(from: position.partialStart)
    guard let path = position.path, let command = resolver.command(for: scope),
      let shape = QueryOutput.structure(at: path, in: command)
    else { return CompletionResult(items: [], replace: replace) }
    let model = command.model
    let items = shape.members.filter { $0.name.hasPrefix(position.partial) }.map { member -> CompletionItem in
      let type = model.shape(for: member.reference)?.type
      return CompletionItem(
        label: member.name,
        kind: .key,
        detail: type?.rawValue,
        documentation: OneLine.of(QueryOutput.documentation(of: member, in: command)),
        noSpace: true
      )
    }
    return CompletionResult(items: items, replace: replace)
  }
}
