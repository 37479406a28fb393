import ArgotProtocol
public import CLISchema
import Completion
public import JSON
public import JSONRPC
import LanguageFeatures
import Synchronization

/// The argot protocol over the engine: answers `JSONRPCConnection`'s requests from a `CommandCatalog`.
///
/// `handle(request:)` is the one dispatch point: it checks the lifecycle (`ServerLifecycle`), then switches over
/// the method names of `ArgotProtocol` and hands each request's parameters to its method, `ArgotServer+Schema`
/// and its siblings. Every method returns its result or throws a `ResponseError`; nothing a client sends can
/// end the process except `exit`.
///
/// - Important: requests run concurrently. The catalog is thread-safe; the server's own state (the lifecycle
///   and caches) is behind mutexes. Requests that may load a model run on the `LoadingPool`, the others on the
///   cooperative pool, so a slow load never holds up answers about commands already built.
public final class ArgotServer: MessageHandler {
  /// Where commands and models come from.
  public let catalog: CommandCatalog
  /// Who the server is and how it reaches the process.
  public let configuration: ServerConfiguration

  private let lifecycle = Mutex(ServerLifecycle.uninitialized)
  /// The lifecycle's verdict on each request, taken on the reading thread in arrival order (see `willHandle`),
  /// so a request sent right behind `initialize` or `shutdown` is judged after it even though requests run
  /// concurrently. Empty for requests handed to `handle(request:)` directly, which are judged there.
  private let admissions = Mutex<[RequestID: ResponseError?]>([:])
  /// Commands built, by name.
  let commands = BoundedCache<CommandName, OperationCommand>(capacity: 4096)
  /// Schema documents and reference pages, by request.
  let documents = BoundedCache<DocumentKey, JSONValue>(capacity: 256)
  let loading: LoadingPool
  /// Threads for expensive requests that need no loading (see `answer`), so they never occupy the cooperative pool.
  let working: LoadingPool
  /// The completion engine, which keeps the commands it built.
  let completion: CompletionEngine
  /// Services whose index and service command are known to be loaded.
  let warmServices = Mutex<Set<String>>([])
  /// The answer to `argot/services`, worked out once (it lists the model folders).
  let serviceList = Mutex<ServicesResult?>(nil)
  /// The documents an editor has open.
  let openDocuments = OpenDocuments()
  /// Diagnostics, hover and code actions for scripts and cli-input files.
  let analyzer: ScriptAnalyzer
  /// When each open document's diagnostics are worked out.
  let diagnosticsScheduler = DiagnosticsScheduler(delay: ArgotServer.defaultDiagnosticsDelay)
  /// Completion engines for documents, by folder (relative `file://` paths start from the document's folder).
  let documentCompletion = Mutex<[String: CompletionEngine]>([:])
  /// The document each LSP request was about, as it was when the request arrived (see `willHandle`).
  let requestDocuments = Mutex<[RequestID: TextDocument]>([:])
  /// Which files scripts may read: the `fileReads` setting and the workspace folders (paths) `initialize` named.
  let fileAccess = Mutex<(reads: EditorSettings.FileReads, workspaceFolders: [String])>((.workspace, []))

  /// A server over `catalog`.
  public init(catalog: CommandCatalog, configuration: ServerConfiguration) {
    self.catalog = catalog
    self.configuration = configuration
    loading = LoadingPool(width: configuration.loadingThreads)
    working = LoadingPool(width: 2)
    completion = CompletionEngine(
      catalog: catalog,
      cacheDirectory: configuration.cacheDirectory,
      live: configuration.live
    )
    analyzer = ScriptAnalyzer(catalog: catalog)
  }

  /// Where the session is: before `initialize`, running, or shut down.
  public var state: ServerLifecycle { lifecycle.withLock { $0 } }

  /// Judges each request against the lifecycle in the order requests arrive, and notes the document an LSP
  /// request is about as it is now (both on the reading thread, before the request's task starts).
  public func willHandle(request: JSONRPCRequest) {
    let refusal = lifecycle.withLock { $0.admit(request.method) }
    admissions.withLock { $0[request.id] = .some(refusal) }
    noteDocument(of: request)
  }

