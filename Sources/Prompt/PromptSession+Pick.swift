import CLISchema
import Completion
import DocumentationText
import ShellScript

extension PromptSession {
  /// What is on screen.
  enum Stage {
    /// Choosing from a menu (service, operation, waiter, or more parameters).
    case pick(PickStage)
    /// Typing one parameter's value.
    case value(ValueStage)
  }

  /// A menu question.
  struct PickStage {
    enum Kind: Hashable {
      case service, operation, waiter, parameters
    }

    var kind: Kind
    var editor = LineEditor()
    var menu: Menu

    init(kind: Kind, filter: String = "", menu: Menu) {
      self.kind = kind
      self.editor = LineEditor(filter)
      self.menu = menu
      self.menu.filter(filter)
    }
  }

  /// The value of `Menu.Item` that means "finish".
  static let doneValue = "\u{0}done"

  func pickService(filter: String) {
    let result = engine.complete(CompletionRequest(line: "aws "))
    let items = result.items.filter { $0.kind == .service }
      .map {
        Menu.Item(name: $0.label, detail: $0.detail == "command" ? "AWS CLI command" : nil, summary: $0.documentation)
      }
    stage = .pick(PickStage(kind: .service, filter: filter, menu: Menu(items)))
  }

  func pickOperation(filter: String) {
    guard let service = draft.service else { return pickService(filter: "") }
    let result = engine.complete(CompletionRequest(line: "aws \(service) "))
    let items = result.items.filter { $0.kind == .operation || $0.kind == .waiter || $0.kind == .command }
      .map { Menu.Item(name: $0.label, detail: $0.kind == .waiter ? "waiters" : nil, summary: $0.documentation) }
    stage = .pick(PickStage(kind: .operation, filter: filter, menu: Menu(items)))
  }

  func pickWaiter(filter: String) {
    guard let service = draft.service else { return pickService(filter: "") }
    let result = engine.complete(CompletionRequest(line: "aws \(service) wait "))
    let items = result.items.filter { $0.kind == .waiter }
      .map { Menu.Item(name: $0.label, summary: $0.documentation) }
    stage = .pick(PickStage(kind: .waiter, filter: filter, menu: Menu(items)))
  }

  /// The menu of optional parameters: "done" first, then the ones not given (the command's, then the global
  /// options not on the start line), then the given ones (to change).
  func pickParameters() {
    guard command != nil || customCommand != nil else { return }
    var open: [Menu.Item] = []
    var given: [Menu.Item] = []
    let globals = globalParameters.filter { global in
      !draft.keptWords.contains { $0 == global.name || $0.hasPrefix(global.name + "=") }
    }
    for parameter in parameters.filter(isAskable) + globals {
      let facts = ParameterFacts(parameter, in: command)
      let kind = parameter.origin == .global ? "global, " : ""
      if let answer = draft.answer(for: parameter.name) {
        let value = ShellQuote.join(Array(answer.words.dropFirst()), style: style)
        given.append(
          Menu.Item(
            name: parameter.name,
            detail: answer.isNegated ? "= false" : (value.isEmpty ? "given" : "= " + value),
            summary: facts.summary
          )
        )
      } else {
        open.append(
          Menu.Item(
            name: parameter.name,
            detail: kind + facts.typeLabel(for: parameter) + (parameter.isRequired ? ", required" : ""),
            summary: facts.summary
          )
        )
      }
    }
    let done = Menu.Item(name: "done", detail: "print the command", value: Self.doneValue)
    stage = .pick(PickStage(kind: .parameters, menu: Menu(open + given, pinned: [done])))
  }

