import CLISchema
import DocumentationText
import ShellScript

extension PromptSession {
  /// What to draw, at most `height` lines of at most `width` characters.
  public func frame(width: Int, height: Int) -> Frame {
    var frame = Frame()
    let width = max(20, width)
    frame.add(Frame.Span(Self.tail(draft.line(style: style), width: width), .dim))
    if let notice { frame.add(Frame.Span(Self.clip(notice, width: width), .warning)) }
    switch stage {
    case .pick(let pick):
      drawPick(pick, into: &frame, width: width, height: height)
    case .value(let value):
      drawValue(value, into: &frame, width: width, height: height)
    }
    if frame.lines.count > height {
      frame.lines = Array(frame.lines.prefix(height))
      if let cursor = frame.cursor, cursor.line >= height { frame.cursor = nil }
    }
    frame.lines = frame.lines.map { Self.clip($0, width: width) }
    return frame
  }

  private func drawPick(_ pick: PickStage, into frame: inout Frame, width: Int, height: Int) {
    let title: String
    switch pick.kind {
    case .service: title = "Service"
    case .operation: title = "Operation of \(draft.service ?? "")"
    case .waiter: title = "Waiter of \(draft.service ?? "")"
    case .parameters: title = "More parameters for \(draft.operation ?? "") (or done)"
    }
    frame.add(Frame.Span(title, .bold), Frame.Span("  type to filter", .dim))
    frame.cursor = (frame.lines.count, 2 + pick.editor.cursor)
    frame.add(line: inputLine(pick.editor, width: width).line)
    var selectedSummary: String?
    if let selected = pick.menu.selected {
      selectedSummary = selected.summary
      if pick.kind == .operation, selectedSummary == nil { selectedSummary = operationSummary(selected.name) }
    }
    let rows = max(3, height - frame.lines.count - 3)
    let lines = pick.menu.lines(rows: rows, width: width)
    if lines.isEmpty { frame.add(Frame.Span("  no match", .warning)) }
    for line in lines { frame.add(line: line) }
    // The menu line clips a long summary: the selected one is shown whole below the menu.
    if let selectedSummary, selectedSummary.unicodeScalars.count > width / 2 {
      for line in Self.wrap(selectedSummary, width: width - 2, maxLines: 2) { frame.add(Frame.Span("  " + line, .dim)) }
    }
    let finish = pick.kind == .parameters ? "  Ctrl-D done" : ""
    frame.add(Frame.Span("↑↓ select  Enter choose  Tab fill in\(finish)  Ctrl-C cancel", .dim))
  }

