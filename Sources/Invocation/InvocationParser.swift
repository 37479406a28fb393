import Botocore
public import CLISchema
import JMESPath
import JSON
public import ShellScript
import Shorthand
import Suggestions

/// Reads an AWS CLI command line the way AWS CLI v2 does and reports what it would send, or why it would refuse.
///
/// `aws [globals] SERVICE [globals] OPERATION ARGS...` and `aws SERVICE wait WAITER ARGS...`: global options
/// anywhere, `--opt value` and `--opt=value`, unique prefixes, `--x`/`--no-x` flags, lists taking words up to
/// the next option, the last of a repeated option winning, `file://`/`fileb://` values, JSON and shorthand
/// values, `--cli-input-json`/`--cli-input-yaml`, `--generate-cli-skeleton`, `--cli-binary-format`, then
/// botocore's validation of the final parameters (plus the checks botocore leaves to the service, as warnings).
public struct InvocationParser: Sendable {
  /// Where commands and models come from.
  public let catalog: CommandCatalog

  /// A parser over `catalog`.
  public init(catalog: CommandCatalog) {
    self.catalog = catalog
  }

  /// Parses a shell command line (`aws directconnect create-bgp-peer --new-bgp-peer asn=64600`): its first
  /// command as `ShellCommandLine` splits it, from the program word on (`AWS_PROFILE=x aws …` and `sudo aws …`
  /// read as `aws …`, as the language server reads them in a script).
  public func parse(line: String, options: InvocationOptions = InvocationOptions()) -> Invocation {
    var split = ShellCommandLine(line)
    // A line of assignments only (`ID=$(aws ec2 …)`, `` ID=`aws ec2 …` ``): the `aws` command inside it, as the
    // language server reads it.
    if split.command.programIndex == nil,
      let inner = ShellScript(line).commands(running: "aws").first(where: {
        split.command.range.contains($0.range.lowerBound)
      })
    {
      split.command = inner
    }
    if let program = split.command.programIndex, !split.command.runs("aws") {
      return Self.notRunningAWS(split.command, program: program, line: line)
    }
    let words = Array(split.programWords)
    var run = ParseRun(
      catalog: catalog,
      words: words,
      line: line,
      firstArgument: min(1, words.count),
      options: options,
      endsInWord: split.endsInWord || split.endsInQuote
    )
    run.invocation.diagnostics += Self.lineDiagnostics(split, words: words, line: line)
    var invocation = run.execute()
    if split.command.argumentsFromInput { invocation.dropWhatInputMayGive() }
    return invocation
  }

  /// A line whose command runs another program (`command -v aws`, `which aws`, `echo aws …`): nothing of the
  /// AWS CLI to check, as the language server skips such a command in a script; one note says so.
  static func notRunningAWS(_ command: ScriptCommand, program: Int, line: String) -> Invocation {
    let words = Array(command.programWords)
    var invocation = Invocation(words: words, line: line, firstArgument: min(1, words.count))
    let name = command.words[program]
    let looksUp = ["command", "which", "type", "hash", "whereis"].contains(name.text)
    let what = looksUp ? " (it only looks aws up)" : ""
    invocation.diagnostics.append(
      InvocationDiagnostic(
        severity: .note,
        code: .notAWSCommand,
        message: "the line runs \"\(name.text)\", not aws\(what): nothing to check",
        location: SourceLocation(wordIndex: 0, range: 0..<0, lineRange: name.lineRange)
      )
    )
    return invocation
  }

  /// The problems of the line itself: text after the command that is not read, and a quote left open.
  static func lineDiagnostics(_ split: ShellCommandLine, words: [ShellWord], line: String) -> [InvocationDiagnostic] {
    var diagnostics: [InvocationDiagnostic] = []
    if let ignored = split.ignoredRange {
      let scalars = line.unicodeScalars
      let first = scalars[scalars.index(scalars.startIndex, offsetBy: ignored.lowerBound)]
      let shown = first == "\n" ? "a line break" : "\"\(Character(first))\""
      diagnostics.append(
        InvocationDiagnostic(
          severity: .warning,
          code: .shellOperator,
          message: "argot reads one command; the text from \(shown) on is ignored",
          location: SourceLocation(wordIndex: words.count, range: 0..<0, lineRange: ignored)
        )
      )
    }
    if split.endsInQuote {
      let end = line.unicodeScalars.count
      diagnostics.append(
        InvocationDiagnostic(
          severity: .error,
          code: .unterminatedQuote,
          message: "the line ends inside a quoted string",
          location: SourceLocation(
            wordIndex: max(0, words.count - 1),
            range: 0..<0,
            lineRange: words.last?.lineRange ?? end..<end
          )
        )
      )
    }
    return diagnostics
  }

