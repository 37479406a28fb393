import ArgotProtocol
import ArgotServer
import ArgumentParser
import CLISchema
import Invocation
import JSON

/// `argot parse -- aws SERVICE OPERATION ARGS...`: the request parameters the AWS CLI would send.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Print, as JSON, the request parameters an AWS CLI command line would send (AWS CLI v2 rules).",
    discussion: """
      Reads the command after `--` (or --line, a whole shell line) exactly as AWS CLI v2 does: shorthand, JSON, \
      file:// values, --cli-input-json/--cli-input-yaml. Errors name the option and key and point at the \
      spot, and exit with 252 as the AWS CLI does; warnings (enum, max, pattern: what the AWS CLI would only \
      learn from the service) go to standard error and leave the status 0.

      Example: argot parse -- aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 \\
                 --new-bgp-peer asn=64600,addressFamily=ipv6
      """
  )

  @Flag(help: "Print {\"parameters\", \"diagnostics\"} as JSON instead of the parameters alone.")
  var json = false

  @OptionGroup var commandLine: CommandLineArguments

  func run() throws {
    let (invocation, input) = try commandLine.parse()
    if json {
      let report: JSONValue = [
        "parameters": invocation.parameters,
        "diagnostics": Diagnostic.all(of: invocation, input: input).jsonValue,
      ]
      print(report.serialized(.pretty))
      throw ExitCode(invocation.exitStatus.rawValue)
    }
    InvocationRun.report(invocation)
    if invocation.isValid { print(invocation.parameters.serialized(.pretty)) }
    throw ExitCode(invocation.exitStatus.rawValue)
  }
}

/// `argot validate -- aws …`: only the diagnostics.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check an AWS CLI command line against the models and print what is wrong with it.",
    discussion: "Exit status: 0 valid (warnings allowed), 252 errors. Example: argot validate --line \"$CMD\""
  )

  @Flag(help: "Print the diagnostics as JSON.")
  var json = false

  @OptionGroup var commandLine: CommandLineArguments

  func run() throws {
    let (invocation, input) = try commandLine.parse()
    if json {
      print(Diagnostic.all(of: invocation, input: input).jsonValue.serialized(.pretty))
    } else {
      InvocationRun.report(invocation)
    }
    throw ExitCode(invocation.exitStatus.rawValue)
  }
}

/// The command line `parse` and `validate` read: the words after `--`, or `--line`.
struct CommandLineArguments: ParsableArguments {
  @Flag(help: "Check only what is on the line: no missing-required errors; an unfinished last word is fine.")
  var partial = false

  @Option(
    help: "A whole shell command line to read instead of the words after `--` (`-`: read it from standard input)."
  )
  var line: String?

  @Argument(parsing: .postTerminator, help: "The command after `--`: aws SERVICE OPERATION ARGS...")
  var command: [String] = []

  /// The invocation, through the same entry point as `argot serve`'s `argot/parse`.
  func parse() throws -> (Invocation, CommandInput) {
    try InvocationRun.parse(command: command, line: line == "-" ? Self.standardInput() : line, partial: partial)
  }

  /// Standard input without its final line break: a line longer than one program argument may be (128 KiB on
  /// Linux) comes this way.
  static func standardInput() -> String {
    var text = ""
    while let part = readLine(strippingNewline: false) { text += part }
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}

/// The parse both commands share, through the same entry point as `argot serve`'s `argot/parse`.
enum InvocationRun {
  static func parse(command: [String], line: String?, partial: Bool) throws -> (Invocation, CommandInput) {
    var words = command
    if words.first == "--" { words.removeFirst() }
    if line == nil && words.isEmpty { throw ValidationError("give the command after `--`, or --line") }
    let catalog = try Catalog.load()
    let parser = InvocationParser(catalog: catalog)
    let options = InvocationOptions(mode: partial ? .partial : .full)
    // As on a shell line, the first word is the program (`aws`).
    let input: CommandInput = line.map(CommandInput.line) ?? .argv(words)
    return (parser.parse(input, options: options), input)
  }

  static func report(_ invocation: Invocation) {
    guard !invocation.diagnostics.isEmpty else { return }
    printError(DiagnosticRenderer().render(invocation))
  }
}
