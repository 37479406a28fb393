/// Every method of the argot protocol, for `initialize`'s capabilities and for tests that check each one is
/// documented and has a schema.
public enum ArgotMethods {
  /// The requests, in the order `Documentation/Protocol.md` lists them.
  public static let requests: [any ArgotRequest.Type] = [
    InitializeRequest.self,
    ShutdownRequest.self,
    ServicesRequest.self,
    OperationsRequest.self,
    SchemaRequest.self,
    DocRequest.self,
    ParseRequest.self,
    ValidateRequest.self,
    ShorthandRequest.self,
    FormatRequest.self,
    SkeletonRequest.self,
    CompleteRequest.self,
    HoverRequest.self,
    TextDocumentCompletionRequest.self,
    CodeActionRequest.self,
  ]

  /// The notifications the server acts on.
  public static let notifications = [
    InitializedNotification.method, ExitNotification.method, DidOpenNotification.method,
    DidChangeNotification.method, DidCloseNotification.method, DidSaveNotification.method,
    DidChangeConfigurationNotification.method,
  ]

  /// The notifications the server sends.
  public static let serverNotifications = [PublishDiagnosticsNotification.method, ShowMessageNotification.method]

  /// Methods reserved for later versions.
  public static let reserved: [String] = []

  /// Every method the server answers or acts on, sorted.
  public static var all: [String] {
    (requests.map { $0.method } + notifications).sorted()
  }
}
