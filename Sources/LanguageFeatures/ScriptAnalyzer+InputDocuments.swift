import Botocore
import CLISchema
public import Completion
import DocumentationText
import Shorthand

extension ScriptAnalyzer {
  /// The command a cli-input document is input of, with the models' prose.
  func inputCommand(_ path: CommandPath) -> OperationCommand? {
    let words = path.operation.split(separator: " ").map(String.init)
    if words.count == 2, words[0] == "wait" {
      return try? catalog.waiterCommand(service: path.service, waiter: words[1])
    }
    return try? catalog.command(service: path.service, operation: path.operation)
  }

  /// The place at `offset` of a JSON or YAML input document.
  func inputPlace(at offset: Int, in document: TextDocument, yaml: Bool) -> InputDocumentPlace? {
    yaml ? InputDocumentPlace.yaml(document.scalars, at: offset) : InputDocumentPlace.json(document.scalars, at: offset)
  }

  /// The documentation of the member at `offset` of a `--cli-input-json` (or, with `yaml`, `--cli-input-yaml`)
  /// document: its type, whether it is required, its documentation, valid values, range and pattern.
  public func inputHover(
    at offset: Int,
    in document: TextDocument,
    command path: CommandPath,
    yaml: Bool
  ) -> HoverContent? {
    guard let command = inputCommand(path), let input = command.inputShape,
      let place = inputPlace(at: offset, in: document, yaml: yaml)
    else { return nil }
    var components = place.path.components
    if place.role == .key {
      let key = Self.unquoted(document.text(in: place.typed))
      guard !key.isEmpty else { return nil }
      components.append(.key(key))
    }
    guard case .key(let key)? = components.last,
      let (shape, reference, parent) = Self.shape(at: ShorthandPath(components), from: input, in: command.model)
    else { return nil }
    var labels = [CLIType.name(of: shape)]
    if parent?.isRequired(key) == true { labels.append("required") }
    var text = "**\(key)** (\(labels.joined(separator: ", "))) in \(path)"
    if let documentation = reference?.documentation ?? shape.documentation, !documentation.isEmpty {
      text += "\n\n" + HTMLText.plainText(documentation)
    }
    text += Self.facts(of: shape)
    return HoverContent(markdown: text, range: place.typed)
  }

  /// What can be typed at `offset` of an input document: the member names of the structure there, or the
  /// values of the member (its enum values, `true`/`false`), each replacing what is typed.
  public func inputCompletion(
    at offset: Int,
    in document: TextDocument,
    command path: CommandPath,
    yaml: Bool
  ) -> EditorCompletion? {
    guard let command = inputCommand(path), let input = command.inputShape,
      let place = inputPlace(at: offset, in: document, yaml: yaml)
    else { return nil }
    let typed = Self.unquoted(document.text(in: place.typed.lowerBound..<max(place.typed.lowerBound, offset)))
    var items: [CompletionItem] = []
    switch place.role {
    case .key:
      let container: Shape?
      if place.path.isRoot {
        container = input
      } else {
        container = Self.shape(at: place.path, from: input, in: command.model)?.0
      }
      guard let container, container.type == .structure else { return nil }
      let present = Self.presentKeys(in: document, yaml: yaml, around: place.typed)
      for member in container.members where member.name.hasPrefix(typed) && !present.contains(member.name) {
        guard let shape = command.model.shape(for: member.reference) else { continue }
        var detail = CLIType.name(of: shape)
        if container.isRequired(member.name) { detail += ", required" }
        let documentation = (member.reference.documentation ?? shape.documentation).map { HTMLText.plainText($0) }
        items.append(
          CompletionItem(
            label: member.name,
            insertText: yaml ? member.name + ": " : "\"\(member.name)\": ",
            kind: .key,
            detail: detail,
            documentation: documentation,
            noSpace: true
          )
        )
      }
    case .value:
      guard let (shape, _, _) = Self.shape(at: place.path, from: input, in: command.model) else { return nil }
      var values: [String] = []
      if let enumValues = shape.enumValues {
        values = enumValues
      } else if shape.type == .boolean {
        values = ["true", "false"]
      }
      let isString = shape.type == .string
      for value in values where value.hasPrefix(typed) {
        let text = isString && (!yaml || place.isQuoted) ? "\"\(value)\"" : value
        items.append(CompletionItem(label: value, insertText: text, kind: .value, detail: CLIType.name(of: shape)))
      }
    }
    return EditorCompletion(items: items, replace: place.typed)
  }

  /// `text` without the quotes around it (or the one that opens it).
  static func unquoted(_ text: String) -> String {
    var result = Substring(text)
    if let first = result.first, first == "\"" || first == "'" {
      result = result.dropFirst()
      if result.last == first { result = result.dropLast() }
    }
    return String(result)
  }

  /// The keys already written in the object or mapping around `typed` (at its level, `typed` itself left out),
  /// so that completion does not offer them again.
  static func presentKeys(in document: TextDocument, yaml: Bool, around typed: Range<Int>) -> Set<String> {
    let scalars = document.scalars
    let offset = typed.lowerBound
    var keys: Set<String> = []
    if yaml {
      // The lines of the same block: same indentation, up to a line that starts left of it.
      var lineStart = min(offset, scalars.count)
      while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
      var indent = 0
      while lineStart + indent < scalars.count, scalars[lineStart + indent] == " " { indent += 1 }
      let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
      let cursorLine = document.position(of: offset).line
      for direction in [-1, 1] {
        var line = cursorLine + direction
        while line >= 0, line < lines.count {
          let text = lines[line]
          let leading = text.prefix { $0 == " " }.count
          if text.trimmingPrefix(" ").isEmpty || text.trimmingPrefix(" ").hasPrefix("#") {
            line += direction
            continue
          }
          if leading < indent || text.dropFirst(leading).hasPrefix("- ") { break }
          if leading == indent, let colon = text.firstIndex(of: ":") {
            keys.insert(unquoted(String(text[text.index(text.startIndex, offsetBy: leading)..<colon])))
          }
          line += direction
        }
      }
      return keys
    }
    // JSON: the object's own keys, before and after the cursor, at depth 0 relative to it.
    for direction in [-1, 1] {
      var depth = 0
      var index = direction < 0 ? min(typed.lowerBound, scalars.count) - 1 : min(typed.upperBound, scalars.count)
      var inString = false
      var string = ""
      while index >= 0, index < scalars.count {
        let scalar = scalars[index]
        if inString {
          if scalar == "\"" {
            inString = false
            if depth == 0 {
              let key = direction < 0 ? String(string.reversed()) : string
              // A key is followed by `:` (looking forward after it, or it was seen before it going back).
              var next = index + (direction < 0 ? -1 : 1)
              if direction < 0 {
                next = index + string.unicodeScalars.count + 2
              }
              while next < scalars.count, scalars[next] == " " { next += 1 }
              if next < scalars.count, scalars[next] == ":" { keys.insert(key) }
            }
            string = ""
          } else {
            string.unicodeScalars.append(scalar)
          }
        } else if scalar == "\"" {
          inString = true
        } else if scalar == "{" || scalar == "[" {
          depth += direction < 0 ? -1 : 1
          if depth < 0 { break }
        } else if scalar == "}" || scalar == "]" {
          depth += direction < 0 ? 1 : -1
          if depth < 0 { break }
        }
        index += direction
      }
    }
    return keys
  }
}