  /// Answers one request.
  public func handle(request: JSONRPCRequest) async -> Result<JSONValue, ResponseError> {
    let snapshot = takeDocument(of: request)
    let verdict = admissions.withLock { $0.removeValue(forKey: request.id) }
    if let refusal = verdict ?? lifecycle.withLock({ $0.admit(request.method) }) { return .failure(refusal) }
    switch request.method {
    case InitializeRequest.method:
      return await answer(request, as: InitializeRequest.self, self.initialize)
    case ShutdownRequest.method:
      configuration.log("shutdown requested")
      return await answer(request, as: ShutdownRequest.self) { (_) throws(ResponseError) in EmptyResult() }
    case ServicesRequest.method:
      return await answer(
        request,
        as: ServicesRequest.self,
        heavy: true,
        isReady: { _ in self.hasServiceList },
        self.services
      )
    case OperationsRequest.method:
      return await answer(
        request,
        as: OperationsRequest.self,
        heavy: true,
        isReady: { self.isWarm($0.service) },
        self.operations
      )
    case SchemaRequest.method:
      return await answer(
        request,
        as: SchemaRequest.self,
        heavy: true,
        isReady: { self.isBuilt($0.command) },
        self.schema
      )
    case DocRequest.method:
      return await answer(request, as: DocRequest.self, heavy: true, isReady: { self.isBuilt($0.command) }, self.doc)
    case SkeletonRequest.method:
      return await answer(
        request,
        as: SkeletonRequest.self,
        heavy: true,
        isReady: { self.isBuilt($0.command) },
        self.skeleton
      )
    case ParseRequest.method:
      return await answer(request, as: ParseRequest.self, heavy: true, isReady: { self.isWarm($0.input) }, self.parse)
    case ValidateRequest.method:
      return await answer(
        request,
        as: ValidateRequest.self,
        heavy: true,
        isReady: { self.isWarm($0.input) },
        self.validate
      )
    case ShorthandRequest.method:
      return await answer(request, as: ShorthandRequest.self, isReady: { self.isBuilt($0.command) }, self.shorthand)
    case FormatRequest.method:
      return await answer(request, as: FormatRequest.self, isReady: { self.isBuilt($0.command) }, self.format)
    case CompleteRequest.method:
      return await answer(
        request,
        as: CompleteRequest.self,
        isReady: { self.completion.isReady(for: $0.line) },
        self.complete
      )
    case HoverRequest.method:
      return await answer(request, as: HoverRequest.self, isReady: { _ in false }) { (params) throws(ResponseError) in
        try self.hover(params, as: snapshot)
      }
    case TextDocumentCompletionRequest.method:
      return await answer(request, as: TextDocumentCompletionRequest.self, isReady: { _ in false }) {
        (params) throws(ResponseError) in try self.completeInDocument(params, as: snapshot)
      }
    case CodeActionRequest.method:
      return await answer(request, as: CodeActionRequest.self, isReady: { _ in false }) {
        (params) throws(ResponseError) in try self.codeActions(params, as: snapshot)
      }
    default:
      return .failure(.methodNotFound(request.method))
    }
  }

  /// Acts on a notification: `exit` ends the session; `initialized` shows the model fallback, if any, once;
  /// unknown notifications are ignored. (Document notifications are taken earlier, in order: see
  /// `handleBeforeNextMessage`.)
  public func handle(notification: JSONRPCNotification) async {
    if notification.method == InitializedNotification.method {
      if let fallback = catalog.registry.searchPath.fallback {
        configuration.notify(ShowMessageNotification(kind: .warning, message: "argot: \(fallback)").notification)
      }
      return
    }
    guard notification.method == ExitNotification.method else { return }
    let status = state.exitStatus
    configuration.log("exit requested (status \(status))")
    configuration.exit(status)
  }

  /// Reads the parameters, then runs `body` where it holds up nothing cheap: on the loading pool when `isReady`
  /// says the work may load a model; on the working pool when it is `heavy` (whole schemas, pages, parses: a few
  /// milliseconds each); here, on the cooperative pool, otherwise. The cooperative pool thus only runs cheap work
  /// (completion, shorthand, format, the editor's requests) and starts the others, so a Tab is never queued behind
  /// a burst of expensive requests. Maps the outcome to a JSON-RPC answer.
  private func answer<Request: ArgotRequest>(
    _ request: JSONRPCRequest,
    as type: Request.Type,
    heavy: Bool = false,
    isReady: (Request) -> Bool = { _ in true },
    _ body: @escaping @Sendable (Request) throws(ResponseError) -> Request.Result
  ) async -> Result<JSONValue, ResponseError> {
    let params: Request
    do throws(ResponseError) {
      params = try Request(params: request.params)
    } catch {
      return .failure(error)
    }
    if Task.isCancelled { return .failure(.requestCancelled) }
    let work: @Sendable () -> Result<JSONValue, ResponseError> = {
      do throws(ResponseError) {
        return .success(try body(params).jsonValue)
      } catch {
        return .failure(error)
      }
    }
    let ready = isReady(params)
    if ready && !heavy { return work() }
    let pool = ready ? working : loading
    // Queued work whose request was cancelled (`$/cancelRequest`, or the client went away) is skipped.
    let cancelled = CancellationFlag()
    return await withTaskCancellationHandler {
      await pool.run { cancelled.isCancelled ? .failure(.requestCancelled) : work() }
    } onCancel: {
      cancelled.cancel()
    }
  }
}
