import ArgotProtocol
import ArgotServer
import CLISchema
import CommandReference
import Invocation
import JSON
import JSONRPC
import Skeleton
import Testing

/// Every method answers what the engine answers: the server adds no logic of its own.
@Suite struct MethodTests {
  let catalog = TestCatalogs.embedded()

  func command(_ operation: String) throws -> OperationCommand {
    try catalog.command(service: "directconnect", operation: operation)
  }

  @Test func services() async throws {
    let session = await TestSession.initialized()
    let result = try await session.result("argot/services")
    #expect(result["services"] == [["name": "directconnect", "serviceName": "directconnect", "hidden": false]])
    let custom = result["customCommands"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(custom == catalog.customCommandNames)
    #expect(custom.contains("s3") && custom.contains("configure"))
    #expect(try await session.result("argot/services") == result)
  }

  @Test func operations() async throws {
    let session = await TestSession.initialized()
    let result = try await session.result("argot/operations", ["service": "directconnect"])
    #expect(result["service"] == ["name": "directconnect", "serviceName": "directconnect"])
    let service = try catalog.serviceCommand(named: "directconnect")
    let names = try catalog.operations(of: service).map(\.name)
    #expect(result["operations"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == names)
    #expect(
      result["operations"]?.arrayValue?.first == [
        "name": "accept-direct-connect-gateway-association-proposal",
        "operation": "AcceptDirectConnectGatewayAssociationProposal", "hidden": false,
      ]
    )
    #expect(names.count == 63)
    #expect(result["waiters"]?.arrayValue?.count == (try catalog.waiters(of: service).count))

    let error = await session.error("argot/operations", ["service": "directconect"])
    #expect(error?.code == .unknownService)
    #expect(error?.data?["suggestions"] == ["directconnect"])
  }

  @Test func schemaInBothFormats() async throws {
    let session = await TestSession.initialized()
    let bgp = try command("create-bgp-peer")
    let argot = try await session.result("argot/schema", directConnect("create-bgp-peer"))
    #expect(argot == ParameterSchemaDocument(command: bgp, layer: catalog.layer).json)
    #expect(argot["format"] == "argot-schema/1")
    let bare = try await session.result("argot/schema", directConnect("create-bgp-peer", [("globalOptions", false)]))
    #expect(bare == ParameterSchemaDocument(command: bgp, layer: catalog.layer, includeGlobalOptions: false).json)
    let schema = try await session.result("argot/schema", directConnect("create-bgp-peer", [("format", "json-schema")]))
    #expect(schema == InputJSONSchema(command: bgp).json)
    #expect(schema["$schema"] == "http://json-schema.org/draft-07/schema#")
  }

  @Test func doc() async throws {
    let session = await TestSession.initialized()
    let interconnect = try command("create-interconnect")
    let page = try await session.result("argot/doc", directConnect("create-interconnect"))
    #expect(page == ["text": .string(HelpPage(command: interconnect, layer: catalog.layer).render())])
    let narrow = try await session.result("argot/doc", directConnect("create-interconnect", [("width", 40)]))
    let options = HelpPage.Options(width: 40)
    #expect(
      narrow["text"]?.stringValue == HelpPage(command: interconnect, layer: catalog.layer, options: options).render()
    )
  }

  @Test(arguments: SkeletonKind.allCases)
  func skeleton(_ kind: SkeletonKind) async throws {
    let session = await TestSession.initialized()
    let bgp = try command("create-bgp-peer")
    let text = try await session.result(
      "argot/skeleton",
      directConnect("create-bgp-peer", [("kind", .string(kind.rawValue))])
    )
    #expect(text["text"]?.stringValue == SkeletonGenerator(model: bgp.model).text(for: bgp.operation, kind: kind))
  }

  @Test func skeletonOptions() async throws {
    let session = await TestSession.initialized()
    let bgp = try command("create-bgp-peer")
    let options = SkeletonOptions(requiredOnly: true, prefill: ["virtualInterfaceId": "dxvif-1"], unionMembers: .first)
    let text = try await session.result(
      "argot/skeleton",
      directConnect(
        "create-bgp-peer",
        [
          ("requiredOnly", true), ("oneUnionMember", true), ("prefill", ["virtualInterfaceId": "dxvif-1"]),
        ]
      )
    )
    #expect(
      text["text"]?.stringValue
        == SkeletonGenerator(model: bgp.model, options: options).text(for: bgp.operation, kind: .input)
    )
    #expect(text["text"]?.stringValue?.contains("dxvif-1") == true)
  }

  @Test func unknownNamesGetApplicationErrors() async {
    let session = await TestSession.initialized()
    let service = await session.error("argot/schema", ["service": "direct-connect", "operation": "create-bgp-peer"])
    #expect(service?.code == .unknownService)
    #expect(service?.data?["suggestions"] == ["directconnect"])
    let operation = await session.error("argot/doc", directConnect("create-bgp-pear"))
    #expect(operation?.code == .unknownOperation)
    #expect(operation?.data?["suggestions"]?.arrayValue?.first == "create-bgp-peer")
    let waiter = await session.error("argot/skeleton", directConnect("wait nothing-here"))
    #expect(waiter?.code == .unknownOperation)
    #expect(waiter?.data?["operation"] == "wait nothing-here")
    let custom = await session.error("argot/schema", ["service": "s3", "operation": "cp"])
    #expect(custom?.code == .customCommand)
    let option = await session.error(
      "argot/shorthand",
      directConnect("create-bgp-peer", [("option", "--new-bgp-per"), ("text", "asn=1")])
    )
    #expect(option?.code == .unknownOption)
    #expect(option?.data?["suggestions"] == ["--new-bgp-peer"])
  }

  @Test func commandsAreBuiltOnce() async throws {
    let session = await TestSession.initialized()
    let first = try await session.result("argot/schema", directConnect("create-bgp-peer"))
    let second = try await session.result("argot/schema", directConnect("create-bgp-peer"))
    #expect(first == second)
  }
}