  private func drawValue(_ value: ValueStage, into frame: inout Frame, width: Int, height: Int) {
    let parameter = value.parameter
    var title: Frame.Line = [
      Frame.Span(parameter.name, .bold), Frame.Span("  " + value.facts.typeLabel(for: parameter), .accent),
    ]
    if let index = value.requiredIndex {
      title.append(Frame.Span("  required (\(index) of \(max(index, requiredCount)))", .warning))
    } else if parameter.isRequired {
      title.append(Frame.Span("  required", .warning))
    } else {
      title.append(Frame.Span("  optional", .dim))
    }
    frame.add(line: title)
    if value.showsDocumentation {
      // The whole documentation, leaving room for the input, its problems and the key line.
      let room = max(2, height - frame.lines.count - 5 - value.problems.count * 2)
      var lines = HTMLText.lines(value.facts.documentation, width: width - 2)
      while lines.last?.isEmpty == true { lines.removeLast() }
      if lines.isEmpty { lines = ["(no documentation)"] }
      if lines.count > room {
        lines = Array(lines.prefix(room - 1)) + ["… (\(lines.count - room + 1) more lines)"]
      }
      for line in lines { frame.add(Frame.Span("  " + line)) }
    } else {
      for line in Self.wrap(value.facts.summary, width: width - 2, maxLines: 2) { frame.add(Frame.Span("  " + line)) }
    }
    if let syntax = value.facts.shorthandSyntax {
      let lines = Self.wrap("Shorthand: " + syntax, width: width - 2, maxLines: 3)
      for line in lines { frame.add(Frame.Span("  " + line, .dim)) }
    }
    if value.facts.takesSeveralWords {
      for (index, item) in value.items.enumerated().suffix(3) {
        frame.add(Frame.Span("  \(index + 1): ", .dim), Frame.Span(ShellQuote.quote(item, style: style)))
      }
      let next =
        value.items.isEmpty ? "one value per line; Enter on an empty line ends the list" : "next value, or Enter to end"
      frame.add(Frame.Span("  (\(next))", .dim))
    }
    let input = inputLine(value.editor, width: width)
    frame.cursor = (frame.lines.count, input.cursorColumn)
    frame.add(line: input.line)
    // Every problem that fits (leaving the key line): a caret under its span (when it has one) and its message.
    var problemRoom = max(2, height - frame.lines.count - 2)
    for (index, problem) in value.problems.enumerated() {
      let needed = problem.range == nil ? 1 : 2
      if needed > problemRoom - (index == value.problems.count - 1 ? 0 : 1) {
        frame.add(Frame.Span("  … and \(value.problems.count - index) more", .error))
        break
      }
      problemRoom -= needed
      let style: Frame.Style = problem.isError ? .error : .warning
      if let range = problem.range {
        let start = max(0, range.lowerBound - input.scroll)
        let length = max(1, range.count)
        let caret = String(repeating: " ", count: 2 + start) + "^" + String(repeating: "~", count: length - 1)
        frame.add(Frame.Span(caret, style))
      }
      frame.add(Frame.Span("  " + problem.message, style))
    }
    if let hint = value.hint { frame.add(Frame.Span("  " + hint, .warning)) }
    let rows = max(3, height - frame.lines.count - 1)
    if let completions = value.completions {
      for line in completions.lines(rows: rows, width: width) { frame.add(line: line) }
    } else if let choices = value.choices {
      for line in choices.lines(rows: rows, width: width) { frame.add(line: line) }
    }
    let skip = parameter.isRequired ? "" : "  Esc skip"
    let help = value.showsDocumentation ? "F1 less" : "F1 documentation"
    frame.add(Frame.Span("Enter accept  Tab complete\(skip)  \(help)  Ctrl-C cancel", .dim))
  }

  /// `❯ text`, scrolled so the cursor shows.
  private func inputLine(_ editor: LineEditor, width: Int) -> (line: Frame.Line, cursorColumn: Int, scroll: Int) {
    let room = max(8, width - 3)
    let scroll = max(0, editor.cursor - room)
    let visible = editor.scalars[scroll..<min(editor.scalars.count, scroll + room)]
    let text = String(String.UnicodeScalarView(visible))
    return ([Frame.Span("❯ ", .accent), Frame.Span(text)], 2 + editor.cursor - scroll, scroll)
  }

  /// The end of `text` if it is too long (the command being built grows to the right).
  static func tail(_ text: String, width: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count > width else { return text }
    return "…" + String(String.UnicodeScalarView(scalars.suffix(width - 1)))
  }

  static func clip(_ text: String, width: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count > width else { return text }
    return String(String.UnicodeScalarView(scalars.prefix(width - 1))) + "…"
  }

  static func clip(_ line: Frame.Line, width: Int) -> Frame.Line {
    var room = width
    var result: Frame.Line = []
    for span in line {
      let count = span.text.unicodeScalars.count
      if count <= room {
        result.append(span)
        room -= count
      } else {
        if room > 0 { result.append(Frame.Span(clip(span.text, width: room), span.style)) }
        break
      }
    }
    return result
  }

  /// Wraps `text` at blanks and commas to lines of at most `width`, at most `maxLines` (the last one clipped).
  static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
    guard !text.isEmpty, width > 4 else { return [] }
    var lines: [String] = []
    var rest = Array(text.unicodeScalars)
    while !rest.isEmpty && lines.count < maxLines {
      if rest.count <= width || lines.count == maxLines - 1 {
        lines.append(clip(String(String.UnicodeScalarView(rest)), width: width))
        break
      }
      var cut = width
      while cut > width / 2, rest[cut - 1] != " ", rest[cut - 1] != "," { cut -= 1 }
      if cut <= width / 2 { cut = width }
      lines.append(String(String.UnicodeScalarView(rest[..<cut])).trimmingSuffixBlanks())
      rest = Array(rest[cut...].drop { $0 == " " })
    }
    return lines
  }
}

extension String {
  fileprivate func trimmingSuffixBlanks() -> String {
    var scalars = Array(unicodeScalars)
    while scalars.last == " " { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
