import CLISchema
import Completion
import ShellScript
import Shorthand

extension PromptSession {
  /// One parameter's question.
  struct ValueStage {
    var parameter: CLIParameter
    var facts: ParameterFacts
    var editor: LineEditor
    /// Values already accepted, for parameters that take one word per element.
    var items: [String] = []
    /// The allowed values (an enum, or true/false for a boolean), filtered by what is typed.
    var choices: Menu?
    /// The candidates Tab found, and the part of the input they replace.
    var completions: Menu?
    var completionRange: Range<Int> = 0..<0
    /// The problems of the input as it stands.
    var problems: [ValueCheck.Problem] = []
    /// A hint shown under the input (why Enter didn't accept).
    var hint: String?
    /// Which required parameter this is (1-based), if it is one.
    var requiredIndex: Int?
    /// Whether the whole documentation is shown (F1, or `?` on an empty input), not just its first sentence.
    var showsDocumentation = false
  }

  /// The value of the "(not given)" menu item.
  static let skipValue = "\u{0}skip"

  /// Asks for `parameter`; `counted` numbers it among the required ones ("required (2 of 3)").
  func ask(_ parameter: CLIParameter, counted: Bool = false) {
    let facts = ParameterFacts(parameter, in: command)
    let given = prefills.removeValue(forKey: parameter.name) ?? draft.answer(for: parameter.name)?.values ?? []
    var value = ValueStage(parameter: parameter, facts: facts, editor: LineEditor())
    if facts.takesSeveralWords && !(given.first.map(ShorthandArgument.looksLikeJSON) ?? false) {
      value.items = Array(given.dropLast())
      value.editor = LineEditor(given.last ?? "")
    } else {
      value.editor = LineEditor(given.joined(separator: " "))
    }
    // An optional parameter's menu starts with "not given", so Enter alone skips it as it does for text.
    let skip = parameter.isRequired ? [] : [Menu.Item(name: "(not given)", detail: "skip", value: Self.skipValue)]
    if parameter.isFlag {
      value.choices = Menu([Menu.Item(name: "true"), Menu.Item(name: "false")], pinned: skip)
      if let answer = draft.answer(for: parameter.name) {
        value.choices?.select(named: answer.isNegated ? "false" : "true")
      }
    } else if !facts.choices.isEmpty {
      value.choices = Menu(facts.choices.map { Menu.Item(name: $0) }, pinned: skip)
      value.choices?.filter(value.editor.text)
    } else if parameter.completion == "region" || parameter.completion == "profile" {
      // Regions (with their names) and the profiles of the config files, as completion finds them.
      let found = engine.complete(CompletionRequest(line: "aws \(parameter.name) ")).items
      if !found.isEmpty {
        value.choices = Menu(
          found.map { Menu.Item(name: $0.label, detail: $0.documentation) },
          pinned: skip
        )
        value.choices?.filter(value.editor.text)
      }
    }
    if parameter.isRequired || Self.isRequiredPositional(parameter), counted {
      value.requiredIndex = requiredCount - queue.filter { $0.isRequired || Self.isRequiredPositional($0) }.count
    }
    check(&value, complete: false)
    stage = .value(value)
  }

  func handleValue(_ key: Key, _ value: inout ValueStage) {
    switch key {
    case .help:
      value.showsDocumentation.toggle()
    case .character("?") where value.editor.scalars.isEmpty && value.choices == nil:
      value.showsDocumentation.toggle()
    case .enter:
      if let selected = value.completions?.selected {
        value.editor.replace(value.completionRange, with: selected.value)
        value.completions = nil
        check(&value, complete: false)
      } else {
        return accept(value)
      }
    case .tab:
      complete(&value)
    case .backTab, .up, .control("p"):
      if value.completions != nil { value.completions?.move(by: -1) } else { value.choices?.move(by: -1) }
    case .down, .control("n"):
      if value.completions != nil { value.completions?.move(by: 1) } else { value.choices?.move(by: 1) }
    case .escape:
      if value.completions != nil {
        value.completions = nil
      } else if value.parameter.isRequired {
        value.hint = "\(value.parameter.name) is required: type a value (Ctrl-C cancels the prompt)."
      } else {
        notice = "Skipped \(value.parameter.name)."
        return nextQuestion()
      }
    default:
      guard value.editor.handle(key) else { break }
      value.hint = nil
      value.choices?.filter(value.editor.text)
      check(&value, complete: false)
      if value.completions != nil { refreshCompletions(&value) }
    }
    stage = .value(value)
  }

