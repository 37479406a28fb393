import ArgotProtocol
import Completion
import DiagnosticSeverity
import JSON
public import JSONRPC
import LanguageFeatures

extension ArgotServer {
  /// The wait between a change and its diagnostics unless the editor's settings say otherwise: none, since
  /// changes that arrive while diagnostics are computed are folded into one more computation anyway.
  static let defaultDiagnosticsDelay = Duration.zero

  /// Takes the document notifications on the transport's reading thread, in order with the requests after
  /// them: opening, changing, closing and saving documents, and new settings. Notifications before
  /// `initialize` or after `shutdown` are dropped, as LSP says.
  public func handleBeforeNextMessage(_ notification: JSONRPCNotification) -> Bool {
    let methods = [
      DidOpenNotification.method, DidChangeNotification.method, DidCloseNotification.method,
      DidSaveNotification.method, DidChangeConfigurationNotification.method,
    ]
    guard methods.contains(notification.method) else { return false }
    guard state == .running else { return true }
    do throws(ResponseError) {
      switch notification.method {
      case DidOpenNotification.method:
        let open = try DidOpenNotification(params: notification.params)
        let document = TextDocument(uri: open.uri, languageId: open.languageId, version: open.version, text: open.text)
        openDocuments.open(document)
        documentChanged(document)
      case DidChangeNotification.method:
        let change = try DidChangeNotification(params: notification.params)
        let changes = change.changes.map { item in
          TextChange(
            range: item.range.map { TextPosition($0.start)...TextPosition(max: $0.start, $0.end) },
            text: item.text
          )
        }
        guard openDocuments.change(change.uri, changes: changes, version: change.version) else {
          configuration.log("\(DidChangeNotification.method): \(change.uri) is not open; ignored")
          return true
        }
        if let document = openDocuments.document(change.uri) { documentChanged(document) }
      case DidCloseNotification.method:
        let close = try DidCloseNotification(params: notification.params)
        openDocuments.close(close.uri)
        configuration.notify(PublishDiagnosticsNotification(uri: close.uri, version: nil, diagnostics: []).notification)
      case DidSaveNotification.method:
        _ = try DidSaveNotification(params: notification.params)
        analyzer.forgetFiles()
        scheduleAllDocuments()
      case DidChangeConfigurationNotification.method:
        let change = try DidChangeConfigurationNotification(params: notification.params)
        if let settings = change.settings { apply(settings) }
        scheduleAllDocuments()
      default:
        break
      }
    } catch {
      configuration.log("\(notification.method): \(error.message); ignored")
    }
    return true
  }

  /// Takes an editor's settings (from `initializationOptions` or `workspace/didChangeConfiguration`).
  func apply(_ settings: EditorSettings) {
    for problem in openDocuments.configure(settings) { configuration.log("settings: \(problem)") }
    if let delay = settings.diagnosticsDelay { diagnosticsScheduler.delay = .milliseconds(delay) }
    if let live = settings.liveCompletion { configuration.live?.switchOn(live) }
    if let reads = settings.fileReads {
      let changed = fileAccess.withLock { access in
        defer { access.reads = reads }
        return access.reads != reads
      }
      if changed {
        analyzer.forgetFiles()
        scheduleAllDocuments()
      }
    }
  }

  /// Schedules a changed document's diagnostics; a changed JSON or YAML file may be read by a script's
  /// `file://` value, so the scripts' commands that mention it are checked again too.
  func documentChanged(_ document: TextDocument) {
    let kind = DocumentKind.of(document, associations: openDocuments.associations)
    scheduleDiagnostics(document.uri)
    guard kind != .shellScript && kind != .other, let name = document.path?.split(separator: "/").last else { return }
    analyzer.forgetCommands(mentioning: String(name))
    for uri in openDocuments.uris where uri != document.uri {
      if let other = openDocuments.document(uri), DocumentKind.of(other) == .shellScript { scheduleDiagnostics(uri) }
    }
  }

  func scheduleAllDocuments() {
    for uri in openDocuments.uris { scheduleDiagnostics(uri) }
  }

  func scheduleDiagnostics(_ uri: String) {
    diagnosticsScheduler.schedule(uri) { [self] uri in await publishDiagnostics(uri) }
  }

  /// Works out the diagnostics of the document's current text (on a loading thread: a model may have to be
  /// read) and sends them.
  func publishDiagnostics(_ uri: String) async {
    guard let document = openDocuments.document(uri) else { return }
    let notification = await loading.run { [self] in diagnosticsNotification(for: document) }
    guard let notification else { return }
    // Closed meanwhile: its diagnostics were cleared. Changed meanwhile: the scheduler goes round again and
    // publishes the new text's.
    guard let current = openDocuments.document(uri), current.version == document.version,
      current.scalars.count == document.scalars.count
    else { return }
    configuration.notify(notification.notification)
  }

