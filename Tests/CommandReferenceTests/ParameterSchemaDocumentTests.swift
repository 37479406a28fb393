import CLISchema
import CommandReference
import JSON
import Testing
import TextSnapshots

@Suite struct ParameterSchemaDocumentTests {
  @Test(arguments: ["create-bgp-peer", "create-interconnect"])
  func embeddedDefaultSnapshot(operation: String) throws {
    let command = try ReferenceFixtures.command("directconnect", operation)
    let document = ParameterSchemaDocument(command: command, layer: ReferenceFixtures.layer)
    try Snapshot.check(document.serialized(), named: "schema-directconnect-\(operation).json")
  }

  @Test func describesTheNewBGPPeerOption() throws {
    let command = try ReferenceFixtures.command("directconnect", "create-bgp-peer")
    let json = ParameterSchemaDocument(command: command, layer: ReferenceFixtures.layer).json
    #expect(json["format"] == "argot-schema/1")
    #expect(json["operation"]?["command"] == "create-bgp-peer")
    #expect(json["operation"]?["name"] == "CreateBGPPeer")
    let parameters = try #require(json["parameters"]?.arrayValue)
    #expect(
      parameters.compactMap { $0["name"]?.stringValue } == [
        "--virtual-interface-id", "--new-bgp-peer", "--cli-input-json", "--cli-input-yaml",
        "--generate-cli-skeleton",
      ]
    )
    let peer = try #require(parameters.first { $0["name"] == "--new-bgp-peer" })
    #expect(peer["member"] == "newBGPPeer")
    #expect(peer["type"] == "structure")
    #expect(peer["required"] == false)
    #expect(
      peer["shorthandSyntax"]
        == "asn=integer,asnLong=long,authKey=string,addressFamily=string,amazonAddress=string,customerAddress=string"
    )
    #expect(peer["jsonSyntax"]?.stringValue?.hasPrefix("{\n  \"asn\": integer,\n") == true)
    let members = try #require(peer["members"]?.arrayValue)
    #expect(
      members.compactMap { $0["name"]?.stringValue } == [
        "asn", "asnLong", "authKey", "addressFamily", "amazonAddress", "customerAddress",
      ]
    )
    let family = try #require(members.first { $0["name"] == "addressFamily" })
    #expect(family["enum"] == ["ipv4", "ipv6"])
    #expect(family["type"] == "string")
    let skeleton = try #require(parameters.first { $0["name"] == "--generate-cli-skeleton" })
    #expect(skeleton["origin"] == "command")
    #expect(skeleton["arity"] == "optional")
    #expect(skeleton["implicitValue"] == "input")
    #expect(skeleton["member"] == .null)
    #expect(json["globalOptions"]?.arrayValue?.count == ReferenceFixtures.layer.globalOptions.count)
  }

  @Test func constraintsAndListsOfStructures() throws {
    let command = try ReferenceFixtures.command("directconnect", "create-interconnect")
    let json = ParameterSchemaDocument(command: command, layer: ReferenceFixtures.layer).json
    let tags = try #require(json["parameters"]?.arrayValue?.first { $0["name"] == "--tags" })
    #expect(tags["min"] == 1)
    #expect(tags["arity"] == "oneOrMore" || tags["arity"] == "zeroOrMore")
    #expect(tags["shorthandSyntax"] == "key=string,value=string ...")
    let element = try #require(tags["element"])
    #expect(element["type"] == "structure")
    #expect(element["name"] == nil)
    let key = try #require(element["members"]?.arrayValue?.first)
    #expect(key["name"] == "key")
    #expect(key["required"] == true)
    #expect(key["min"] == 1)
    #expect(key["max"] == 128)
    #expect(key["pattern"] == #"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"#)
    let name = try #require(json["parameters"]?.arrayValue?.first { $0["name"] == "--interconnect-name" })
    #expect(name["required"] == true)
    #expect(name["shorthandSyntax"] == "")
    #expect(name["jsonSyntax"] == "")
    let mac = try #require(json["parameters"]?.arrayValue?.first { $0["name"] == "--request-mac-sec" })
    #expect(mac["negatedName"] == "--no-request-mac-sec")
    #expect(mac["arity"] == "none")
  }

  @Test func recursiveShapesAreCut() throws {
    guard let catalog = ReferenceFixtures.installed else { return }
    let command = try catalog.command(service: "ce", operation: "get-cost-and-usage")
    let json = ParameterSchemaDocument(command: command, layer: ReferenceFixtures.layer).json
    let filter = try #require(json["parameters"]?.arrayValue?.first { $0["name"] == "--filter" })
    let or = try #require(filter["members"]?.arrayValue?.first { $0["name"] == "Or" })
    #expect(or["element"]?["recursive"] == true)
    #expect(or["element"]?["members"] == nil)
    // The AWS CLI gives no shorthand line for shapes nested this deeply.
    #expect(filter["shorthandSyntax"] == "")
  }
}
