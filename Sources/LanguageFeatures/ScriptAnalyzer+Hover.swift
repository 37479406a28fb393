import Botocore
import CLISchema
import Completion
import DocumentationText
public import Invocation
import JMESPath
import ShellScript
import Shorthand

/// What to show for a place in a document: Markdown, and the text it is about.
public struct HoverContent: Sendable, Hashable {
  /// The text, in Markdown.
  public var markdown: String
  /// The scalar range it is about.
  public var range: Range<Int>
}

/// Where an offset falls in a command: which word, which option, and where inside the value.
struct CommandPlace {
  var read: ScriptAnalyzer.ScriptInvocation
  /// The word, in `read.words`.
  var word: Int
  /// The offset inside the word's text.
  var textOffset: Int
  /// The option the word names or gives a value to.
  var option: GivenOption?
  /// Whether the offset is on the option's name (not on its value).
  var isOnName: Bool
  /// For a value, its position among the option's values, and the offset inside that value.
  var valueIndex: Int
  var valueOffset: Int
}

extension ScriptAnalyzer {
  /// Where `offset` falls in the `aws` command around it.
  func place(at offset: Int, in document: TextDocument, files: any ParamFileReader) -> CommandPlace? {
    guard let command = command(at: offset, in: document) else { return nil }
    let read = read(command, files: files)
    guard let word = read.words.firstIndex(where: { $0.range.lowerBound <= offset && offset <= $0.range.upperBound })
    else { return nil }
    let textOffset = read.words[word].textOffset(ofLineOffset: offset)
    var place = CommandPlace(
      read: read,
      word: word,
      textOffset: textOffset,
      option: nil,
      isOnName: false,
      valueIndex: 0,
      valueOffset: textOffset
    )
    for option in read.invocation.options {
      if option.nameWord == word {
        place.option = option
        if option.isInline, let equals = read.words[word].text.unicodeScalars.firstIndex(of: "=") {
          let split = read.words[word].text.unicodeScalars.distance(
            from: read.words[word].text.unicodeScalars.startIndex,
            to: equals
          )
          place.isOnName = textOffset <= split
          place.valueOffset = textOffset - split - 1
        } else {
          place.isOnName = true
        }
        return place
      }
      if let index = option.valueWords.firstIndex(of: word) {
        place.option = option
        place.valueIndex = index
        return place
      }
    }
    return place
  }

  /// The documentation of what is at `offset`: an option, a key inside a shorthand value, the operation or the
  /// service.
  public func hover(at offset: Int, in document: TextDocument, files: any ParamFileReader) -> HoverContent? {
    guard let place = place(at: offset, in: document, files: files) else { return nil }
    let words = place.read.words
    let wordRange = words[place.word].range
    let invocation = place.read.invocation
    guard let parsed = invocation.command else {
      if place.word == 1, let service = invocation.service {
        return HoverContent(markdown: "**aws \(service.name)**", range: wordRange)
      }
      return nil
    }
    let command = documented(parsed)
    // The parser's parameter may come from a model read without the prose (a warm cache keeps it lean): take the
    // documented command's.
    let parameter = place.option.flatMap { option in
      option.parameter.map { given in command.parameters.first { $0.name == given.name } ?? given }
        ?? globalParameter(option.name)
    }
    guard let parameter else {
      if place.word == 0 || words[place.word].text == parsed.service.name {
        return HoverContent(markdown: "**aws \(parsed.service.name)**", range: wordRange)
      }
      if words[place.word].text == parsed.name {
        var text = "**\(command.commandLine)**"
        if let documentation = command.operation.documentation, !documentation.isEmpty {
          text += "\n\n" + HTMLText.plainText(documentation)
        }
        return HoverContent(markdown: text, range: wordRange)
      }
      return nil
    }
    if !place.isOnName, let key = keyHover(place, parameter: parameter, command: command) {
      return key
    }
    if !place.isOnName, parameter.name == "--query", let key = queryKeyHover(place, command: command) {
      return key
    }
    var markdown = Self.markdown(for: parameter, in: command)
    if !place.isOnName, let note = assumedFileNote(place, in: document, files: files) {
      markdown += "\n\n" + note
    }
    return HoverContent(markdown: markdown, range: wordRange)
  }

