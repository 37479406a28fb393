import JSON
import JSONRPC
import Testing

@Suite struct JSONRPCMessageTests {
  private func decode(_ text: String) throws -> Result<JSONRPCMessage, MessageDecodingError> {
    let value = try JSONValue(parsing: text)
    do throws(MessageDecodingError) {
      return .success(try JSONRPCMessage(value))
    } catch {
      return .failure(error)
    }
  }

  @Test func decodesRequestsAndNotifications() throws {
    #expect(
      try decode(#"{"jsonrpc":"2.0","id":7,"method":"echo","params":{"a":1}}"#)
        == .success(.request(JSONRPCRequest(method: "echo", params: ["a": 1], id: 7)))
    )
    #expect(
      try decode(#"{"method":"m","params":[1],"id":"x-1","jsonrpc":"2.0","extra":true}"#)
        == .success(.request(JSONRPCRequest(method: "m", params: [1], id: "x-1")))
    )
    #expect(
      try decode(#"{"jsonrpc":"2.0","method":"note"}"#)
        == .success(.notification(JSONRPCNotification(method: "note")))
    )
    #expect(
      try decode(#"{"jsonrpc":"2.0","method":"shutdown","id":1,"params":null}"#)
        == .success(.request(JSONRPCRequest(method: "shutdown", id: 1)))
    )
  }

  @Test func idTypes() throws {
    #expect(
      try decode(#"{"jsonrpc":"2.0","id":-9223372036854775808,"method":"m"}"#)
        == .success(.request(.init(method: "m", id: .integer(.min))))
    )
    #expect(try decode(#"{"jsonrpc":"2.0","id":"","method":"m"}"#) == .success(.request(.init(method: "m", id: ""))))
    for bad in ["null", "1.5", "1.0", "true", "[1]", "{}"] {
      let result = try decode(#"{"jsonrpc":"2.0","id":\#(bad),"method":"m"}"#)
      guard case .failure(let error) = result else {
        Issue.record("id \(bad) was accepted")
        continue
      }
      #expect(error.kind == .request)
      #expect(error.id == nil)
      #expect(error.error.code == .invalidRequest)
    }
  }

  @Test(arguments: [
    (#"{"id":1,"method":"m"}"#, MessageDecodingError.Kind.request, RequestID?.some(1)),
    (#"{"jsonrpc":"1.0","id":"a","method":"m"}"#, .request, "a"),
    (#"{"jsonrpc":2.0,"id":1,"method":"m"}"#, .request, 1),
    (#"{"jsonrpc":"2.0","id":1,"method":3}"#, .request, 1),
    (#"{"jsonrpc":"2.0","id":1,"method":"m","params":"bar"}"#, .request, 1),
    (#"{"jsonrpc":"2.0","method":"m","params":5}"#, .notification, nil),
    (#"{"jsonrpc":"2.0","method":1,"params":"bar"}"#, .notification, nil),
    (#"{"jsonrpc":"2.0","id":1}"#, .unknown, 1),
    (#"{}"#, .unknown, nil),
    (#"{"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":"m"}}"#, .response, 1),
    (#"{"jsonrpc":"2.0","result":1}"#, .response, nil),
    (#"{"jsonrpc":"2.0","id":1,"error":{"code":"x","message":"m"}}"#, .response, 1),
    (#"{"jsonrpc":"2.0","id":null,"result":1}"#, .response, nil),
  ])
  func invalidMessages(text: String, kind: MessageDecodingError.Kind, id: RequestID?) throws {
    guard case .failure(let error) = try decode(text) else {
      Issue.record("accepted \(text)")
      return
    }
    #expect(error.kind == kind)
    #expect(error.id == id)
    #expect(error.error.code == .invalidRequest)
    #expect(error.error.message.hasPrefix("Invalid Request: "))
  }

  @Test func decodesResponses() throws {
    #expect(try decode(#"{"jsonrpc":"2.0","id":3,"result":null}"#) == .success(.response(.null, id: 3)))
    #expect(
      try decode(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}"#)
        == .success(.errorResponse(ResponseError(code: .parseError, message: "Parse error"), id: nil))
    )
    #expect(
      try decode(#"{"jsonrpc":"2.0","id":"q","error":{"code":7,"message":"m","data":[1]}}"#)
        == .success(.errorResponse(ResponseError(code: 7, message: "m", data: [1]), id: "q"))
    )
  }

  @Test func notAnObject() throws {
    guard case .failure(let error) = try decode("[1]") else { return }
    #expect(
      error == MessageDecodingError(kind: .unknown, id: nil, error: .invalidRequest("expected an object, got array"))
    )
  }

  @Test func encodesExactShapes() {
    #expect(
      JSONRPCMessage.response(["a": [1, "b"]], id: 7).jsonValue.serialized()
        == #"{"jsonrpc":"2.0","id":7,"result":{"a":[1,"b"]}}"#
    )
    #expect(
      JSONRPCMessage.errorResponse(.parseError("x"), id: nil).jsonValue.serialized()
        == #"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error: x"}}"#
    )
    #expect(
      JSONRPCMessage.errorResponse(ResponseError(code: .invalidParams, message: "m", data: ["k": true]), id: "s")
        .jsonValue.serialized()
        == #"{"jsonrpc":"2.0","id":"s","error":{"code":-32602,"message":"m","data":{"k":true}}}"#
    )
    #expect(
      JSONRPCMessage.request(JSONRPCRequest(method: "m", params: [1], id: "1")).jsonValue.serialized()
        == #"{"jsonrpc":"2.0","id":"1","method":"m","params":[1]}"#
    )
    #expect(
      JSONRPCMessage.notification(JSONRPCNotification(method: "n")).jsonValue.serialized()
        == #"{"jsonrpc":"2.0","method":"n"}"#
    )
  }

  @Test func roundTrips() throws {
    let messages: [JSONRPCMessage] = [
      .request(JSONRPCRequest(method: "a/b", params: ["x": [1, 2.5, nil, "é"]], id: 12)),
      .notification(JSONRPCNotification(method: "$/cancelRequest", params: ["id": "r"])),
      .response([true], id: "r"),
      .errorResponse(.methodNotFound("zzz"), id: 4),
      .errorResponse(.requestCancelled, id: nil),
    ]
    for message in messages {
      let text = message.jsonValue.serialized()
      #expect(try decode(text) == .success(message), "\(text)")
    }
  }

  @Test func errorCodesAreAnOpenSet() {
    #expect(ErrorCode.parseError.rawValue == -32700)
    #expect(ErrorCode.invalidRequest.rawValue == -32600)
    #expect(ErrorCode.methodNotFound.rawValue == -32601)
    #expect(ErrorCode.invalidParams.rawValue == -32602)
    #expect(ErrorCode.internalError.rawValue == -32603)
    #expect(ErrorCode.requestCancelled.rawValue == -32800)
    #expect(ErrorCode.serverNotInitialized.rawValue == -32002)
    #expect(ErrorCode(rawValue: 42) == 42)
    #expect(ResponseError.methodNotFound("x").code == .methodNotFound)
    #expect(RequestID.integer(5).description == "5")
    #expect(RequestID.string("a\"b").description == #""a\"b""#)
  }
}
