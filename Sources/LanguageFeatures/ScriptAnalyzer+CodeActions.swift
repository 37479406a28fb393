import Botocore
import CLISchema
public import Invocation
import JSON
import ShellScript
import Shorthand
import Suggestions

/// A change an editor can apply: a title and edits of the document.
public struct EditorAction: Sendable, Hashable {
  /// What kind of action, in LSP's terms: `quickfix` for a fix of a diagnostic, `refactor.rewrite` otherwise.
  public var kind: String
  /// For people.
  public var title: String
  /// The edits: scalar ranges of the document and their new text.
  public var edits: [TextEditRange]
  /// Whether it is the fix an editor may apply without asking (a single did-you-mean).
  public var isPreferred: Bool
}

/// One replacement in a document.
public struct TextEditRange: Sendable, Hashable {
  /// What is replaced, in scalar offsets.
  public var range: Range<Int>
  /// The new text.
  public var newText: String
}

extension ScriptAnalyzer {
  /// The actions for the command around `offset`: convert the option value under the cursor between
  /// shorthand and JSON, quote a word bash would brace-expand or glob, add the missing required options, and
  /// replace unknown names by the closest one.
  public func actions(at offset: Int, in document: TextDocument, files: any ParamFileReader) -> [EditorAction] {
    guard let place = place(at: offset, in: document, files: files) else { return [] }
    var actions: [EditorAction] = []
    actions += didYouMean(place, document: document)
    if let quote = quoteFix(place) { actions.append(quote) }
    if let conversion = conversion(place) { actions.append(conversion) }
    if let missing = missingOptions(place, document: document) { actions.append(missing) }
    return actions
  }

  /// Replacing a misspelt name under the cursor by each suggestion.
  func didYouMean(_ place: CommandPlace, document: TextDocument) -> [EditorAction] {
    var actions: [EditorAction] = []
    let word = place.read.words[place.word]
    for diagnostic in diagnostics(of: place.read) {
      guard diagnostic.range.lowerBound >= word.range.lowerBound, diagnostic.range.upperBound <= word.range.upperBound
      else { continue }
      var suggestions = diagnostic.suggestions
      if suggestions.isEmpty, diagnostic.code == DiagnosticCode.unknownParameter.rawValue {
        suggestions = keySuggestions(place, at: diagnostic.range, written: document.text(in: diagnostic.range))
      }
      for suggestion in suggestions.prefix(3) {
        actions.append(
          EditorAction(
            kind: "quickfix",
            title: "Change to \(suggestion)",
            edits: [TextEditRange(range: diagnostic.range, newText: suggestion)],
            isPreferred: suggestions.count == 1
          )
        )
      }
    }
    return actions
  }

  /// The closest member names to an unknown shorthand key written at `range` of the value under the cursor.
  func keySuggestions(_ place: CommandPlace, at range: Range<Int>, written: String) -> [String] {
    guard let option = place.option, let parameter = option.parameter, let reference = parameter.reference,
      let member = parameter.memberName, let command = place.read.invocation.command,
      let shape = command.model.shape(for: reference)
    else { return [] }
    let context = ShorthandArgumentContext(
      service: command.service.serviceName,
      operation: command.operation.name,
      member: member
    )
    let result = ShorthandArgument.parse(words: option.values, shape: shape, model: command.model, context: context)
    for (index, parse) in result.parses.enumerated() where index < option.valueWords.count {
      let word = place.read.words[option.valueWords[index]]
      for (path, span) in parse.sourceMap.spans {
        guard let keyRange = span.keyRange, word.lineRange(of: keyRange) == range else { continue }
        let prefix: [ShorthandPath.Component] = shape.type == .list ? [.index(index)] : []
        let parent = ShorthandPath(prefix + path.parent.components)
        guard let (holder, _, _) = Self.shape(at: parent, from: shape, in: command.model), holder.type == .structure
        else { return [] }
        return ClosestNames.find(written, among: holder.members.map(\.name))
      }
    }
    return []
  }

