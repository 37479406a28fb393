import ArgotProtocol
import ArgotServer
import CLISchema
import Completion
import Glibc
import JSON
import JSONRPC
import LanguageFeatures
import Synchronization
import Testing

/// The server's LSP side in process: document notifications through `handleBeforeNextMessage`, requests through
/// `handle(request:)`, published diagnostics captured from `notify`.
final class EditorSession: Sendable {
  let server: ArgotServer
  let catalog: CommandCatalog
  let log = NotificationLog()
  private let ids = Atomic<Int64>(0)

  init(catalog: CommandCatalog = TestCatalogs.embedded()) async {
    self.catalog = catalog
    let log = log
    server = ArgotServer(
      catalog: catalog,
      configuration: ServerConfiguration(
        serverInfo: ServerInfo(name: "argot", version: "test"),
        notify: { notification in log.record(notification) }
      )
    )
    _ = await call(InitializeRequest.method, ["initializationOptions": ["diagnosticsDelay": 0]])
  }

  func call(_ method: String, _ params: JSONValue?) async -> Result<JSONValue, ResponseError> {
    let id = ids.add(1, ordering: .relaxed).newValue
    return await server.handle(request: JSONRPCRequest(method: method, params: params, id: .integer(id)))
  }

  func notify(_ notification: some ArgotNotification) -> Bool {
    server.handleBeforeNextMessage(notification.notification)
  }

  /// The diagnostics published for `uri` at `version`, waiting up to 30 s.
  func diagnostics(_ uri: String, version: Int) async throws -> PublishDiagnosticsNotification {
    for _ in 0..<3000 {
      let found = log.notifications.withLock { list in
        list.compactMap { try? PublishDiagnosticsNotification(params: $0.params) }.last {
          $0.uri == uri && $0.version == version
        }
      }
      if let found { return found }
      try await Task.sleep(for: .milliseconds(10))
    }
    Issue.record("no diagnostics for \(uri) version \(version)")
    throw CancellationError()
  }
}

/// The notifications the server sent.
final class NotificationLog: Sendable {
  let notifications = Mutex<[JSONRPCNotification]>([])

  func record(_ notification: JSONRPCNotification) { notifications.withLock { $0.append(notification) } }
}

let scriptURI = "file:///tmp/argot-server-tests/deploy.sh"
let peerLine =
  "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=abc,addressFamily=ipv4"

