import ArgotProtocol
import ArgotServer
import CLISchema
import FileSystem
import Glibc
import JSON
import JSONRPC
import SchemaRegistry
import Synchronization
import Testing

/// Catalogs for the tests: the embedded Direct Connect default, with no disk cache.
enum TestCatalogs {
  static let layer: CLILayer = {
    do {
      return try CommandCatalog.embeddedLayer()
    } catch {
      fatalError("the embedded CLI layer does not load: \(error)")
    }
  }()

  /// A catalog over the embedded default only.
  static func embedded() -> CommandCatalog {
    CommandCatalog(
      registry: ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil),
      layer: layer
    )
  }

  /// A catalog over model folders (and the embedded default after them).
  static func folders(_ directories: [String]) -> CommandCatalog {
    CommandCatalog(
      registry: ModelRegistry(searchPath: ModelSearchPath(directories: directories), cacheDirectory: nil),
      layer: layer
    )
  }

  /// A fresh temporary folder.
  static func temporaryDirectory() -> String {
    var template = Array("/tmp/argot-server-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress, let path = mkdtemp(base) else { fatalError("mkdtemp failed") }
      return String(cString: path)
    }
  }
}

/// An `ArgotServer` driven in process: requests go straight to `handle(request:)`, and `exit` is recorded.
final class TestSession: Sendable {
  let server: ArgotServer
  let exitLog = ExitLog()
  private let ids = Atomic<Int64>(0)

  init(catalog: CommandCatalog = TestCatalogs.embedded(), loadingThreads: Int = 2) {
    let exitLog = exitLog
    server = ArgotServer(
      catalog: catalog,
      configuration: ServerConfiguration(
        serverInfo: ServerInfo(name: "argot", version: "test"),
        cacheDirectory: Self.cacheDirectory,
        loadingThreads: loadingThreads,
        exit: { status in exitLog.record(status) }
      )
    )
  }

  /// The cache folder the sessions report (and the completion engine keeps its index in).
  static let cacheDirectory = TestCatalogs.temporaryDirectory()

  /// The statuses `exit` asked for.
  var exits: [Int32] { exitLog.statuses.withLock { $0 } }

  /// A session that has been initialized.
  static func initialized(catalog: CommandCatalog = TestCatalogs.embedded()) async -> TestSession {
    let session = TestSession(catalog: catalog)
    _ = await session.call("initialize")
    return session
  }

  /// The answer to one request.
  func call(_ method: String, _ params: JSONValue? = nil) async -> Result<JSONValue, ResponseError> {
    let id = ids.add(1, ordering: .relaxed).newValue
    return await server.handle(request: JSONRPCRequest(method: method, params: params, id: .integer(id)))
  }

  /// The result of a request that must succeed.
  func result(
    _ method: String,
    _ params: JSONValue? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> JSONValue {
    switch await call(method, params) {
    case .success(let value):
      return value
    case .failure(let error):
      Issue.record("\(method) failed: \(error)", sourceLocation: sourceLocation)
      throw error
    }
  }

  /// The error of a request that must fail.
  func error(
    _ method: String,
    _ params: JSONValue? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) async -> ResponseError? {
    switch await call(method, params) {
    case .success(let value):
      Issue.record("\(method) succeeded: \(value.serialized())", sourceLocation: sourceLocation)
      return nil
    case .failure(let error):
      return error
    }
  }
}

/// `{"service": "directconnect", "operation": OPERATION, …}`.
func directConnect(_ operation: String, _ members: [(String, JSONValue)] = []) -> JSONValue {
  .object(JSONObject([("service", "directconnect"), ("operation", .string(operation))] + members))
}

/// The statuses the server's `exit` callback received.
final class ExitLog: Sendable {
  let statuses = Mutex<[Int32]>([])

  func record(_ status: Int32) { statuses.withLock { $0.append(status) } }
}