  /// A key of a `--query` expression: its type and documentation in the operation's output.
  func queryKeyHover(_ place: CommandPlace, command: OperationCommand) -> HoverContent? {
    let word = place.read.words[place.word]
    let scalars = Array(word.text.unicodeScalars)
    // The value is the whole word (`--query EXPR`) or what follows `=` (`--query=EXPR`).
    let valueStart = word.text.hasPrefix("--query=") ? "--query=".unicodeScalars.count : 0
    guard place.textOffset >= valueStart,
      let (position, keyRange) = JMESPathCursor.key(
        at: place.textOffset - valueStart,
        in: String(String.UnicodeScalarView(scalars[valueStart...]))
      )
    else { return nil }
    guard let path = position.path, let structure = QueryOutput.structure(at: path, in: command),
      let member = structure.members.first(where: { $0.name == position.partial })
    else { return nil }
    var text = "**\(member.name)**"
    if let type = command.model.shape(for: member.reference)?.type { text += " (\(type.rawValue))" }
    text += " — in the output of `\(command.commandLine)`"
    if let documentation = QueryOutput.documentation(of: member, in: command), !documentation.isEmpty {
      text += "\n\n" + HTMLText.plainText(documentation)
    }
    let range =
      word.offsets[valueStart + keyRange.lowerBound]..<(word.offsets[valueStart + keyRange.upperBound - 1] + 1)
    return HoverContent(markdown: text, range: range)
  }

  /// What argot assumed about the file a value names, when the script writes it earlier.
  func assumedFileNote(_ place: CommandPlace, in document: TextDocument, files: any ParamFileReader) -> String? {
    let word = place.read.words[place.word]
    let path = Self.filePath(in: word.text)
    guard !path.isEmpty, !word.hasExpansion, case .failure = files.read(path) else { return nil }
    let written = ScriptWrittenFiles(script: ShellScript(scalars: document.scalars), scalars: document.scalars)
    guard let start = place.read.words.first?.range.lowerBound, let write = written.write(of: path, before: start)
    else { return nil }
    return "argot assumed `\(path)` is there when this runs: the script writes it on line \(write.line + 1)"
      + " (`\(write.writer)`), so its contents are not checked."
  }

  /// The command with the models' prose (the parser builds it without).
  func documented(_ command: OperationCommand) -> OperationCommand {
    let full: OperationCommand?
    if command.waiter != nil {
      full = try? catalog.waiterCommand(service: command.service.name, waiter: command.name)
    } else {
      full = try? catalog.command(service: command.service.name, operation: command.name)
    }
    return full ?? command
  }

  func globalParameter(_ name: String) -> CLIParameter? {
    catalog.globalOptions.first { $0.acceptedNames.contains(name) }
  }

  /// `**--new-bgp-peer** (structure, required)`, the documentation, the shorthand syntax and the valid values.
  static func markdown(for parameter: CLIParameter, in command: OperationCommand) -> String {
    var labels = [parameter.typeName]
    if parameter.isRequired { labels.append("required") }
    var text = "**\(parameter.name)** (\(labels.joined(separator: ", ")))"
    if let documentation = parameter.documentation, !documentation.isEmpty {
      text += "\n\n" + HTMLText.plainText(documentation)
    }
    if let reference = parameter.reference, let shape = command.model.shape(for: reference) {
      let context = parameter.memberName.map {
        ShorthandArgumentContext(service: command.service.serviceName, operation: command.operation.name, member: $0)
      }
      if let line = ShorthandSyntaxLine.make(for: shape, in: command.model, context: context, cliName: parameter.name),
        !line.isEmpty
      {
        text += "\n\nShorthand syntax:\n\n```\n\(line)\n```"
      }
      text += facts(of: shape)
    } else if let choices = parameter.choices, !choices.isEmpty {
      text += "\n\nValid values: " + valueList(choices)
    }
    return text
  }

  /// How many values a hover lists before it says how many more there are (completion offers them all).
  static let listedValues = 20

  /// `` `a`, `b`, `c` ``, or the first `listedValues` and "… and 1,190 more" when there are many more.
  static func valueList(_ values: [String]) -> String {
    let shown = values.count > listedValues + 5 ? Array(values.prefix(listedValues)) : values
    var text = shown.map { "`\($0)`" }.joined(separator: ", ")
    if shown.count < values.count {
      text += " … and \(grouped(values.count - shown.count)) more"
    }
    return text
  }

