public import CLISchema
public import Completion
import Invocation
public import ShellScript

/// The prompt's state machine: which question is being asked, what has been answered, and what the screen
/// shows. It knows nothing of terminals: `handle(_:)` takes keys, `frame(width:height:)` gives what to draw,
/// and `outcome` says when it is over. `PromptTerminal` runs it on a real terminal; tests drive it directly.
///
/// The questions, in order: the service and the operation (fuzzy-filtered menus) when the start didn't name
/// them; each required parameter not given yet, in the command's order; then a menu of the optional parameters,
/// where the user picks more or chooses "done".
public final class PromptSession {
  /// How the session ended, or that it hasn't.
  public enum Outcome: Sendable, Hashable {
    /// Still asking.
    case running
    /// The finished command line, quoted for the shell.
    case finished(String)
    /// Ctrl-C (or the terminal went away).
    case cancelled
  }

  /// How the session ended, or `.running`.
  public private(set) var outcome: Outcome = .running
  /// The command so far.
  public internal(set) var draft = CommandDraft()
  /// The operation command, once chosen.
  public internal(set) var command: OperationCommand?
  /// The AWS CLI's own command, once chosen instead of an operation (`s3 cp`): its options and positional
  /// arguments come from the CLI layer.
  public internal(set) var customCommand: CustomCommand?

  let catalog: CommandCatalog
  let engine: CompletionEngine
  let checker: ValueCheck
  let style: ShellQuote.Style
  var stage: Stage = .pick(PickStage(kind: .service, menu: Menu([])))
  /// Parameters to ask before the optional menu (required ones, and given values that were wrong).
  var queue: [CLIParameter] = []
  /// Values typed on the start line for parameters that are asked again (they were wrong or unfinished).
  var prefills: [String: [String]] = [:]
  /// The number of required parameters asked in this session (for "1 of 2").
  var requiredCount = 0
  /// A one-line message shown above the question (an unknown name on the start line, a skipped parameter).
  var notice: String?
  /// The text around the command on the start line, put back around the result.
  var surroundings = (before: "", after: "")
  /// The line whose problems "done" showed last (a second "done" on the same line prints it).
  var warnedLine: String?
  /// First sentences of operations' documentation, read when the operation is highlighted.
  var operationSummaries: [String: String] = [:]

  /// A session over `catalog` starting from `start`; the finished line is quoted in `style`.
  public init(
    catalog: CommandCatalog,
    engine: CompletionEngine? = nil,
    start: PromptStart = PromptStart(arguments: []),
    style: ShellQuote.Style = .posix
  ) {
    self.catalog = catalog
    self.engine = engine ?? CompletionEngine(catalog: catalog)
    self.checker = ValueCheck(parser: InvocationParser(catalog: catalog))
    self.style = style
    begin(start)
    // When the installed aws's models were not found, say so once, where the session shows its messages.
    if notice == nil, let fallback = catalog.registry.searchPath.fallback { notice = "argot: " + fallback }
  }

  /// The finished line, if the session finished.
  public var finishedLine: String? {
    if case .finished(let line) = outcome { return line }
    return nil
  }

  /// Handles one key.
  public func handle(_ key: Key) {
    guard outcome == .running else { return }
    if key == .control("c") {
      outcome = .cancelled
      return
    }
    switch stage {
    case .pick(var pick):
      handlePick(key, &pick)
    case .value(var value):
      handleValue(key, &value)
    }
  }

  /// Handles several keys.
  public func handle(_ keys: [Key]) {
    for key in keys { handle(key) }
  }

  /// Types text, one character key per scalar.
  public func type(_ text: String) {
    handle(text.unicodeScalars.map(Key.character))
  }

  // MARK: Starting

  private func begin(_ start: PromptStart) {
    draft.assignments = start.assignments
    surroundings = (start.before, start.after)
    let words = start.words
    guard let first = words.first else { return pickService(filter: "") }
    let invocation = checker.parser.parse(arguments: words, options: InvocationOptions(mode: .partial))
    guard let service = invocation.service else {
      if let custom = catalog.layer.customCommand(named: first) {
        return beginCustom(custom, words: Array(words.dropFirst()))
      } else if !first.hasPrefix("-") {
        notice = "No service command named \(first); choose one."
      }
      return pickService(filter: first.hasPrefix("-") ? "" : first)
    }
    draft.service = service.name
    guard let command = invocation.command else {
      let serviceIndex = words.firstIndex(of: service.name) ?? 0
      let rest = words[(serviceIndex + 1)...].filter { !$0.hasPrefix("-") }
      if rest.first == "wait" { return pickWaiter(filter: rest.dropFirst().first ?? "") }
      if let typed = rest.first { notice = "No operation \(typed) in \(service.name); choose one." }
      return pickOperation(filter: rest.first ?? "")
    }
    // The parser builds commands without their documentation; the prompt shows it.
    let documented =
      command.waiter == nil
      ? try? catalog.command(service: service.name, operation: command.name)
      : try? catalog.waiterCommand(service: service.name, waiter: command.name)
    use(documented ?? command)
    // Values on the start line are held to the full rules (a missing nested member is an error there).
    let complete = checker.parser.parse(arguments: words)
    for option in invocation.options {
      guard let parameter = option.parameter, isAskable(parameter) else {
        draft.keptWords += wordsOf(option, in: invocation)
        continue
      }
      let isWrong = complete.errors.contains { $0.option == parameter.name && $0.location != nil }
      let isUnfinished =
        option.values.isEmpty && !parameter.isFlag && parameter.arity != .optional
        && parameter.arity != .zeroOrMore
      if isWrong || isUnfinished {
        prefills[parameter.name] = option.values
        draft.remove(parameter.name)
      } else {
        draft.set(CommandDraft.Answer(parameter: parameter, values: option.values, isNegated: option.isNegated))
      }
    }
    askParameters()
  }