  /// Parses program arguments (what `aws` gets in `argv`, without the program name).
  public func parse(arguments: [String], options: InvocationOptions = InvocationOptions()) -> Invocation {
    var run = ParseRun(
      catalog: catalog,
      words: arguments.map(ShellWord.init(argument:)),
      line: nil,
      firstArgument: 0,
      options: options,
      endsInWord: false
    )
    return run.execute()
  }

  /// Parses words that were split elsewhere; `firstArgument` is the index of the first word after the program name.
  public func parse(
    words: [ShellWord],
    firstArgument: Int,
    line: String? = nil,
    endsInWord: Bool = false,
    options: InvocationOptions = InvocationOptions()
  ) -> Invocation {
    var run = ParseRun(
      catalog: catalog,
      words: words,
      line: line,
      firstArgument: firstArgument,
      options: options,
      endsInWord: endsInWord
    )
    return run.execute()
  }
}

/// One parse: the state of the walk over the words.
struct ParseRun {
  let catalog: CommandCatalog
  let options: InvocationOptions
  let endsInWord: Bool
  var invocation: Invocation

  init(
    catalog: CommandCatalog,
    words: [ShellWord],
    line: String?,
    firstArgument: Int,
    options: InvocationOptions,
    endsInWord: Bool
  ) {
    self.catalog = catalog
    self.options = options
    self.endsInWord = endsInWord
    self.invocation = Invocation(words: words, line: line, firstArgument: firstArgument)
  }

  var words: [ShellWord] { invocation.words }
  var isPartial: Bool { options.mode == .partial }

  // MARK: Diagnostics

  func location(word: Int, range: Range<Int>? = nil) -> SourceLocation? {
    guard word >= 0 else { return nil }
    guard word < words.count else {
      let end = words.last?.lineRange?.upperBound
      return SourceLocation(wordIndex: words.count, range: 0..<0, lineRange: end.map { $0..<$0 })
    }
    let whole = 0..<words[word].scalarCount
    let inner = range ?? whole
    return SourceLocation(wordIndex: word, range: inner, lineRange: words[word].lineRange(of: inner))
  }

  /// The location just after the last word (for what is missing).
  var endLocation: SourceLocation? {
    let end = words.last?.lineRange?.upperBound ?? invocation.line?.unicodeScalars.count
    return SourceLocation(wordIndex: words.count, range: 0..<0, lineRange: end.map { $0..<$0 })
  }

  mutating func report(
    _ severity: InvocationDiagnostic.Severity,
    _ code: DiagnosticCode,
    _ message: String,
    option: String? = nil,
    path: String? = nil,
    at location: SourceLocation?,
    suggestions: [String] = [],
    aws: String? = nil
  ) {
    invocation.diagnostics.append(
      InvocationDiagnostic(
        severity: severity,
        code: code,
        message: message,
        option: option,
        path: path,
        location: location,
        suggestions: suggestions,
        awsMessage: aws
      )
    )
  }

  /// Whether `word` is the last word and the line ends inside it (an editor is still typing it).
  func isBeingTyped(_ word: Int) -> Bool {
    isPartial && word == words.count - 1 && (endsInWord || invocation.line == nil)
  }

  // MARK: The walk