  /// Enter: take the chosen or typed value if it has no error, then go on.
  private func accept(_ stage: ValueStage) {
    var value = stage
    let parameter = value.parameter
    if value.choices?.selected?.value == Self.skipValue && value.editor.isEmpty {
      draft.remove(parameter.name)
      return nextQuestion()
    }
    if parameter.isFlag {
      let isFalse = value.choices?.selected?.name == "false"
      draft.set(CommandDraft.Answer(parameter: parameter, values: [], isNegated: isFalse))
      notice = nil
      return nextQuestion()
    }
    var text = value.editor.text
    // The highlighted value wins over typed text that is not itself a value (the text filtered the menu).
    if let selected = value.choices?.selected, !value.facts.choices.contains(text) {
      text = selected.name
      value.editor.text = text
    }
    if text.isEmpty {
      if parameter.arity == .fixed, !value.items.isEmpty, value.items.count < parameter.fixedWordCount {
        value.hint = "\(parameter.name) is required: type \(parameter.fixedWordCount) values."
        self.stage = .value(value)
        return
      }
      if !value.items.isEmpty {
        return answer(value.parameter, value.items)
      }
      if parameter.isRequired || Self.isRequiredPositional(parameter) {
        value.hint = "\(parameter.name) is required: type a value."
        self.stage = .value(value)
        return
      }
      draft.remove(parameter.name)
      notice = "Skipped \(parameter.name)."
      return nextQuestion()
    }
    check(&value, complete: true, adding: text)
    if value.problems.contains(where: \.isError) {
      value.hint = "Fix the value, then press Enter."
      self.stage = .value(value)
      return
    }
    if parameter.arity == .fixed, value.items.count + 1 >= parameter.fixedWordCount {
      return answer(parameter, value.items + [text])
    }
    if value.facts.takesSeveralWords && !ShorthandArgument.looksLikeJSON(value.items.first ?? text) {
      value.items.append(text)
      value.editor.text = ""
      value.hint = nil
      check(&value, complete: false)
      self.stage = .value(value)
      return
    }
    answer(parameter, value.items + [text])
  }

  private func answer(_ parameter: CLIParameter, _ values: [String]) {
    draft.set(CommandDraft.Answer(parameter: parameter, values: values))
    notice = nil
    nextQuestion()
  }

  /// Checks the accepted items plus the input (or `adding`, the value about to be accepted).
  func check(_ value: inout ValueStage, complete: Bool, adding text: String? = nil) {
    let current = text ?? value.editor.text
    guard !value.parameter.isFlag, complete || !current.isEmpty else {
      value.problems = []
      return
    }
    let values = value.items + (current.isEmpty ? [] : [current])
    let problems = checker.problems(
      of: values,
      for: value.parameter,
      commandWords: draft.commandWords,
      complete: complete
    )
    // Problems in words already accepted keep no caret; problems in the input point into it. While typing, a
    // warning about the value under the cursor (an enum value not finished yet) waits until it is finished.
    let end = value.editor.scalars.count
    value.problems = problems.compactMap { problem in
      var problem = problem
      if problem.word != value.items.count { problem.range = nil }
      if !complete, !problem.isError, problem.word == value.items.count, problem.range?.upperBound ?? end == end {
        return nil
      }
      return problem
    }
  }

