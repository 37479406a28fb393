import ArgotProtocol
import ArgotServer
import ArgumentParser
import CLISchema
import Completion
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

  @Option(help: "The cursor, in characters from the start of the line (default: the end).")
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

  @Option(help: ArgumentHelp("The terminal's width; descriptions are cut to fit.", valueName: "n"))
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
    let engine = CompletionEngine(catalog: try Catalog.load())
    let shellRequest = shell.shell.map {
      ShellCompletionRequest(
        shell: $0,
        line: line,
        point: point,
        wordBreaks: wordbreaks,
        completionType: compType,
        columns: columns
      )
    }
    let result = engine.complete(shellRequest?.completionRequest ?? CompletionRequest(line: line, point: point))
    if json {
      print(CompleteResult(result).jsonValue.serialized())
      return
    }
    print(shell.render(result, for: shellRequest), terminator: "")
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