  mutating func execute() -> Invocation {
    for (index, word) in words.enumerated() where word.hasExpansion && index >= invocation.firstArgument {
      report(
        .warning,
        .shellExpansion,
        "the shell would expand this word; argot reads it literally as \"\(word.text)\"",
        at: location(word: index)
      )
    }
    let globals = OptionTable(catalog.globalOptions)
    // The AWS CLI's main parser: global options anywhere, the first other word is the service.
    var serviceWord: Int?
    var extras: [Int] = []
    var index = invocation.firstArgument
    var afterSeparator = false
    // A lone unquoted expansion before the service (`aws $GLOBAL_OPTIONS sqs list-queues`) is taken for global
    // options: the service is read after it, but a name that is not a service is then not judged.
    var expansionBeforeService = false
    while index < words.count {
      let text = words[index].text
      if afterSeparator || !globals.isOptionWord(text) {
        if text == "--" && !afterSeparator {
          afterSeparator = true
          index += 1
          continue
        }
        if serviceWord == nil, !afterSeparator, words[index].mayBecomeWords, index + 1 < words.count {
          expansionBeforeService = true
          index += 1
          continue
        }
        if serviceWord == nil { serviceWord = index } else { extras.append(index) }
        index += 1
        continue
      }
      switch globals.lookup(text) {
      case .match(let match):
        index = consume(match, at: index, table: globals)
      case .ambiguous(let candidates):
        if isBeingTyped(index) { index += 1; continue }
        report(
          .error,
          .ambiguousOption,
          "\"\(text)\" could be any of " + candidates.joined(separator: ", "),
          at: location(word: index),
          suggestions: candidates,
          aws: "ambiguous option: \(text) could match \(candidates.joined(separator: ", "))"
        )
        index += 1
      case .unknown:
        extras.append(index)
        index += 1
      }
    }
    guard let serviceWord else {
      // `aws --version` prints the version and runs nothing.
      if !isPartial, !invocation.options.contains(where: { $0.name == "--version" }) {
        report(
          .error,
          .missingService,
          "no service given (aws SERVICE OPERATION ...)",
          at: endLocation,
          aws: "the following arguments are required: command"
        )
      }
      return finish()
    }
    let serviceName = words[serviceWord].text
    if serviceName == "help" {
      invocation.isHelpRequest = true
      return finish()
    }
    let service: ServiceCommand
    do throws(CatalogError) {
      service = try catalog.serviceCommand(named: serviceName)
    } catch {
      if case .customCommand = error, checkSubcommand(of: serviceName, in: extras) { return finish() }
      if expansionBeforeService { return finish() }
      catalogError(error, word: serviceWord)
      return finish()
    }
    invocation.service = service
    // The service's parser: the first remaining word that is not an option is the operation.
    guard let operationPosition = firstPositional(in: extras) else {
      if !isPartial {
        report(
          .error,
          .missingOperation,
          "no operation given for \"\(serviceName)\"",
          at: endLocation,
          aws: "the following arguments are required: operation"
        )
      }
      return finish()
    }
    let operationWord = extras.remove(at: operationPosition)
    let operationName = words[operationWord].text
    let command: OperationCommand
    if operationName == "help" {
      invocation.isHelpRequest = true
      return finish()
    }
    do throws(CatalogError) {
      if operationName == "wait" {
        guard let waiterPosition = firstPositional(in: extras) else {
          if !isPartial {
            report(
              .error,
              .missingWaiter,
              "no waiter given for \"\(serviceName) wait\"",
              at: endLocation,
              aws: "the following arguments are required: subcommand"
            )
          }
          return finish()
        }
        let waiterWord = extras.remove(at: waiterPosition)
        if words[waiterWord].text == "help" {
          invocation.isHelpRequest = true
          return finish()
        }
        do throws(CatalogError) {
          command = try catalog.waiterCommand(
            service: serviceName,
            waiter: words[waiterWord].text,
            documentation: false
          )
        } catch {
          catalogError(error, word: waiterWord)
          return finish()
        }
      } else {
        command = try catalog.command(service: serviceName, operation: operationName, documentation: false)
      }
    } catch {
      catalogError(error, word: operationWord)
      return finish()
    }
    invocation.command = command
    scanOperationArguments(extras, command: command)
    if !invocation.isHelpRequest {
      var values = ValueBuilder(run: self, command: command)
      values.build()
      invocation = values.run.invocation
    }
    return finish()
  }

  /// The position in `extras` of the first word that is not an option name (argparse's first positional).
  func firstPositional(in extras: [Int]) -> Int? {
    // Unknown options at this level do not take values: their next word is positional for argparse.
    extras.firstIndex { !OptionTable.looksLikeOptionName(words[$0].text) }
  }

