import Botocore
public import CLISchema
import DocumentationText

/// The plain-text reference page `argot doc SERVICE OPERATION` prints, laid out like AWS CLI help.
///
/// Sections: NAME, DESCRIPTION (with the API documentation link), SYNOPSIS (required options without brackets,
/// `[--x | --no-x]` for boolean pairs, `[--cli-input-json | --cli-input-yaml]`, then the global options), OPTIONS
/// (each option with `(type)`, its documentation, possible values, nested members as `name -> (type)` one level
/// deeper, and the "Shorthand Syntax:" and "JSON Syntax:" blocks), GLOBAL OPTIONS (a reference line, or the full
/// list), and OUTPUT (the output members, nested the same way). Section bodies are indented by four columns and
/// each nesting level by four more; prose is wrapped at `width`, syntax blocks never.
public struct HelpPage: Sendable {
  /// Choices for the rendering.
  public struct Options: Sendable, Hashable {
    /// Wrap prose at this many columns.
    public var width: Int
    /// List every global option under GLOBAL OPTIONS instead of the reference line.
    public var listGlobalOptions: Bool
    /// The line printed under GLOBAL OPTIONS when they are not listed.
    public var globalOptionsReference: String

    /// Creates options.
    public init(
      width: Int = 80,
      listGlobalOptions: Bool = false,
      globalOptionsReference: String = "See 'aws help' for descriptions of global parameters."
    ) {
      self.width = width
      self.listGlobalOptions = listGlobalOptions
      self.globalOptionsReference = globalOptionsReference
    }
  }

  /// The command documented.
  public let command: OperationCommand
  /// The CLI layer (per-command and global options).
  public let layer: CLILayer
  /// Rendering choices.
  public let options: Options

  /// A page for `command`.
  public init(command: OperationCommand, layer: CLILayer, options: Options = Options()) {
    self.command = command
    self.layer = layer
    self.options = options
  }

  /// The page, ending with a newline.
  public func render() -> String {
    var page = PageText(width: options.width)
    let model = command.model
    let documentation = command.operation.documentation ?? ""

    page.heading("NAME")
    let summary = HTMLText.firstSentence(documentation)
    page.paragraph([summary.isEmpty ? "\(command.name) -" : "\(command.name) - \(summary)"], indent: 4, wrap: true)

    page.heading("DESCRIPTION")
    page.html(documentation, indent: 4)
    if let url = ShapeFacts.documentationURL(command.operation, in: model) {
      page.paragraph(["See also: AWS API Documentation (\(url))"], indent: 4)
    }

    page.heading("SYNOPSIS")
    page.line(command.name, indent: 6)
    for entry in synopsisEntries() { page.line(entry, indent: 4) }

    page.heading("OPTIONS")
    let visible = ParameterSchemaDocument.helpOrder(command, layer: layer).filter { !$0.isHidden }
    if visible.isEmpty { page.line("None", indent: 4) }
    for group in Self.grouped(visible) {
      if group.count == 1, group[0].reference != nil {
        option(group[0], page: &page)
      } else {
        layerOption(group, page: &page)
      }
    }

    page.heading("GLOBAL OPTIONS")
    if options.listGlobalOptions {
      for parameter in layer.globalOptions where !parameter.isHidden { layerOption([parameter], page: &page) }
    } else {
      page.line(options.globalOptionsReference, indent: 4)
    }

    page.heading("OUTPUT")
    if let output = command.outputShape, !output.members.isEmpty {
      for member in output.members {
        var stack: [String] = []
        self.member(member.name, member.reference, indent: 4, stack: &stack, page: &page)
      }
    } else {
      page.line("None", indent: 4)
    }
    return page.text
  }

  /// The SYNOPSIS lines after the command name.
  func synopsisEntries() -> [String] {
    var entries: [String] = []
    for group in Self.grouped(ParameterSchemaDocument.helpOrder(command, layer: layer).filter { !$0.isHidden }) {
      entries.append(Self.synopsis(group))
    }
    for parameter in layer.globalOptions where !parameter.isHidden {
      entries.append(Self.synopsis([parameter]))
    }
    return entries
  }

  /// `[--name <value>]`, `--name <value>` when required, `[--flag]`, `[--x | --no-x]`, `[--a | --b]` for groups.
  static func synopsis(_ group: [CLIParameter]) -> String {
    let text: String
    if group.count > 1 {
      text = group.map(\.name).joined(separator: " | ")
    } else if let negated = group[0].negatedName {
      text = "\(group[0].name) | \(negated)"
    } else if group[0].isFlag {
      text = group[0].name
    } else if group[0].isPositional {
      text = "<\(group[0].name)>"
    } else {
      text = "\(group[0].name) <value>"
    }
    return group.allSatisfy(\.isRequired) ? text : "[\(text)]"
  }

  /// Options that help documents together: adjacent options of one group (`--cli-input-json | --cli-input-yaml`).
  static func grouped(_ options: [CLIParameter]) -> [[CLIParameter]] {
    var groups: [[CLIParameter]] = []
    for option in options {
      if let group = option.group, let last = groups.last, last[0].group == group {
        groups[groups.count - 1].append(option)
      } else {
        groups.append([option])
      }
    }
    return groups
  }

