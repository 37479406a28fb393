public import JSON
public import JSONRPC

/// `window/showMessage`, sent by the server: a message for the user that belongs to no document. argot sends one,
/// once, after `initialized` when the models it reads are not the installed AWS CLI's own (see `argot doctor`).
///
/// Params: `{"type": 1 error | 2 warning | 3 info | 4 log, "message"}`.
public struct ShowMessageNotification: ArgotNotification {
  public static let method = "window/showMessage"

  /// LSP's `MessageType`.
  public enum Kind: Int, Sendable, Hashable {
    case error = 1
    case warning = 2
    case info = 3
    case log = 4
  }

  /// How serious it is.
  public var kind: Kind
  /// For people.
  public var message: String

  /// Creates a notification.
  public init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    let type = try object.integer("type", in: 1...4, default: 3)
    kind = Kind(rawValue: type) ?? .info
    message = try object.optionalString("message") ?? ""
  }

  public var params: JSONValue {
    ["type": .integer(Int64(kind.rawValue)), "message": .string(message)]
  }
}
