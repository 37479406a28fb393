import ArgotProtocol
import ArgotServer
import JSON
import JSONRPC
import Testing

@Suite struct LifecycleTests {
  static let methods =
    ArgotMethods.requests.map { $0.method }.filter { $0 != "initialize" } + ["nope"]

  @Test func requestsBeforeInitializeAreRefused() async {
    let session = TestSession()
    for method in Self.methods {
      #expect(await session.error(method)?.code == .serverNotInitialized, "\(method)")
    }
    #expect(session.server.state == .uninitialized)
  }

  @Test func initializeDescribesTheServer() async throws {
    let session = TestSession()
    let result = try await session.result("initialize", ["clientInfo": ["name": "test"], "processId": 1])
    #expect(result["serverInfo"] == ["name": "argot", "version": "test"])
    #expect(result["capabilities"]?["methods"] == .array(ArgotMethods.all.map(JSONValue.string)))
    #expect(result["capabilities"]?["reservedMethods"] == [])
    #expect(result["capabilities"]?["maximumMessageSize"] == .integer(Int64(MessageFramer.defaultMaximumMessageSize)))
    #expect(result["models"]?["searchPath"] == [])
    #expect(result["models"]?["embeddedServices"] == ["directconnect"])
    #expect(result["models"]?["serviceCount"] == 1)
    #expect(result["models"]?["botocoreVersion"] == .null)
    #expect(result["models"]?["cacheDirectory"] == .string(TestSession.cacheDirectory))
    #expect(session.server.state == .running)
    #expect(await session.error("initialize")?.code == .invalidRequest)
  }

  @Test func shutdownThenOnlyExit() async throws {
    let session = await TestSession.initialized()
    #expect(try await session.result("shutdown") == .null)
    #expect(session.server.state == .shutDown)
    for method in Self.methods + ["initialize"] {
      let error = await session.error(method)
      #expect(error?.code == .invalidRequest, "\(method)")
      #expect(error?.message.contains("shut down") == true)
    }
    await session.server.handle(notification: JSONRPCNotification(method: "exit"))
    #expect(session.exits == [0])
  }

  @Test func exitWithoutShutdownFails() async {
    let session = await TestSession.initialized()
    await session.server.handle(notification: JSONRPCNotification(method: "initialized"))
    await session.server.handle(notification: JSONRPCNotification(method: "whatever"))
    #expect(session.exits.isEmpty)
    await session.server.handle(notification: JSONRPCNotification(method: "exit"))
    #expect(session.exits == [1])

    let fresh = TestSession()
    await fresh.server.handle(notification: JSONRPCNotification(method: "exit"))
    #expect(fresh.exits == [1])
  }

  @Test func unknownMethods() async {
    let session = await TestSession.initialized()
    let unknown = await session.error("argot/nope")
    #expect(unknown?.code == .methodNotFound)
    #expect(unknown?.message == "Method not found: argot/nope")
  }

  @Test func lifecycleTable() {
    var state = ServerLifecycle.uninitialized
    #expect(state.admit("argot/services") == .serverNotInitialized)
    #expect(state.admit("shutdown") == .serverNotInitialized)
    #expect(state.exitStatus == 1)
    #expect(state.admit("initialize") == nil)
    #expect(state == .running)
    #expect(state.admit("argot/services") == nil)
    #expect(state.admit("initialize")?.code == .invalidRequest)
    #expect(state.admit("shutdown") == nil)
    #expect(state == .shutDown)
    #expect(state.exitStatus == 0)
    #expect(state.admit("shutdown")?.code == .invalidRequest)
  }
}