  /// An option of the model (or added by the CLI layer): header, docs, values, members, syntax blocks.
  private func option(_ parameter: CLIParameter, page: inout PageText) {
    let model = command.model
    guard let reference = parameter.reference, let shape = model.shape(for: reference) else {
      layerOption([parameter], page: &page)
      return
    }
    let names = parameter.negatedName.map { "\(parameter.name) | \($0)" } ?? parameter.name
    page.paragraph(["\(names) (\(ShapeFacts.helpTypeName(shape)))"], indent: 4)
    page.html(parameter.documentation ?? shape.documentation ?? "", indent: 8, tight: true)
    if shape.isUnion && shape.type == .structure {
      page.paragraph([ShapeFacts.unionNote(shape)], indent: 8, wrap: true)
    }
    if shape.type == .string, let values = shape.enumValues, !values.isEmpty {
      page.paragraph(["Possible values:"], indent: 8)
      for value in values { page.line("- \(value)", indent: 10) }
    }
    var stack = [shape.name]
    switch shape.type {
    case .structure where !shape.isDocument:
      for member in shape.members { self.member(member.name, member.reference, indent: 8, stack: &stack, page: &page) }
    case .list:
      if let element = shape.member { self.member(nil, element, indent: 8, stack: &stack, page: &page) }
    case .map:
      if let key = shape.key { self.member(key.locationName ?? "key", key, indent: 8, stack: &stack, page: &page) }
      if let value = shape.value {
        self.member(value.locationName ?? "value", value, indent: 8, stack: &stack, page: &page)
      }
    default:
      break
    }
    guard case .examples(let shorthand) = OptionSyntax.shown(for: parameter, in: command) else { return }
    if !shorthand.isEmpty {
      page.paragraph(["Shorthand Syntax:"], indent: 8)
      page.paragraph(shorthand.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), indent: 12)
    }
    if let list = JSONSyntaxBlock.scalarListText(for: parameter, in: model) {
      page.paragraph(["Syntax:"], indent: 8)
      page.paragraph(list.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), indent: 12)
    } else if let json = JSONSyntaxBlock.text(for: parameter, in: model) {
      page.paragraph(["JSON Syntax:"], indent: 8)
      page.paragraph(json.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), indent: 12)
    }
  }

  /// An option the CLI layer describes (plain-text docs), possibly a group documented together.
  private func layerOption(_ group: [CLIParameter], page: inout PageText) {
    let first = group[0]
    let names =
      group.count > 1
      ? group.map(\.name).joined(separator: " | ")
      : (first.negatedName.map { "\(first.name) | \($0)" } ?? first.name)
    page.paragraph(["\(names) (\(first.typeName))"], indent: 4)
    var tight = true
    for parameter in group {
      let lines = HTMLText.wrap(parameter.documentation ?? "", width: options.width - 8)
      if lines.isEmpty { continue }
      page.paragraph(lines, indent: 8, tight: tight)
      tight = false
    }
    if let choices = first.choices, !choices.isEmpty {
      page.paragraph(["Possible values:"], indent: 8)
      for value in choices { page.line("- \(value)", indent: 10) }
    }
  }

  /// A nested member (`name -> (type)`), a list element (`(type)`), or a map key or value, with its docs and
  /// children; a structure already twice on the path shows as `( ... recursive ... )`, as AWS CLI help does.
  private func member(
    _ name: String?,
    _ reference: ShapeReference,
    indent: Int,
    stack: inout [String],
    page: inout PageText
  ) {
    guard let shape = command.model.shape(for: reference) else { return }
    if stack.filter({ $0 == shape.name }).count > 1 {
      if shape.type == .structure { page.paragraph(["( ... recursive ... )"], indent: indent) }
      return
    }
    stack.append(shape.name)
    defer { stack.removeLast() }
    let type = ShapeFacts.helpTypeName(shape)
    page.paragraph([name.map { "\($0) -> (\(type))" } ?? "(\(type))"], indent: indent)
    page.html(ShapeFacts.documentation(reference, shape), indent: indent + 4, tight: true)
    if shape.isUnion && shape.type == .structure {
      page.paragraph([ShapeFacts.unionNote(shape)], indent: indent + 4, wrap: true)
    }
    switch shape.type {
    case .structure where !shape.isDocument:
      for child in shape.members {
        member(child.name, child.reference, indent: indent + 4, stack: &stack, page: &page)
      }
    case .list:
      if let element = shape.member { member(nil, element, indent: indent + 4, stack: &stack, page: &page) }
    case .map:
      if let key = shape.key { member(key.locationName ?? "key", key, indent: indent + 4, stack: &stack, page: &page) }
      if let value = shape.value {
        member(value.locationName ?? "value", value, indent: indent + 4, stack: &stack, page: &page)
      }
    default:
      break
    }
  }
}

/// Lines of a page under construction, with blank lines between paragraphs.
struct PageText {
  let width: Int
  private var lines: [String] = []

  init(width: Int) { self.width = width }

  var text: String { lines.joined(separator: "\n") + "\n" }

  /// A section heading, after a blank line.
  mutating func heading(_ title: String) {
    if !lines.isEmpty { lines.append("") }
    lines.append(title)
  }

  /// One line right after the previous one.
  mutating func line(_ text: String, indent: Int) {
    lines.append(String(repeating: " ", count: indent) + text)
  }

  /// Lines after a blank line (or right after the previous line when `tight`), optionally wrapped.
  mutating func paragraph(_ text: [String], indent: Int, tight: Bool = false, wrap: Bool = false) {
    guard !text.isEmpty else { return }
    if !tight, let last = lines.last, !last.isEmpty, !isHeading(last) { lines.append("") }
    let pad = String(repeating: " ", count: indent)
    let body = wrap ? text.flatMap { LineWrapper.wrap($0, width: width - indent) } : text
    for line in body { lines.append(line.isEmpty ? "" : pad + line) }
  }

  /// Documentation HTML as wrapped plain text.
  mutating func html(_ html: String, indent: Int, tight: Bool = false) {
    paragraph(HTMLText.lines(html, width: width - indent), indent: indent, tight: tight)
  }

  private func isHeading(_ line: String) -> Bool {
    guard let first = line.first else { return false }
    return first != " " && line == line.uppercased()
  }
}