  /// `textDocument/publishDiagnostics` for a document, or nil when argot reads nothing in it.
  func diagnosticsNotification(for document: TextDocument) -> PublishDiagnosticsNotification? {
    let found: [EditorDiagnostic]
    switch DocumentKind.of(document, associations: openDocuments.associations) {
    case .shellScript:
      found = analyzer.diagnostics(in: document, files: scriptFiles(for: document))
    case .cliInputJSON(let command):
      found = analyzer.diagnostics(inInput: document, command: command, yaml: false)
    case .cliInputYAML(let command):
      found = analyzer.diagnostics(inInput: document, command: command, yaml: true)
    case .unassociatedInput:
      found = []
    case .other:
      return nil
    }
    let items = found.map { diagnostic in
      PublishDiagnosticsNotification.Item(
        range: DocumentRange(diagnostic.range, in: document),
        severity: Self.languageServerSeverity(diagnostic.severity),
        code: diagnostic.code,
        message: diagnostic.message,
        suggestions: diagnostic.suggestions
      )
    }
    return PublishDiagnosticsNotification(uri: document.uri, version: document.version, diagnostics: items)
  }

  /// The Language Server Protocol's number for a severity: 1 error, 2 warning, 3 information.
  static func languageServerSeverity(_ severity: Severity) -> Int {
    switch severity {
    case .error: return 1
    case .warning: return 2
    case .note: return 3
    }
  }

  /// Reads a script's `file://` values: relative to its folder, open documents first, and only where the
  /// `fileReads` setting allows (by default the workspace folders and the script's own folder).
  func scriptFiles(for document: TextDocument) -> ScriptParamFiles {
    let access = fileAccess.withLock { $0 }
    let readable: [String]?
    switch access.reads {
    case .any: readable = nil
    case .none: readable = []
    case .workspace: readable = access.workspaceFolders + (document.folder.map { [$0] } ?? [])
    }
    return ScriptParamFiles(folder: document.folder, readableFolders: readable) { [openDocuments] path in
      openDocuments.text(atPath: path)
    }
  }

  /// The LSP requests about a document.
  static let documentRequests: Set<String> = [
    HoverRequest.method, TextDocumentCompletionRequest.method, CodeActionRequest.method,
  ]

  /// Notes the document an LSP request is about as it is now, on the reading thread: the request's position
  /// refers to this text, even if changes arrive before its task runs.
  func noteDocument(of request: JSONRPCRequest) {
    guard Self.documentRequests.contains(request.method),
      let uri = request.params?["textDocument"]?["uri"]?.stringValue,
      let document = openDocuments.document(uri)
    else { return }
    requestDocuments.withLock { $0[request.id] = document }
  }

  /// The document `willHandle` noted for a request, if any (taken once).
  func takeDocument(of request: JSONRPCRequest) -> TextDocument? {
    guard Self.documentRequests.contains(request.method) else { return nil }
    return requestDocuments.withLock { $0.removeValue(forKey: request.id) }
  }

  /// The document a request is about: the text noted when it arrived, else the open document; -32602 naming
  /// `textDocument.uri` when it is not open.
  func openDocument(_ uri: String, as snapshot: TextDocument? = nil) throws(ResponseError) -> TextDocument {
    if let snapshot, snapshot.uri == uri { return snapshot }
    guard let document = openDocuments.document(uri) else {
      throw ParamsObject.invalid("textDocument.uri", "is not an open document (send textDocument/didOpen first)")
    }
    return document
  }

  /// The completion engine for documents in `folder`.
  func completionEngine(for folder: String?) -> CompletionEngine {
    guard let folder else { return completion }
    return documentCompletion.withLock { engines in
      if let engine = engines[folder] { return engine }
      if engines.count >= 16 { engines.removeAll() }
      var environment = completion.environment
      environment.workingDirectory = folder
      let engine = CompletionEngine(
        catalog: catalog,
        environment: environment,
        cacheDirectory: configuration.cacheDirectory,
        live: configuration.live
      )
      engines[folder] = engine
      return engine
    }
  }
}

extension TextPosition {
  /// The position of a protocol position.
  init(_ position: DocumentPosition) {
    self.init(line: position.line, character: position.character)
  }

  /// `end`, or `start` when `end` comes before it (a reversed range is read as empty).
  init(max start: DocumentPosition, _ end: DocumentPosition) {
    let first = TextPosition(start)
    let second = TextPosition(end)
    self = Swift.max(first, second)
  }
}

extension DocumentRange {
  /// The protocol range of a scalar range of `document`.
  init(_ range: Range<Int>, in document: TextDocument) {
    let start = document.position(of: range.lowerBound)
    let end = document.position(of: range.upperBound)
    self.init(
      start: DocumentPosition(line: start.line, character: start.character),
      end: DocumentPosition(line: end.line, character: end.character)
    )
  }
}
