public import JSON

/// One JSON-RPC 2.0 message: a request, a notification, or an answer.
///
/// Batches (JSON arrays) are not messages; the connection splits them and decodes each element.
public enum JSONRPCMessage: Sendable, Hashable {
  /// A call that expects an answer.
  case request(JSONRPCRequest)
  /// A call that expects no answer.
  case notification(JSONRPCNotification)
  /// A successful answer.
  case response(JSONValue, id: RequestID)
  /// A failed answer; `id` is nil (null on the wire) when the request's id could not be read.
  case errorResponse(ResponseError, id: RequestID?)

  /// The message as it appears on the wire, members in the order `jsonrpc`, `id`, `method`/`result`/`error`,
  /// `params`.
  public var jsonValue: JSONValue {
    var object = JSONObject()
    object["jsonrpc"] = "2.0"
    switch self {
    case .request(let request):
      object["id"] = request.id.jsonValue
      object["method"] = .string(request.method)
      if let params = request.params { object["params"] = params }
    case .notification(let notification):
      object["method"] = .string(notification.method)
      if let params = notification.params { object["params"] = params }
    case .response(let result, let id):
      object["id"] = id.jsonValue
      object["result"] = result
    case .errorResponse(let error, let id):
      object["id"] = id?.jsonValue ?? .null
      object["error"] = error.jsonValue
    }
    return .object(object)
  }

  /// Decodes and validates one message (not a batch) by the rules of JSON-RPC 2.0.
  ///
  /// The rules: the value is an object; `jsonrpc` is exactly `"2.0"`; a request's `id` is a string or an
  /// integer (null and fractions are refused); `method` is a string; `params`, if present, is an object or an
  /// array (`null` is read as absent, since some editors send it); a response has an `id` and exactly one of
  /// `result` and `error`, and only an error response may have a null id. Unknown members are ignored.
  ///
  /// - Throws: `MessageDecodingError`, which says what the message seemed to be and carries its id when
  ///   that id was valid.
  public init(_ value: JSONValue) throws(MessageDecodingError) {
    guard let object = value.objectValue else {
      throw MessageDecodingError(
        kind: .unknown,
        id: nil,
        error: .invalidRequest("expected an object, got \(value.kindName)")
      )
    }
    let kind: MessageDecodingError.Kind
    if object.contains("method") {
      kind = object.contains("id") ? .request : .notification
    } else if object.contains("result") || object.contains("error") {
      kind = .response
    } else {
      kind = .unknown
    }
    let rawID = object["id"]
    let id = rawID.flatMap(RequestID.init)
    func fail(_ detail: String) -> MessageDecodingError {
      MessageDecodingError(kind: kind, id: id, error: .invalidRequest(detail))
    }

    switch object["jsonrpc"] {
    case .string("2.0"): break
    case nil: throw fail("missing \"jsonrpc\": \"2.0\"")
    case let other?: throw fail("\"jsonrpc\" must be \"2.0\", got \(other.serialized(.compact))")
    }
    if let rawID, id == nil, !(kind == .response && rawID.isNull && object.contains("error")) {
      throw fail("\"id\" must be a string or an integer, got \(rawID.serialized(.compact))")
    }

    switch kind {
    case .request, .notification:
      guard case .string(let method)? = object["method"] else {
        throw fail("\"method\" must be a string, got \(object["method"]!.kindName)")
      }
      var params = object["params"]
      switch params {
      case nil, .object?, .array?: break
      case .null?: params = nil
      case let other?: throw fail("\"params\" must be an object or an array, got \(other.kindName)")
      }
      if let id {
        self = .request(JSONRPCRequest(method: method, params: params, id: id))
      } else {
        self = .notification(JSONRPCNotification(method: method, params: params))
      }
    case .response:
      if object.contains("result") && object.contains("error") {
        throw fail("a response must not have both \"result\" and \"error\"")
      }
      if let result = object["result"] {
        guard let id else { throw fail("a response must have an \"id\"") }
        self = .response(result, id: id)
      } else {
        guard let error = ResponseError(object["error"]!) else {
          throw fail("\"error\" must be an object with an integer \"code\" and a string \"message\"")
        }
        guard rawID != nil else { throw fail("a response must have an \"id\"") }
        self = .errorResponse(error, id: id)
      }
    case .unknown:
      throw fail("expected \"method\", \"result\" or \"error\"")
    }
  }
}
