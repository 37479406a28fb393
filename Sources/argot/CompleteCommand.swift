import ArgotProtocol
import ArgotServer
import ArgumentParser
import CLISchema
import Completion
import LiveResources
import SchemaRegistry
import ShellIntegration

/// `argot complete --line LINE [--point N]`: the completion candidates at a cursor in an `aws` command line.
struct CompleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "complete",
    abstract: "Print the completion candidates at a cursor in an aws command line.",
    discussion: """
      Completes services, operations, waiters, options, option values, shorthand keys and values at any depth, \
      profiles, regions and file:// paths, from the installed models; nothing goes to the network. --shell plain \
      prints one `insertText<TAB>description` line per candidate; --json prints {"items": [...], "replace": \
      {"start", "end"}} as the argot/complete method answers. Offsets count characters (Unicode scalars), as \
      bash's COMP_POINT does.

      Example: argot complete --line 'aws ec2 run-instances --i'
      """
  )

  @Option(help: "The command line, starting with aws.")
  var line: String

  // `.unconditional`: `--point -5` is a (wrong) number for validate() to name, not a missing value.
  @Option(parsing: .unconditional, help: "The cursor, in characters from the start of the line (default: the end).")
  var point: Int?

  @Option(help: "How to print the candidates: plain, bash, zsh or fish (as the scripts of argot init read them).")
  var shell: CompletionRendering = .plain

  @Option(help: ArgumentHelp("bash: the word-break characters (COMP_WORDBREAKS).", valueName: "characters"))
  var wordbreaks = ShellCompletionRequest.defaultWordBreaks

  @Option(
    name: .customLong("comp-type"),
    help: ArgumentHelp("bash: COMP_TYPE (63 or 33 when listing, when descriptions are shown).", valueName: "n")
  )
  var compType = 9

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The terminal's width; descriptions are cut to fit.", valueName: "n")
  )
  var columns = 80

  @Flag(help: "Print the result as JSON (as argot/complete answers).")
  var json = false

  func validate() throws {
    if let point, point < 0 || point > line.unicodeScalars.count {
      throw ValidationError("--point must be between 0 and \(line.unicodeScalars.count), the line's length")
    }
    if columns < 1 { throw ValidationError("--columns must be at least 1") }
  }

  func run() throws {
    let shellSettings = ShellSettings(wordBreaks: wordbreaks, completionType: compType, columns: columns)
    print(
      Self.output(
        line: line,
        point: point,
        rendering: shell,
        shellSettings: shellSettings,
        json: json,
        catalog: try Catalog.load(announcingFallback: false)
      ),
      terminator: ""
    )
  }

  /// bash's and the terminal's settings for the bash, zsh and fish renderings.
  struct ShellSettings {
    var wordBreaks = ShellCompletionRequest.defaultWordBreaks
    var completionType = 9
    var columns = 80
  }

  /// What the command prints: the single path both the parsed command and the fast path take.
  static func output(
    line: String,
    point: Int?,
    rendering: CompletionRendering,
    shellSettings: ShellSettings = ShellSettings(),
    json: Bool,
    catalog: CommandCatalog
  )
    -> String
  {
    // Live values in a one-shot run only when the user switched them on (fish asks this way on every Tab).
    let engine = CompletionEngine(
      catalog: catalog,
      live: LiveLister.forInstalledCLI(defaultOn: false, cacheDirectory: ModelCache.defaultDirectory)
    )
    let shellRequest = rendering.shell.map {
      ShellCompletionRequest(
        shell: $0,
        line: line,
        point: point,
        wordBreaks: shellSettings.wordBreaks,
        completionType: shellSettings.completionType,
        columns: shellSettings.columns
      )
    }
    let result = engine.complete(shellRequest?.completionRequest ?? CompletionRequest(line: line, point: point))
    if json { return CompleteResult(result).jsonValue.serialized() + "\n" }
    return rendering.render(result, for: shellRequest)
  }

  /// Runs `argot complete ARGUMENTS` without ArgumentParser when the arguments are the plain forms (`--line X`,
  /// `--line=X`, `--point N`, `--shell NAME`, `--json`, and the shells' `--wordbreaks`, `--comp-type N`,
  /// `--columns N`), since completion runs on every Tab and ArgumentParser's
  /// start costs more than the completion itself. Returns nil for anything else (help, errors), which then goes
  /// through ArgumentParser for its messages.
  static func runFast(_ arguments: ArraySlice<String>) -> Bool {
    var line: String?
    var point: Int?
    var rendering = CompletionRendering.plain
    var shellSettings = ShellSettings()
    var json = false
    var index = arguments.startIndex
    func value(_ name: String) -> String? {
      let word = arguments[index]
      if word.hasPrefix(name + "=") { return String(word.dropFirst(name.count + 1)) }
      guard word == name, index + 1 < arguments.endIndex else { return nil }
      index += 1
      return arguments[index]
    }
    while index < arguments.endIndex {
      let word = arguments[index]
      if word == "--json" {
        json = true
      } else if word.hasPrefix("--line"), let text = value("--line") {
        line = text
      } else if word.hasPrefix("--point"), let text = value("--point"), let number = Int(text) {
        point = number
      } else if word.hasPrefix("--shell"), let text = value("--shell"), let chosen = CompletionRendering(rawValue: text)
      {
        rendering = chosen
      } else if word.hasPrefix("--wordbreaks"), let text = value("--wordbreaks") {
        shellSettings.wordBreaks = text
      } else if word.hasPrefix("--comp-type"), let text = value("--comp-type"), let number = Int(text) {
        shellSettings.completionType = number
      } else if word.hasPrefix("--columns"), let text = value("--columns"), let number = Int(text), number >= 1 {
        shellSettings.columns = number
      } else {
        return false
      }
      index += 1
    }
    guard let line, point.map({ $0 >= 0 && $0 <= line.unicodeScalars.count }) ?? true,
      let catalog = try? CommandCatalog.standard()
    else { return false }
    print(
      output(
        line: line,
        point: point,
        rendering: rendering,
        shellSettings: shellSettings,
        json: json,
        catalog: catalog
      ),
      terminator: ""
    )
    return true
  }
}

/// The one place a shell rendering of completion candidates is chosen.
enum CompletionRendering: String, ExpressibleByArgument, CaseIterable {
  /// One `insertText<TAB>description` line per candidate.
  case plain
  /// What `integrations/bash/aws.bash` reads (`ShellIntegration.BashCompletion`).
  case bash
  /// What `integrations/zsh/_aws` reads (`ShellIntegration.ZshCompletion`).
  case zsh
  /// What `integrations/fish/aws.fish` reads (`ShellIntegration.FishCompletion`).
  case fish

  /// The shell whose script reads this rendering.
  var shell: Shell? {
    switch self {
    case .plain: nil
    case .bash: .bash
    case .zsh: .zsh
    case .fish: .fish
    }
  }

  /// `result` printed this way; `request` is the shell's request (nil for `plain`).
  func render(_ result: CompletionResult, for request: ShellCompletionRequest?) -> String {
    switch self {
    case .bash, .zsh, .fish:
      return request?.render(result) ?? ""
    case .plain:
      var text = ""
      for item in result.items {
        text += item.insertText
        if let documentation = item.documentation { text += "\t" + documentation }
        text += "\n"
      }
      return text
    }
  }
}