  mutating func catalogError(_ error: CatalogError, word: Int) {
    let typed = isBeingTyped(word)
    // The message is the catalog's own (with its did-you-mean); only the code and the AWS CLI's words differ.
    let unknown: (DiagnosticCode, [String], String)?
    switch error {
    case .unknownService(_, let suggestions):
      unknown = (.unknownService, suggestions, "argument command: Invalid choice")
    case .unknownOperation(_, _, let suggestions):
      unknown = (.unknownOperation, suggestions, "argument operation: Invalid choice")
    case .unknownWaiter(_, _, let suggestions):
      unknown = (.unknownWaiter, suggestions, "argument subcommand: Invalid choice")
    default:
      unknown = nil
    }
    if let (code, suggestions, aws) = unknown {
      if !typed {
        let key: String? =
          switch error {
          case .unknownService(let service, _): service
          case .unknownOperation(let service, let operation, _): "\(service) \(operation)"
          default: nil
          }
        if let key, let note = catalog.otherGenerationNote(for: key) {
          report(.error, code, "\"\(key)\" \(note)", at: location(word: word), aws: aws)
          return
        }
        report(.error, code, error.description, at: location(word: word), suggestions: suggestions, aws: aws)
      }
      return
    }
    switch error {
    case .customCommand(let name):
      report(
        .warning,
        .customCommand,
        "\"\(name)\" is implemented by the AWS CLI itself; argot does not check its options",
        at: location(word: word)
      )
    case .registry(let registryError):
      report(.error, .modelUnavailable, "cannot read the model: \(registryError.description)", at: location(word: word))
    case .unknownService, .unknownOperation, .unknownWaiter:
      break
    }
  }

  /// For a command the AWS CLI implements itself that has subcommands (`configure`, `s3`, `ddb`): whether the first
  /// word after it that is not an option names none of them. That is an error (the CLI rejects it too), with the
  /// generation that has it when only the other one does (`configure list-profiles` is v2's).
  mutating func checkSubcommand(of name: String, in extras: [Int]) -> Bool {
    guard let command = catalog.layer.customCommand(named: name), !command.subcommands.isEmpty,
      let position = firstPositional(in: extras)
    else { return false }
    let word = extras[position]
    let text = words[word].text
    if text == "help" || command.subcommands[text] != nil || isBeingTyped(word) { return false }
    let path = "\(name) \(text)"
    if let note = catalog.otherGenerationNote(for: path) {
      report(
        .error,
        .unknownOperation,
        "\"\(path)\" \(note)",
        at: location(word: word),
        aws: "argument subcommand: Invalid choice"
      )
      return true
    }
    let candidates = command.subcommands.filter { !$0.value.isHidden }.keys.sorted()
    let suggestions = ClosestNames.find(text, among: candidates)
    report(
      .error,
      .unknownOperation,
      "\"\(text)\" is not a subcommand of \"\(name)\"" + Self.hint(suggestions),
      at: location(word: word),
      suggestions: suggestions,
      aws: "argument subcommand: Invalid choice"
    )
    return true
  }

  static func hint(_ suggestions: [String]) -> String {
    suggestions.isEmpty
      ? ""
      : "; did you mean " + suggestions.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        + "?"
  }