  /// A count with thousands separated by commas: 1,190.
  static func grouped(_ count: Int) -> String {
    var digits = String(count)
    var groups: [Substring] = []
    while digits.count > 3 {
      groups.insert(Substring(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(Substring(digits), at: 0)
    return groups.joined(separator: ",")
  }

  /// Valid values, range and pattern of a shape, as Markdown paragraphs.
  static func facts(of shape: Shape) -> String {
    var text = ""
    if let values = shape.enumValues, !values.isEmpty {
      text += "\n\nValid values: " + valueList(values)
    }
    let unit = shape.type == .string || shape.type == .list || shape.type == .map ? " (length)" : ""
    switch (shape.min, shape.max) {
    case (let low?, let high?): text += "\n\nRange\(unit): \(number(low)) to \(number(high))"
    case (let low?, nil): text += "\n\nMinimum\(unit): \(number(low))"
    case (nil, let high?): text += "\n\nMaximum\(unit): \(number(high))"
    case (nil, nil): break
    }
    if let pattern = shape.pattern { text += "\n\nPattern: `\(pattern)`" }
    return text
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }

  /// The hover of the shorthand key (or its value) under the cursor.
  func keyHover(_ place: CommandPlace, parameter: CLIParameter, command: OperationCommand) -> HoverContent? {
    guard let option = place.option, let reference = parameter.reference, let member = parameter.memberName,
      let shape = command.model.shape(for: reference)
    else { return nil }
    let context = ShorthandArgumentContext(
      service: command.service.serviceName,
      operation: command.operation.name,
      member: member
    )
    let result = ShorthandArgument.parse(words: option.values, shape: shape, model: command.model, context: context)
    guard result.kind == .shorthand else { return nil }
    let parseIndex = result.parses.count == 1 ? 0 : place.valueIndex
    guard result.parses.indices.contains(parseIndex) else { return nil }
    let prefix: [ShorthandPath.Component] = shape.type == .list ? [.index(place.valueIndex)] : []
    let offset = place.valueOffset
    var best: (ShorthandPath, ShorthandSpan)?
    for (path, span) in result.parses[parseIndex].sourceMap.spans where !path.isRoot {
      let key = span.keyRange.map { $0.lowerBound <= offset && offset <= $0.upperBound } ?? false
      let value = span.valueRange.lowerBound <= offset && offset <= span.valueRange.upperBound
      guard key || value, path.lastKey != nil else { continue }
      if best == nil || path.components.count > best!.0.components.count { best = (path, span) }
    }
    guard let (path, span) = best, let key = path.lastKey else { return nil }
    let full = ShorthandPath(prefix + path.components)
    guard let (memberShape, memberReference, parent) = Self.shape(at: full, from: shape, in: command.model) else {
      return nil
    }
    var labels = [CLIType.name(of: memberShape)]
    if parent?.isRequired(key) == true { labels.append("required") }
    var text = "**\(key)** (\(labels.joined(separator: ", "))) in \(parameter.name)"
    if let documentation = memberReference?.documentation ?? memberShape.documentation, !documentation.isEmpty {
      text += "\n\n" + HTMLText.plainText(documentation)
    }
    if memberShape.type == .structure || memberShape.type == .list || memberShape.type == .map,
      let line = ShorthandSyntaxLine.make(for: memberShape, in: command.model), !line.isEmpty
    {
      text += "\n\nShorthand syntax:\n\n```\n\(line)\n```"
    }
    text += Self.facts(of: memberShape)
    let word = place.read.words[place.word]
    let base = place.textOffset - place.valueOffset
    let local = span.keyRange.map { $0.lowerBound..<span.valueRange.upperBound } ?? span.valueRange
    let range = word.lineRange(of: (base + local.lowerBound)..<(base + local.upperBound)) ?? word.range
    return HoverContent(markdown: text, range: range)
  }

  /// The shape at `path` inside `shape`, the reference that led there (a member's, with its documentation) and
  /// the structure holding it.
  static func shape(
    at path: ShorthandPath,
    from shape: Shape,
    in model: ServiceModel
  ) -> (Shape, ShapeReference?, Shape?)? {
    var current = shape
    var reference: ShapeReference?
    var parent: Shape?
    for component in path.components {
      switch component {
      case .key(let key):
        if current.type == .structure, let member = current.member(named: key) {
          parent = current
          reference = member.reference
        } else if current.type == .map, let value = current.value {
          parent = nil
          reference = value
        } else {
          return nil
        }
      case .index:
        guard current.type == .list, let element = current.member else { return nil }
        reference = element
      }
      guard let reference, let next = model.shape(for: reference) else { return nil }
      current = next
    }
    return (current, reference, parent)
  }
}
