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
    print(
      Self.output(line: line, point: point, rendering: shell, json: json, catalog: try Catalog.load()),
      terminator: ""
    )
  }

  /// What the command prints: the single path both the parsed command and the fast path take.
  static func output(
    line: String,
    point: Int?,
    rendering: CompletionRendering,
    json: Bool,
    catalog: CommandCatalog
  )
    -> String
  {
    let engine = CompletionEngine(catalog: catalog)
    let result = engine.complete(CompletionRequest(line: line, point: point))
    if json { return CompleteResult(result).jsonValue.serialized() + "\n" }
    return rendering.render(result)
  }

  /// Runs `argot complete ARGUMENTS` without ArgumentParser when the arguments are the plain forms (`--line X`,
  /// `--line=X`, `--point N`, `--shell NAME`, `--json`), since completion runs on every Tab and ArgumentParser's
  /// start costs more than the completion itself. Returns nil for anything else (help, errors), which then goes
  /// through ArgumentParser for its messages.
  static func runFast(_ arguments: ArraySlice<String>) -> Bool {
    var line: String?
    var point: Int?
    var rendering = CompletionRendering.plain
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
      } else {
        return false
      }
      index += 1
    }
    guard let line, point.map({ $0 >= 0 && $0 <= line.unicodeScalars.count }) ?? true,
      let catalog = try? CommandCatalog.standard()
    else { return false }
    print(output(line: line, point: point, rendering: rendering, json: json, catalog: catalog), terminator: "")
    return true
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