  /// Consumes one matched option at `index` with its values; returns the index after it.
  mutating func consume(
    _ match: OptionTable.Match,
    at index: Int,
    table: OptionTable,
    positions: [Int]? = nil
  ) -> Int {
    // `positions` maps walk positions to word indices (the operation pass walks a subset of the words).
    let wordAt = { (position: Int) -> Int in positions.map { $0[position] } ?? position }
    let count = positions?.count ?? words.count
    let nameWord = wordAt(index)
    let parameter = match.parameter
    var given = GivenOption(
      name: parameter.name,
      parameter: parameter,
      nameWord: nameWord,
      isInline: match.inlineValue != nil,
      isNegated: match.isNegated
    )
    if match.isAbbreviated {
      report(
        .note,
        .abbreviatedOption,
        "\"\(words[nameWord].text)\" is read as \(match.matchedName)",
        option: parameter.name,
        at: location(word: nameWord, range: nameRange(nameWord))
      )
    }
    var next = index + 1
    let allWords = words
    let isValueWord = { (position: Int) -> Bool in
      position < count && !table.isOptionWord(allWords[wordAt(position)].text)
    }
    switch parameter.arity {
    case .none:
      if let inline = match.inlineValue {
        report(
          .error,
          .unexpectedValue,
          "\(match.matchedName) takes no value, got \"\(inline)\"",
          option: parameter.name,
          at: location(word: nameWord, range: inlineRange(nameWord)),
          aws: "argument \(match.matchedName): ignored explicit argument '\(inline)'"
        )
        return next
      }
    case .one:
      if let inline = match.inlineValue {
        given.values = [inline]
        given.valueWords = [nameWord]
      } else if isValueWord(next) {
        given.values = [words[wordAt(next)].text]
        given.valueWords = [wordAt(next)]
        next += 1
      } else {
        if !(isPartial && next >= count) {
          report(
            .error,
            .missingValue,
            "\(match.matchedName) needs a value",
            option: parameter.name,
            at: location(word: nameWord),
            aws: "argument \(match.matchedName): expected one argument"
          )
        }
        recordGiven(given, complete: false)
        return next
      }
    case .optional:
      if let inline = match.inlineValue {
        given.values = [inline]
        given.valueWords = [nameWord]
      } else if isValueWord(next) {
        given.values = [words[wordAt(next)].text]
        given.valueWords = [wordAt(next)]
        next += 1
      }
    case .fixed:
      if let inline = match.inlineValue {
        given.values = [inline]
        given.valueWords = [nameWord]
      }
      while given.values.count < max(1, parameter.fixedWordCount), isValueWord(next) {
        given.values.append(words[wordAt(next)].text)
        given.valueWords.append(wordAt(next))
        next += 1
      }
      if given.values.count < max(1, parameter.fixedWordCount), !(isPartial && next >= count) {
        report(
          .error,
          .missingValue,
          "\(match.matchedName) needs \(parameter.fixedWordCount) values",
          option: parameter.name,
          at: location(word: nameWord),
          aws: "argument \(match.matchedName): expected \(parameter.fixedWordCount) arguments"
        )
      }
    case .oneOrMore, .zeroOrMore:
      if parameter.arity == .oneOrMore, match.inlineValue == nil, !isValueWord(next), !(isPartial && next >= count) {
        report(
          .error,
          .missingValue,
          "\(match.matchedName) needs at least one value",
          option: parameter.name,
          at: location(word: nameWord),
          aws: "argument \(match.matchedName): expected at least one argument"
        )
      }
      if let inline = match.inlineValue {
        given.values = [inline]
        given.valueWords = [nameWord]
      } else {
        while isValueWord(next) {
          given.values.append(words[wordAt(next)].text)
          given.valueWords.append(wordAt(next))
          next += 1
        }
      }
    }
    if let choices = parameter.choices, !choices.isEmpty, parameter.memberName == nil {
      for (value, word) in zip(given.values, given.valueWords) where !choices.contains(value) {
        if isBeingTyped(word) && choices.contains(where: { $0.hasPrefix(value) }) { continue }
        let note = catalog.otherGenerationNote(for: "\(parameter.name)=\(value)")
        let suggestions = note == nil ? ClosestNames.find(value, among: choices) : []
        report(
          .error,
          .invalidChoice,
          "\"\(value)\" is not one of: " + choices.joined(separator: ", ")
            + (note.map { "; \"\(value)\" \($0)" } ?? Self.hint(suggestions)),
          option: parameter.name,
          at: location(word: word, range: given.isInline ? inlineRange(word) : nil),
          suggestions: suggestions,
          aws: "argument \(match.matchedName): Invalid choice"
        )
      }
    }
    if parameter.memberName == nil, ["integer", "long"].contains(parameter.typeName) {
      for (value, word) in zip(given.values, given.valueWords) {
        if case .value = PythonNumber.integer(value) { continue }
        if isBeingTyped(word) && value.isEmpty { continue }
        report(
          .error,
          .invalidInteger,
          "expected an integer, got \"\(value)\"",
          option: parameter.name,
          at: location(word: word, range: given.isInline ? inlineRange(word) : nil),
          aws: "argument \(match.matchedName): invalid int value: \(PythonText.repr(value))"
        )
      }
    }
    recordGiven(given, complete: true)
    return next
  }

  mutating func recordGiven(_ given: GivenOption, complete: Bool) {
    invocation.options.append(given)
  }

  /// The range of the option name in a word (before any `=`).
  func nameRange(_ word: Int) -> Range<Int> {
    let scalars = Array(words[word].text.unicodeScalars)
    let end = scalars.firstIndex(of: "=") ?? scalars.count
    return 0..<end
  }

