import ArgotProtocol
import ArgotServer
import ArgumentParser
import CLISchema
import Completion

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

  @Option(help: "How to print the candidates: plain.")
  var shell: CompletionRendering = .plain

  @Flag(help: "Print the result as JSON (as argot/complete answers).")
  var json = false

  func validate() throws {
    if let point, point < 0 || point > line.unicodeScalars.count {
      throw ValidationError("--point must be between 0 and \(line.unicodeScalars.count), the line's length")
    }
  }

  func run() throws {
    let engine = CompletionEngine(catalog: try Catalog.load())
    let result = engine.complete(CompletionRequest(line: line, point: point))
    if json {
      print(CompleteResult(result).jsonValue.serialized())
      return
    }
    print(shell.render(result), terminator: "")
  }
}

/// The one place a shell rendering of completion candidates is chosen.
enum CompletionRendering: String, ExpressibleByArgument, CaseIterable {
  /// One `insertText<TAB>description` line per candidate.
  case plain

  func render(_ result: CompletionResult) -> String {
    switch self {
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