@Suite struct LanguageServerTests {
  @Test func publishesWhatTheAnalyzerFinds() async throws {
    let session = await EditorSession()
    #expect(session.notify(DidOpenNotification(uri: scriptURI, languageId: "sh", version: 1, text: peerLine)))
    let published = try await session.diagnostics(scriptURI, version: 1)
    let document = TextDocument(uri: scriptURI, languageId: "sh", version: 1, text: peerLine)
    let direct = ScriptAnalyzer(catalog: session.catalog).diagnostics(
      in: document,
      files: ScriptParamFiles(folder: nil)
    )
    #expect(published.diagnostics.map(\.code) == direct.map(\.code))
    let column = peerLine.count - "abc,addressFamily=ipv4".count
    #expect(
      published.diagnostics.first?.range
        == DocumentRange(
          start: DocumentPosition(line: 0, character: column),
          end: DocumentPosition(line: 0, character: column + 3)
        )
    )
  }

  @Test func changesApplyBeforeTheNextRequest() async throws {
    let session = await EditorSession()
    _ = session.notify(DidOpenNotification(uri: scriptURI, languageId: "sh", version: 1, text: "aws directconnect "))
    let end = DocumentPosition(line: 0, character: 18)
    _ = session.notify(
      DidChangeNotification(
        uri: scriptURI,
        version: 2,
        changes: [.init(range: DocumentRange(start: end, end: end), text: "create-bgp-peer --new-bgp-peer asn=1,")]
      )
    )
    let position = DocumentPosition(line: 0, character: 55)
    let answer = try await session.call(
      TextDocumentCompletionRequest.method,
      TextDocumentCompletionRequest(uri: scriptURI, position: position).params
    ).get()
    let labels = answer["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue } ?? []
    let engine = CompletionEngine(catalog: session.catalog, cacheDirectory: nil)
    let direct = engine.complete(CompletionRequest(line: "aws directconnect create-bgp-peer --new-bgp-peer asn=1,"))
    #expect(labels == direct.items.map(\.label))
    #expect(!labels.isEmpty)
  }

  @Test func aRequestReadsTheTextAsItWasWhenItArrived() async throws {
    let session = await EditorSession()
    let line = "aws directconnect create-bgp-peer --new-bgp-peer asn=1,"
    _ = session.notify(DidOpenNotification(uri: scriptURI, languageId: "sh", version: 1, text: line))
    let params = TextDocumentCompletionRequest(
      uri: scriptURI,
      position: DocumentPosition(line: 0, character: line.count)
    ).params
    let request = JSONRPCRequest(method: TextDocumentCompletionRequest.method, params: params, id: .integer(77))
    // The transport notes the request on its reading thread, then a change arrives before the request's task runs.
    session.server.willHandle(request: request)
    _ = session.notify(
      DidChangeNotification(uri: scriptURI, version: 2, changes: [.init(range: nil, text: "echo nothing here")])
    )
    let answer = try await session.server.handle(request: request).get()
    let labels = answer["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue } ?? []
    #expect(labels.contains("addressFamily"))
    // A request that arrives after the change reads the new text.
    let later = try await session.call(TextDocumentCompletionRequest.method, params).get()
    #expect(later["items"] == .array([]))
  }

  @Test func hoverAndActionsOnAnOpenScript() async throws {
    let session = await EditorSession()
    _ = session.notify(DidOpenNotification(uri: scriptURI, languageId: "sh", version: 1, text: peerLine))
    let hover = try await session.call(
      HoverRequest.method,
      HoverRequest(uri: scriptURI, position: DocumentPosition(line: 0, character: 70)).params
    ).get()
    #expect(hover["contents"]?["value"]?.stringValue?.hasPrefix("**--new-bgp-peer** (structure)") == true)
    let actions = try await session.call(
      CodeActionRequest.method,
      CodeActionRequest(
        uri: scriptURI,
        range: DocumentRange(
          start: DocumentPosition(line: 0, character: 5),
          end: DocumentPosition(line: 0, character: 5)
        )
      ).params
    ).get()
    #expect(actions == .array([]))
  }

  @Test func requestsAboutDocumentsThatAreNotOpenFail() async {
    let session = await EditorSession()
    let result = await session.call(
      HoverRequest.method,
      HoverRequest(uri: "file:///nope.sh", position: DocumentPosition(line: 0, character: 0)).params
    )
    guard case .failure(let error) = result else {
      Issue.record("hover on a closed document succeeded")
      return
    }
    #expect(error.code == .invalidParams)
  }

  @Test func closingClearsTheDiagnostics() async throws {
    let session = await EditorSession()
    _ = session.notify(DidOpenNotification(uri: scriptURI, languageId: "sh", version: 1, text: peerLine))
    _ = try await session.diagnostics(scriptURI, version: 1)
    _ = session.notify(DidCloseNotification(uri: scriptURI))
    let last = session.log.notifications.withLock { $0.last }
    #expect(last?.params?["diagnostics"] == .array([]))
    #expect(last?.params?["version"] == nil)
  }

  @Test func otherNotificationsAreLeftToTheQueue() async {
    let session = await EditorSession()
    #expect(!session.server.handleBeforeNextMessage(JSONRPCNotification(method: "exit", params: nil)))
    #expect(!session.server.handleBeforeNextMessage(JSONRPCNotification(method: "initialized", params: nil)))
  }
}