  private func wordsOf(_ option: GivenOption, in invocation: Invocation) -> [String] {
    let indices = option.isInline ? [option.nameWord] : [option.nameWord] + option.valueWords
    return indices.filter { invocation.words.indices.contains($0) }.map { invocation.words[$0].text }
  }

  func use(_ command: OperationCommand) {
    self.command = command
    draft.operation = command.name
    draft.isWaiter = command.waiter != nil
  }

  /// Starts on one of the AWS CLI's own commands (`s3`, `configure`): its subcommand from the words or a menu,
  /// then its positional arguments (`s3 cp`'s two paths) and a menu of its options. The words after the
  /// subcommand are kept as they are.
  private func beginCustom(_ custom: CustomCommand, words: [String]) {
    draft.service = custom.name
    guard !custom.subcommands.isEmpty else {
      draft.keptWords = words
      return useCustom(custom)
    }
    let rest = words.filter { !$0.hasPrefix("-") }
    guard let name = rest.first, let subcommand = custom.subcommands[name] else {
      if let typed = rest.first { notice = "No command \(typed) in \(custom.name); choose one." }
      return pickOperation(filter: rest.first ?? "")
    }
    draft.keptWords = Array(words.drop { $0 != name }.dropFirst())
    useCustom(subcommand)
  }

  /// Uses `custom` (a subcommand of `draft.service`, or a top-level command) and asks its arguments.
  func useCustom(_ custom: CustomCommand) {
    customCommand = custom
    command = nil
    if draft.service != custom.name { draft.operation = custom.name }
    askParameters()
  }

  /// The parameters of the chosen command: an operation's, or the CLI's own command's (positionals included).
  var parameters: [CLIParameter] {
    command?.parameters ?? customCommand?.options ?? []
  }

  /// Whether a positional argument must be given: one word or a fixed count (`s3 cp`'s paths), not `?`.
  static func isRequiredPositional(_ parameter: CLIParameter) -> Bool {
    parameter.isPositional && (parameter.arity == .one || parameter.arity == .fixed || parameter.arity == .oneOrMore)
  }

  /// Whether the prompt asks for this parameter (options of the operation; not global options, not
  /// `--cli-input-json` and the other options every command has, not hidden ones).
  func isAskable(_ parameter: CLIParameter) -> Bool {
    guard !parameter.isHidden, !parameter.isPositional || customCommand != nil else { return false }
    switch parameter.origin {
    case .member, .pagination, .custom: return true
    case .command, .global: return false
    }
  }

  /// Operations with at most this many optional parameters (pagination aside) have each one asked in turn
  /// after the required ones (Enter on an empty value skips it); larger ones offer them in a menu.
  public static let optionalWalkLimit = 8

  /// Queues the required parameters not given yet (and the given ones to fix), then, for small operations, the
  /// optional ones; then asks the first.
  func askParameters() {
    guard command != nil || customCommand != nil else { return }
    let open = parameters.filter { isAskable($0) && draft.answer(for: $0.name) == nil }
    let positionals = open.filter(Self.isRequiredPositional)
    let first = open.filter { ($0.isRequired || prefills[$0.name] != nil) && !$0.isPositional }
    let optional = open.filter {
      !$0.isRequired && prefills[$0.name] == nil && $0.origin != .pagination && !$0.isPositional
    }
    queue = positionals + first.filter(\.isRequired) + first.filter { !$0.isRequired }
    // The CLI's own commands have many options without descriptions: they stay in the menu.
    if optional.count <= Self.optionalWalkLimit, customCommand == nil { queue += optional }
    requiredCount = queue.filter { $0.isRequired || Self.isRequiredPositional($0) }.count
    nextQuestion()
  }

  /// Asks the next queued parameter, or shows the optional-parameter menu.
  func nextQuestion() {
    if queue.isEmpty {
      pickParameters()
    } else {
      let parameter = queue.removeFirst()
      ask(parameter, counted: true)
    }
  }

  func finish() {
    outcome = .finished(surroundings.before + draft.line(style: style) + surroundings.after)
  }
}
