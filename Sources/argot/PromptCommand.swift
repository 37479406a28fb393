import ArgumentParser
import Completion
import Invocation
import LiveResources
import Prompt
import SchemaRegistry

/// `argot prompt [aws [SERVICE [OPERATION [ARGS...]]]]`: asks for what the command still needs, on the terminal,
/// and prints the finished command line on standard output.
struct PromptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prompt",
    abstract: "Fill in an AWS CLI command parameter by parameter on the terminal, then print it.",
    discussion: """
      Picks the service and operation when they are missing (type to filter, fuzzy), then asks for each \
      required parameter and offers the optional ones, showing each one's description, type, shorthand syntax \
      and allowed values. Values are checked as they are typed (shorthand, JSON, enums, limits); Tab completes \
      inside them. The prompt reads the terminal and draws on standard error; standard output gets only the \
      finished, quoted command line. `--cli-auto-prompt` anywhere in the command is dropped, so a line typed for \
      AWS CLI v2's auto-prompt opens pre-filled.

      Keys: Enter accepts, Tab completes, Up/Down move in menus, Esc skips an optional parameter, Ctrl-D (or \
      "done") finishes, Ctrl-C cancels (nothing printed, status 130). Without a terminal (a pipe, CI, a script) \
      it exits at once with status 2. The shell widgets in integrations/ put the result back on the command line; \
      see Documentation/Prompt.md.

      Example: argot prompt aws directconnect create-bgp-peer
      """
  )

  /// How the finished line is quoted.
  enum QuoteShell: String, ExpressibleByArgument, CaseIterable {
    case posix, bash, zsh, fish
  }

  @Option(help: "Start from a whole shell line (what a shell widget passes) instead of the words.")
  var line: String?

  @Option(help: "Quote the finished line for this shell.")
  var shell: QuoteShell = .posix

  @Argument(
    parsing: .allUnrecognized,
    help: "The partial command to start from: aws SERVICE OPERATION ARGS..."
  )
  var command: [String] = []

  func run() throws {
    do {
      try PromptTerminal.checkAvailable()
    } catch {
      throw fail(
        "argot prompt needs a terminal: \(error.description). "
          + "To check a finished command without one, use argot validate.",
        status: 2
      )
    }
    var words = command
    if words.first == "--" { words.removeFirst() }
    let start = line.map(PromptStart.init(line:)) ?? PromptStart(arguments: words)
    let catalog = try Catalog.load(announcingFallback: false)
    let session = PromptSession(
      catalog: catalog,
      engine: CompletionEngine(
        catalog: catalog,
        live: LiveLister.forInstalledCLI(defaultOn: true, cacheDirectory: ModelCache.defaultDirectory)
      ),
      start: start,
      style: shell == .fish ? .fish : .posix
    )
    let outcome: PromptSession.Outcome
    do {
      outcome = try PromptTerminal.run(session)
    } catch {
      throw fail("argot prompt needs a terminal: \(error.description).", status: 2)
    }
    switch outcome {
    case .finished(let line):
      print(line)
    case .cancelled, .running:
      throw ExitCode(130)
    }
  }
}