  /// Keeps an open completion menu in step with typing: asks the engine again, closes when nothing is left.
  private func refreshCompletions(_ value: inout ValueStage) {
    guard value.editor.cursor >= value.completionRange.lowerBound,
      let (items, range, _) = completions(for: value), !items.isEmpty
    else {
      value.completions = nil
      return
    }
    value.completions = Menu(
      items.map { Menu.Item(name: $0.label, detail: $0.detail, summary: $0.documentation, value: $0.insertText) }
    )
    value.completionRange = range
  }

  /// Tab: the engine's candidates for the value at the cursor.
  private func complete(_ value: inout ValueStage) {
    if value.completions != nil {
      value.completions?.move(by: 1)
      return
    }
    let answer = completions(for: value)
    guard let (items, found, _) = answer, !items.isEmpty else {
      // Live values that are not there yet, or why there are none ("no AWS credentials for …").
      value.hint = answer?.message ?? "No completions here."
      return
    }
    value.hint = nil
    if items.count == 1 {
      value.editor.replace(found, with: items[0].insertText)
      check(&value, complete: false)
      return
    }
    let replaced = String(String.UnicodeScalarView(value.editor.scalars[clamped(found, value.editor)]))
    let common = Self.commonPrefix(items.map(\.insertText))
    var range = found
    if common.unicodeScalars.count > replaced.unicodeScalars.count, common.hasPrefix(replaced) {
      value.editor.replace(range, with: common)
      range = range.lowerBound..<(range.lowerBound + common.unicodeScalars.count)
      check(&value, complete: false)
    }
    value.completions = Menu(
      items.map { Menu.Item(name: $0.label, detail: $0.detail, summary: $0.documentation, value: $0.insertText) }
    )
    value.completionRange = range
  }

  /// Asks the engine about `aws SERVICE OPERATION --option [items...] input`, the cursor in the input.
  private func completions(for value: ValueStage) -> (items: [CompletionItem], range: Range<Int>, message: String?)? {
    // A positional argument is typed without its name, after the other positionals answered so far.
    let name = value.parameter.isPositional ? [] : [value.parameter.name]
    let earlier = draft.answers.filter { $0.parameter.isPositional && $0.parameter.name != value.parameter.name }
    let words = ["aws"] + draft.commandWords + earlier.flatMap(\.values) + name + value.items
    let base = ShellQuote.join(words) + " "
    let text = value.editor.text
    let needsQuotes = text.unicodeScalars.contains { " \t'\"\\$`;&|<>#()".unicodeScalars.contains($0) }
    if needsQuotes && text.contains("'") { return nil }
    let offset = base.unicodeScalars.count + (needsQuotes ? 1 : 0)
    let line = base + (needsQuotes ? "'" + text + "'" : text)
    let result = engine.complete(CompletionRequest(line: line, point: offset + value.editor.cursor))
    let items = result.items.filter { $0.kind != .option }.map { item in
      var item = item
      if needsQuotes, item.insertText.hasSuffix("'") { item.insertText.removeLast() }
      return item
    }
    let lower = result.replace.lowerBound - offset
    let upper = result.replace.upperBound - offset
    let count = value.editor.scalars.count
    let range = max(0, min(lower, count))..<max(0, min(max(lower, upper), count))
    return (items, range, result.message)
  }

  private func clamped(_ range: Range<Int>, _ editor: LineEditor) -> Range<Int> {
    let count = editor.scalars.count
    let lower = max(0, min(range.lowerBound, count))
    return lower..<max(lower, min(range.upperBound, count))
  }

  static func commonPrefix(_ texts: [String]) -> String {
    guard var prefix = texts.first.map({ Array($0.unicodeScalars) }) else { return "" }
    for text in texts.dropFirst() {
      let scalars = Array(text.unicodeScalars)
      var count = 0
      while count < min(prefix.count, scalars.count), prefix[count] == scalars[count] { count += 1 }
      prefix = Array(prefix[..<count])
    }
    return String(String.UnicodeScalarView(prefix))
  }
}
