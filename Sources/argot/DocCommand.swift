import ArgumentParser
import CLISchema
import CommandReference

/// `argot doc SERVICE OPERATION`: the command's reference page as plain text.
struct DocCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doc",
    abstract: "Print a command's reference page (description, synopsis, options, output).",
    discussion: "Example: argot doc directconnect create-bgp-peer"
  )

  @Argument(help: "SERVICE OPERATION, or SERVICE wait WAITER.")
  var command: [String]

  @Option(help: "Wrap prose at this many columns.")
  var width = 80

  @Flag(name: .customLong("global-options"), help: "List every global option instead of a reference line.")
  var listGlobalOptions = false

  func run() throws {
    let catalog = try Catalog.load()
    let operation = try CommandLookup.resolve(command, in: catalog)
    let page = HelpPage(
      command: operation,
      layer: catalog.layer,
      options: HelpPage.Options(width: max(40, width), listGlobalOptions: listGlobalOptions)
    )
    print(page.render(), terminator: "")
  }
}
