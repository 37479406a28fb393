public import ArgotProtocol
public import JSONRPC
public import LiveResources

/// What an `ArgotServer` says about itself and how it reaches the process around it.
public struct ServerConfiguration: Sendable {
  /// The name and version `initialize` reports.
  public var serverInfo: ServerInfo
  /// The transport's limits, reported by `initialize`.
  public var connection: JSONRPCConnection.Configuration
  /// Where the model cache lives (nil when it is off), reported by `initialize`.
  public var cacheDirectory: String?
  /// How many threads load models that are not loaded yet (see `LoadingPool`).
  public var loadingThreads: Int
  /// Called for the `exit` notification with the status the process should end with: 0 after `shutdown`, 1
  /// otherwise. The serve command stops reading, lets the connection write what is pending, and exits.
  public var exit: @Sendable (Int32) -> Void
  /// Writes one line to the log (standard error or the `--log` file).
  public var log: @Sendable (String) -> Void
  /// Sends a notification to the client (`textDocument/publishDiagnostics`); the serve command passes the
  /// connection's `send(notification:)`.
  public var notify: @Sendable (JSONRPCNotification) -> Void
  /// Lists what exists in the user's account for completion (switched on and off by the client's
  /// `liveCompletion` setting); nil when there is no `aws` to list with.
  public var live: LiveLister?

  /// Creates a configuration.
  public init(
    serverInfo: ServerInfo,
    connection: JSONRPCConnection.Configuration = .init(),
    cacheDirectory: String? = nil,
    loadingThreads: Int = 2,
    exit: @escaping @Sendable (Int32) -> Void = { _ in },
    log: @escaping @Sendable (String) -> Void = { _ in },
    notify: @escaping @Sendable (JSONRPCNotification) -> Void = { _ in },
    live: LiveLister? = nil
  ) {
    self.live = live
    self.serverInfo = serverInfo
    self.connection = connection
    self.cacheDirectory = cacheDirectory
    self.loadingThreads = loadingThreads
    self.exit = exit
    self.log = log
    self.notify = notify
  }
}