  func handlePick(_ key: Key, _ pick: inout PickStage) {
    switch key {
    case .up, .backTab, .control("p"):
      pick.menu.move(by: -1)
    case .down, .control("n"):
      pick.menu.move(by: 1)
    case .pageUp:
      pick.menu.move(by: -8)
    case .pageDown:
      pick.menu.move(by: 8)
    case .tab:
      if let selected = pick.menu.selected, selected.value != Self.doneValue {
        pick.editor.text = selected.name
        pick.menu.filter(selected.name)
      }
    case .escape:
      pick.editor.text = ""
      pick.menu.filter("")
    case .control("d") where pick.kind == .parameters && pick.editor.isEmpty:
      return finishChecked()
    case .backspace where pick.editor.isEmpty:
      return goBack(from: pick.kind)
    case .enter:
      return choose(pick)
    default:
      if pick.editor.handle(key) {
        notice = nil
        pick.menu.filter(pick.editor.text)
      }
    }
    stage = .pick(pick)
  }

  /// Backspace in an empty filter goes back one question (operation → service, waiter → operation).
  private func goBack(from kind: PickStage.Kind) {
    switch kind {
    case .operation:
      draft.service = nil
      pickService(filter: "")
    case .waiter:
      pickOperation(filter: "")
    case .service, .parameters:
      break
    }
  }

  private func choose(_ pick: PickStage) {
    guard let selected = pick.menu.selected else {
      notice = "Nothing matches \(pick.editor.text)."
      return
    }
    notice = nil
    switch pick.kind {
    case .service:
      draft.service = selected.name
      pickOperation(filter: "")
    case .operation where selected.name == "wait" && selected.detail == "waiters":
      pickWaiter(filter: "")
    case .operation, .waiter:
      guard let service = draft.service else { return }
      if pick.kind == .operation, let custom = catalog.layer.customCommand(named: service) {
        guard let subcommand = custom.subcommands[selected.name] else { return }
        return useCustom(subcommand)
      }
      do {
        let command =
          pick.kind == .waiter
          ? try catalog.waiterCommand(service: service, waiter: selected.name)
          : try catalog.command(service: service, operation: selected.name)
        use(command)
        askParameters()
      } catch {
        notice = error.description
      }
    case .parameters:
      if selected.value == Self.doneValue { return finishChecked() }
      guard
        let parameter = parameters.first(where: { $0.name == selected.name }) ?? globalParameter(named: selected.name)
      else {
        return
      }
      if parameter.isFlag && parameter.negatedName == nil {
        if draft.answer(for: parameter.name) == nil {
          draft.set(CommandDraft.Answer(parameter: parameter, values: []))
        } else {
          draft.remove(parameter.name)
        }
        return pickParameters()
      }
      ask(parameter)
    }
  }

  /// "done": the whole command is checked once more (options that exclude each other, a required member
  /// missing from --cli-input-json, …); with an error, the first "done" shows it and a second prints anyway.
  func finishChecked() {
    let line = draft.line(style: style)
    if warnedLine == line { return finish() }
    let invocation = checker.parser.parse(arguments: Array(draft.words.dropFirst()))
    guard let error = invocation.errors.first else { return finish() }
    warnedLine = line
    notice = "\(error.description) — choose done again to print it anyway."
  }

  /// The first sentence of an operation's documentation (read once, when it is first highlighted).
  func operationSummary(_ name: String) -> String? {
    guard let service = draft.service, name != "wait" else { return nil }
    if let known = operationSummaries[name] { return known }
    let command = try? catalog.command(service: service, operation: name)
    let summary = DocumentationOverview.of(command?.operation.documentation ?? "")
    operationSummaries[name] = summary
    return summary
  }

  /// The global options the prompt offers in its parameters menu (`--region`, `--profile`, `--output`, …): the
  /// documented ones (as completion offers them: not the v1-only ones), without `--version` (which runs nothing).
  var globalParameters: [CLIParameter] {
    catalog.globalOptions.filter { !$0.isHidden && $0.availability != "v1" && $0.name != "--version" }
  }

  func globalParameter(named name: String) -> CLIParameter? {
    globalParameters.first { $0.name == name }
  }
}