  /// Shorthand → JSON, or JSON → shorthand when shorthand says the value exactly.
  func conversion(_ place: CommandPlace) -> EditorAction? {
    guard let option = place.option, !option.isInline, !option.valueWords.isEmpty,
      let parameter = option.parameter, let member = parameter.memberName, let reference = parameter.reference,
      let command = place.read.invocation.command, let shape = command.model.shape(for: reference),
      ShorthandArgument.acceptsShorthand(shape, in: command.model)
    else { return nil }
    let words = option.valueWords.map { place.read.words[$0] }
    guard !words.contains(where: \.hasExpansion), let first = words.first, let last = words.last else { return nil }
    let span = first.range.lowerBound..<last.range.upperBound
    if ShorthandArgument.looksLikeJSON(first.text) {
      guard words.count == 1, let value = try? JSONValue(parsing: first.text) else { return nil }
      let context = ShorthandArgumentContext(
        service: command.service.serviceName,
        operation: command.operation.name,
        member: member
      )
      guard let formatted = ShorthandFormatter.formatWords(value, shape: shape, model: command.model, context: context)
      else { return nil }
      return EditorAction(
        kind: "refactor.rewrite",
        title: "Write \(parameter.name) in shorthand",
        edits: [TextEditRange(range: span, newText: ShellQuote.join(formatted))],
        isPreferred: false
      )
    }
    let errors = place.read.invocation.diagnostics.contains { diagnostic in
      diagnostic.severity == .error && diagnostic.location.map { option.valueWords.contains($0.wordIndex) } == true
    }
    guard !errors, let object = place.read.invocation.parameters.objectValue, let value = object[member] else {
      return nil
    }
    return EditorAction(
      kind: "refactor.rewrite",
      title: "Write \(parameter.name) as JSON",
      edits: [TextEditRange(range: span, newText: ShellQuote.quote(value.serialized(.compact)))],
      isPreferred: false
    )
  }

  /// Appends the required options the command lacks, each with a placeholder value.
  func missingOptions(_ place: CommandPlace, document: TextDocument) -> EditorAction? {
    let invocation = place.read.invocation
    guard let command = invocation.command else { return nil }
    let missing = invocation.diagnostics.compactMap { diagnostic -> CLIParameter? in
      guard diagnostic.code == .missingRequiredOption, let name = diagnostic.option else { return nil }
      return command.parameter(named: name)
    }
    guard !missing.isEmpty, let last = place.read.words.last else { return nil }
    let multiline = document.text(in: place.read.command.range).contains("\n")
    let separator = multiline ? " \\\n  " : " "
    let text = missing.map { separator + $0.name + " " + Self.placeholder(for: $0, in: command) }.joined()
    let end = last.range.upperBound
    return EditorAction(
      kind: "quickfix",
      title: missing.count == 1
        ? "Add the required option \(missing[0].name)"
        : "Add the required options " + missing.map(\.name).joined(separator: ", "),
      edits: [TextEditRange(range: end..<end, newText: text)],
      isPreferred: false
    )
  }

  /// A value to fill in: the first valid value, or the shorthand syntax of a structure's required members, or the
  /// type's name.
  static func placeholder(for parameter: CLIParameter, in command: OperationCommand) -> String {
    if let choice = parameter.choices?.first { return ShellQuote.quote(choice) }
    guard let reference = parameter.reference, let shape = command.model.shape(for: reference) else {
      return parameter.typeName
    }
    if let value = shape.enumValues?.first { return ShellQuote.quote(value) }
    if shape.type == .structure {
      let required = shape.members.filter { shape.isRequired($0.name) }
      let parts = required.compactMap { member -> String? in
        guard let memberShape = command.model.shape(for: member.reference) else { return nil }
        return member.name + "=" + (memberShape.enumValues?.first ?? CLIType.name(of: memberShape))
      }
      if !parts.isEmpty { return ShellQuote.quote(parts.joined(separator: ",")) }
    }
    return parameter.typeName
  }
}
