import Botocore
import CLISchema
import CommandReference
import JSON
import Testing

@Suite struct JSONSyntaxBlockTests {
  /// A small model with every kind of shape the block has a form for.
  static let model: ServiceModel = {
    func string(_ name: String, enums: [String]? = nil) -> Shape { Shape(name: name, type: .string, enumValues: enums) }
    func reference(_ name: String) -> ShapeReference { ShapeReference(shapeName: name) }
    func member(_ name: String, _ shape: String) -> Member { Member(name: name, reference: reference(shape)) }
    let shapes: [Shape] = [
      string("String"), string("Family", enums: ["ipv4", "ipv6"]),
      Shape(name: "Integer", type: .integer), Shape(name: "Boolean", type: .boolean),
      Shape(name: "Time", type: .timestamp), Shape(name: "Bytes", type: .blob),
      Shape(name: "Tag", type: .structure, members: [member("key", "String"), member("value", "String")]),
      Shape(name: "TagList", type: .list, member: reference("Tag")),
      Shape(name: "Strings", type: .list, member: reference("String")),
      Shape(name: "Families", type: .list, member: reference("Family")),
      Shape(name: "Labels", type: .map, key: reference("String"), value: reference("String")),
      Shape(name: "TagMap", type: .map, key: reference("Family"), value: reference("Tag")),
      Shape(name: "Free", type: .structure, isDocument: true),
      Shape(
        name: "Node",
        type: .structure,
        members: [member("name", "String"), member("children", "NodeList"), member("next", "Node")]
      ),
      Shape(name: "NodeList", type: .list, member: reference("Node")),
      Shape(name: "Wrapper", type: .structure, members: [member("Value", "String")]),
      Shape(
        name: "Everything",
        type: .structure,
        members: [
          member("asn", "Integer"), member("family", "Family"), member("on", "Boolean"), member("at", "Time"),
          member("data", "Bytes"), member("names", "Strings"), member("tags", "TagList"), member("labels", "Labels"),
          member("byFamily", "TagMap"), member("doc", "Free"),
        ]
      ),
    ]
    return ServiceModel(
      serviceName: "demo",
      metadata: ServiceMetadata(apiVersion: "2020-01-01"),
      operations: [],
      shapes: Dictionary(uniqueKeysWithValues: shapes.map { ($0.name, $0) })
    )
  }()

  func block(_ shape: String) throws -> String {
    JSONSyntaxBlock.text(for: try #require(Self.model.shape(named: shape)), in: Self.model)
  }

  @Test func structureOfScalarsAndContainers() throws {
    #expect(
      try block("Everything") == """
        {
          "asn": integer,
          "family": "ipv4"|"ipv6",
          "on": true|false,
          "at": timestamp,
          "data": blob,
          "names": ["string", ...],
          "tags": [
            {
              "key": "string",
              "value": "string"
            }
            ...
          ],
          "labels": {"string": "string"
            ...},
          "byFamily": {"ipv4"|"ipv6": {
                "key": "string",
                "value": "string"
              }
            ...},
          "doc": {...}
        }
        """
    )
  }

  @Test func listOfStructures() throws {
    #expect(
      try block("TagList") == """
        [
          {
            "key": "string",
            "value": "string"
          }
          ...
        ]
        """
    )
  }

  @Test func recursionStopsAtTheThirdLevel() throws {
    #expect(
      try block("Node") == """
        {
          "name": "string",
          "children": [
            {
              "name": "string",
              "children": [
                { ... recursive ... }
                ...
              ],
              "next": { ... recursive ... }
            }
            ...
          ],
          "next": {
            "name": "string",
            "children": [
              { ... recursive ... }
              ...
            ],
            "next": { ... recursive ... }
          }
        }
        """
    )
  }

  @Test func optionsWithoutABlock() {
    func parameter(_ shape: String) -> CLIParameter {
      CLIParameter(name: "--x", origin: .member("X"), typeName: "x", reference: ShapeReference(shapeName: shape))
    }
    #expect(JSONSyntaxBlock.text(for: parameter("String"), in: Self.model) == nil)
    #expect(JSONSyntaxBlock.text(for: parameter("Strings"), in: Self.model) == nil)
    #expect(JSONSyntaxBlock.text(for: parameter("Wrapper"), in: Self.model) == nil)
    #expect(JSONSyntaxBlock.text(for: parameter("Labels"), in: Self.model) == "{\"string\": \"string\"\n  ...}")
    #expect(JSONSyntaxBlock.scalarListText(for: parameter("Strings"), in: Self.model) == "\"string\" \"string\" ...")
    #expect(
      JSONSyntaxBlock.scalarListText(for: parameter("Families"), in: Self.model)
        == "\"string\" \"string\" ...\n\nWhere valid values are:\n    ipv4\n    ipv6"
    )
    #expect(JSONSyntaxBlock.scalarListText(for: parameter("TagList"), in: Self.model) == nil)
  }

  /// The seed page for `aws directconnect create-bgp-peer` shows this block for `--new-bgp-peer` (the embedded
  /// model also has the newer `asnLong`).
  @Test func seedPageBlockForNewBGPPeer() throws {
    let command = try ReferenceFixtures.command("directconnect", "create-bgp-peer")
    let parameter = try #require(command.parameter(named: "--new-bgp-peer"))
    #expect(
      JSONSyntaxBlock.text(for: parameter, in: command.model) == """
        {
          "asn": integer,
          "asnLong": long,
          "authKey": "string",
          "addressFamily": "ipv4"|"ipv6",
          "amazonAddress": "string",
          "customerAddress": "string"
        }
        """
    )
  }

  @Test func seedPageBlockForTags() throws {
    let command = try ReferenceFixtures.command("directconnect", "create-interconnect")
    let parameter = try #require(command.parameter(named: "--tags"))
    #expect(
      JSONSyntaxBlock.text(for: parameter, in: command.model) == """
        [
          {
            "key": "string",
            "value": "string"
          }
          ...
        ]
        """
    )
  }
}