  /// The range of the inline value in `--opt=value`.
  func inlineRange(_ word: Int) -> Range<Int> {
    let scalars = Array(words[word].text.unicodeScalars)
    guard let equals = scalars.firstIndex(of: "=") else { return scalars.count..<scalars.count }
    return (equals + 1)..<scalars.count
  }

  /// The operation's parser: its options, then `help` or stray words.
  mutating func scanOperationArguments(_ positions: [Int], command: OperationCommand) {
    let table = OptionTable(operationOptions(command))
    let globals = OptionTable(catalog.globalOptions)
    var index = 0
    var helpWord: Int?
    var stray: [Int] = []
    var afterSeparator = false
    while index < positions.count {
      let word = positions[index]
      let text = words[word].text
      if afterSeparator || !table.isOptionWord(text) {
        if text == "--", !afterSeparator {
          afterSeparator = true
        } else if helpWord == nil {
          helpWord = word
        } else {
          stray.append(word)
        }
        index += 1
        continue
      }
      switch table.lookup(text) {
      case .match(let match):
        index = consume(match, at: index, table: table, positions: positions)
      case .ambiguous(let candidates):
        if !isBeingTyped(word) {
          report(
            .error,
            .ambiguousOption,
            "\"\(text)\" could be any of " + candidates.joined(separator: ", "),
            at: location(word: word, range: nameRange(word)),
            suggestions: candidates,
            aws: "ambiguous option: \(text) could match \(candidates.joined(separator: ", "))"
          )
        }
        index += 1
      case .unknown:
        let name = String(text.prefix { $0 != "=" })
        if isBeingTyped(word), table.allNames.contains(where: { $0.hasPrefix(name) }) {
          index += 1
          continue
        }
        let candidates = table.allNames.filter { !(table.parameterNamed($0)?.isHidden ?? false) } + globals.allNames
        let note = catalog.otherGenerationNote(for: name)
        let suggestions = note == nil ? ClosestNames.find(name, among: candidates) : []
        report(
          .error,
          .unknownOption,
          "\(invocation.command.map { "\"\($0.service.name) \($0.name)\"" } ?? "the command") has no option "
            + "\(name)" + (note.map { ": it \($0)" } ?? Self.hint(suggestions)),
          at: location(word: word, range: nameRange(word)),
          suggestions: suggestions,
          aws: "Unknown options: \(text)"
        )
        invocation.options.append(GivenOption(name: name, parameter: nil, nameWord: word))
        index += 1
      }
    }
    if let helpWord, words[helpWord].text == "help" {
      invocation.isHelpRequest = true
    }
    // Positional arguments of the command (`outfile` for streaming output), in order, before `help`.
    var positionalWords = [helpWord].compactMap { $0 }.filter { words[$0].text != "help" } + stray
    positionalWords.sort()
    stray = positionalWords
    for parameter in command.parameters where parameter.isPositional {
      if let first = stray.first {
        stray.removeFirst()
        invocation.options.append(
          GivenOption(
            name: parameter.name,
            parameter: parameter,
            nameWord: first,
            valueWords: [first],
            values: [words[first].text]
          )
        )
      } else if parameter.isRequired, !isPartial, !invocation.isHelpRequest {
        report(
          .error,
          .missingRequiredOption,
          "the \(parameter.name) argument is missing (\(command.commandLine) ... \(parameter.name.uppercased()))",
          at: endLocation,
          aws: "the following arguments are required: \(parameter.name)"
        )
      }
    }
    for word in stray.sorted() {
      if isBeingTyped(word) { continue }
      report(
        .error,
        .unexpectedArgument,
        "\"\(words[word].text)\" belongs to no option",
        at: location(word: word),
        aws: "Unknown options: \(words[word].text)"
      )
    }
  }

  /// The options the operation's parser knows: the command's own, its pagination options and the options every
  /// operation command has (the catalog includes them).
  func operationOptions(_ command: OperationCommand) -> [CLIParameter] {
    command.parameters
  }

  mutating func finish() -> Invocation {
    checkQueries()
    dropWhatDependsOnExpansions()
    if isPartial, endsInWord || invocation.line == nil, !words.isEmpty {
      let last = words.count - 1
      let length = words[last].scalarCount
      invocation.diagnostics.removeAll { diagnostic in
        guard diagnostic.severity == .error, let location = diagnostic.location, location.wordIndex == last else {
          return false
        }
        // An error at the very end of the word being typed is about what has not been typed yet.
        return location.range.lowerBound >= length
          || (location.range.isEmpty && location.range.lowerBound >= length - 1)
      }
    }
    // A stable sort by place: problems without a place (or after the last word) come last, in report order.
    invocation.diagnostics = invocation.diagnostics.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.location?.wordIndex ?? Int.max, lhs.element.location?.range.lowerBound ?? 0, lhs.offset)
      let right = (rhs.element.location?.wordIndex ?? Int.max, rhs.element.location?.range.lowerBound ?? 0, rhs.offset)
      return left < right
    }.map(\.element)
    return invocation
  }
}

