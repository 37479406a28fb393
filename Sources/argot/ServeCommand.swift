import ArgotProtocol
import ArgotServer
import ArgumentParser
import CLISchema
import Completion
import Glibc
import JSONRPC
import LiveResources
import SchemaRegistry
import ShellIntegration
import Synchronization

/// `argot serve`: the argot protocol (JSON-RPC 2.0) on standard input and output, for shells and editors.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Answer JSON-RPC 2.0 requests on standard input and output (the argot protocol).",
    discussion: """
      Reads requests framed with Content-Length headers (as LSP) or one JSON text per line (detected from the \
      first byte) and answers in the same framing. Standard output carries only protocol messages; logs go to \
      standard error, or to --log FILE. The session is initialize, any requests, shutdown, exit; end of input \
      also ends the server (status 0). See Documentation/Protocol.md.

      With --shell-lines it speaks the shells' line protocol instead: one completion request per line, each \
      answered with the lines `argot complete --shell SHELL` prints and a line holding only U+001E. The scripts \
      of `argot init` keep one such server as a coprocess. See Documentation/Shells.md.
      """
  )

  @Flag(
    name: .customLong("shell-lines"),
    help: "Answer completion requests from shell scripts, one per line (see Documentation/Shells.md)."
  )
  var shellLines = false

  @Option(help: ArgumentHelp("Append the log to this file instead of standard error.", valueName: "file"))
  var log: String?

  @Option(
    name: .customLong("max-message-size"),
    help: ArgumentHelp("The largest message accepted, in bytes.", valueName: "bytes")
  )
  var maxMessageSize = MessageFramer.defaultMaximumMessageSize

  @Option(
    name: .customLong("output-budget"),
    help: ArgumentHelp(
      "The most bytes of answers waiting for the client before the server stops reading new requests.",
      valueName: "bytes"
    )
  )
  var outputBudget = 4 << 20

  @Option(
    name: .customLong("max-pending-requests"),
    help: ArgumentHelp("The most requests read but not yet answered before the server stops reading.", valueName: "n")
  )
  var maxPendingRequests = 1024

  func validate() throws {
    if outputBudget < 1024 { throw ValidationError("--output-budget must be at least 1024") }
    if maxPendingRequests < 1 { throw ValidationError("--max-pending-requests must be at least 1") }
    if maxMessageSize < 1024 { throw ValidationError("--max-message-size must be at least 1024") }
  }

  func run() async throws {
    if let log {
      let file = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
      guard file >= 0 else { throw fail("cannot open \(log): \(String(cString: strerror(errno)))") }
      dup2(file, 2)
      close(file)
    }
    StandardStreams.ignoreBrokenPipe()
    if shellLines {
      let engine = CompletionEngine(
        catalog: try Catalog.load(),
        live: LiveLister.forInstalledCLI(
          defaultOn: false,
          switchable: true,
          cacheDirectory: ModelCache.defaultDirectory
        )
      )
      ShellLineServer(engine: engine, log: { printError("argot serve: \($0)") }).run(input: 0, output: 1)
      return
    }
    let output = try StandardStreams.guardStandardOutput()
    let input = try StoppableInput(source: try StandardStreams.guardStandardInput())
    let catalog = try Catalog.load()
    let exitStatus = ExitStatusBox()
    let connectionConfiguration = JSONRPCConnection.Configuration(
      maximumMessageSize: maxMessageSize,
      outputBudget: outputBudget,
      maximumPendingRequests: maxPendingRequests
    )
    let connection = JSONRPCConnection(input: input.descriptor, output: output, configuration: connectionConfiguration)
    let server = ArgotServer(
      catalog: catalog,
      configuration: ServerConfiguration(
        serverInfo: ServerInfo(name: "argot", version: ArgotVersion.string),
        connection: connectionConfiguration,
        cacheDirectory: ModelCache.defaultDirectory,
        exit: { status in
          exitStatus.set(status)
          input.stop()
        },
        log: { printError("argot serve: \($0)") },
        notify: { connection.send(notification: $0) },
        live: LiveLister.forInstalledCLI(
          defaultOn: false,
          switchable: true,
          cacheDirectory: ModelCache.defaultDirectory
        )
      )
    )
    printError("argot serve: ready (pid \(getpid()))")
    await connection.run(handler: server)
    printError("argot serve: input ended")
    throw ExitCode(exitStatus.value)
  }
}

/// The status `exit` asked for; 0 until then (end of input ends the server with 0).
private final class ExitStatusBox: Sendable {
  private let status = Mutex<Int32>(0)

  var value: Int32 { status.withLock { $0 } }

  func set(_ value: Int32) { status.withLock { $0 = value } }
}