extension ParseRun {
  /// `--query` must be a JMESPath expression: the AWS CLI compiles it before it calls anything.
  mutating func checkQueries() {
    for option in invocation.options where option.name == "--query" {
      for word in option.valueWords where word < words.count {
        let text =
          option.isInline ? String(words[word].text.split(separator: "=", maxSplits: 1).last ?? "") : words[word].text
        let shift = words[word].scalarCount - text.unicodeScalars.count
        guard !text.isEmpty, let problem = JMESPathSyntax.problem(in: text) else { continue }
        let start = problem.range.lowerBound + shift
        let end = max(problem.range.upperBound + shift, start)
        report(
          .error,
          .invalidQuery,
          "not a JMESPath expression: \(problem.message) (column \(problem.range.lowerBound + 1))",
          option: "--query",
          at: location(word: word, range: start..<end),
          aws: "Bad value for --query \(text): \(problem.message)"
        )
      }
    }
  }

  /// What the shell gives for an expansion is not known when the line is read, so nothing that depends on it is
  /// judged: a problem placed on an expansion, and a required option or member missing when an expansion may
  /// stand for any words (`aws ec2 run-instances $ARGS`) or for the whole `--cli-input-json` document, or when
  /// that document could not be read.
  mutating func dropWhatDependsOnExpansions() {
    let words = words
    let firstArgument = invocation.firstArgument
    let valueWords = Set(invocation.options.flatMap(\.valueWords))
    let opaque = words.indices.contains { index in
      index >= firstArgument && !valueWords.contains(index) && words[index].mayBecomeWords
    }
    // The `--cli-input-json` document is not known: it depends on an expansion, or it could not be read (the
    // error says so once; the members it would give are not missing on top of that).
    let cliInputWords = Set(
      invocation.options.filter { $0.name == "--cli-input-json" || $0.name == "--cli-input-yaml" }.flatMap(\.valueWords)
    )
    let cliInputUnknown =
      cliInputWords.contains { words[$0].hasExpansion }
      || invocation.diagnostics.contains { diagnostic in
        diagnostic.severity == .error && diagnostic.location.map { cliInputWords.contains($0.wordIndex) } == true
      }
    invocation.diagnostics.removeAll { diagnostic in
      if diagnostic.code == .shellExpansion { return false }
      if let location = diagnostic.location, location.wordIndex < words.count,
        words[location.wordIndex].touchesExpansion(location.range)
      {
        return true
      }
      guard Self.missingCodes.contains(diagnostic.code) else { return false }
      return opaque || cliInputUnknown
    }
  }

  static let missingCodes: Set<DiagnosticCode> = [
    .missingRequiredOption, .missingRequiredParameter, .missingService, .missingOperation, .missingWaiter,
  ]
}

extension Invocation {
  /// Forgets what is missing when the program's arguments are not all written (`xargs aws …` adds the words it
  /// reads at the end): a required option, a member, an option's value, the service or operation.
  public mutating func dropWhatInputMayGive() {
    diagnostics.removeAll { ParseRun.missingCodes.contains($0.code) || $0.code == .missingValue }
  }
}

extension OptionTable {
  /// Whether a word is spelled like an option name (for finding the operation among leftover words).
  static func looksLikeOptionName(_ word: String) -> Bool {
    word.hasPrefix("-") && word.count > 1 && !isNegativeNumber(word) && !word.contains(" ")
  }

  /// The parameter with this exact name.
  func parameterNamed(_ name: String) -> CLIParameter? {
    if case .match(let match) = lookup(name), !match.isAbbreviated { return match.parameter }
    return nil
  }
}
