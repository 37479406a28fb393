import Botocore
import CLISchema
import CommandReference
import JSON
import Testing
import TextSnapshots

@Suite struct InputJSONSchemaTests {
  @Test(arguments: ["create-bgp-peer", "create-interconnect"])
  func embeddedDefaultSnapshot(operation: String) throws {
    let command = try ReferenceFixtures.command("directconnect", operation)
    try Snapshot.check(
      InputJSONSchema(command: command).serialized(),
      named: "input-schema-directconnect-\(operation).json"
    )
  }

  @Test func structureOfCreateBGPPeer() throws {
    let command = try ReferenceFixtures.command("directconnect", "create-bgp-peer")
    let json = InputJSONSchema(command: command).json
    #expect(json["$schema"] == "http://json-schema.org/draft-07/schema#")
    #expect(json["type"] == "object")
    #expect(json["additionalProperties"] == false)
    let peer = try #require(json["properties"]?["newBGPPeer"])
    #expect(peer["type"] == "object")
    #expect(peer["additionalProperties"] == false)
    #expect(peer["properties"]?["asn"]?["type"] == "integer")
    #expect(peer["properties"]?["asnLong"]?["type"] == "integer")
    #expect(peer["properties"]?["addressFamily"]?["enum"] == ["ipv4", "ipv6"])
    #expect(json["definitions"] == nil)
  }

  @Test func constraintsRequiredAndNonPortablePatterns() throws {
    let command = try ReferenceFixtures.command("directconnect", "create-interconnect")
    let json = InputJSONSchema(command: command).json
    #expect(json["required"] == ["interconnectName", "bandwidth", "location"])
    let tags = try #require(json["properties"]?["tags"])
    #expect(tags["type"] == "array")
    #expect(tags["minItems"] == 1)
    let key = try #require(tags["items"]?["properties"]?["key"])
    #expect(key["minLength"] == 1)
    #expect(key["maxLength"] == 128)
    #expect(key["pattern"] == nil)
    #expect(key["x-modelPattern"] == #"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"#)
    #expect(tags["items"]?["required"] == ["key"])
    let partial = InputJSONSchema(command: command, topLevelRequired: false).json
    #expect(partial["required"] == nil)
  }

  @Test func recursiveShapesUseDefinitions() throws {
    let model = try Self.recursiveModel()
    let operation = try #require(model.operation(named: "Put"))
    let json = InputJSONSchema(operation: operation, model: model, title: "demo put").json
    #expect(json["title"] == "demo put")
    #expect(json["properties"]?["root"]?["$ref"] == "#/definitions/Node")
    #expect(json["properties"]?["root"]?["description"] == "The root.")
    let node = try #require(json["definitions"]?["Node"])
    #expect(node["properties"]?["children"]?["items"]?["$ref"] == "#/definitions/Node")
    #expect(node["properties"]?["value"]?["additionalProperties"]?["type"] == ["string", "number"])
    #expect(node["properties"]?["choice"]?["minProperties"] == 1)
    #expect(node["properties"]?["choice"]?["maxProperties"] == 1)
    #expect(node["properties"]?["blob"]?["type"] == "string")
    #expect(node["properties"]?["free"] == .object(JSONObject()))
    #expect(node["description"] == "A tree node.")
    // The client token is filled in by the SDK, so it is not required.
    #expect(json["required"] == ["root"])
  }

  static func recursiveModel() throws -> ServiceModel {
    try ServiceModel(
      serviceName: "demo",
      service: try JSONValue(
        parsing: #"""
          {"metadata": {"apiVersion": "2020-01-01", "protocol": "json"},
           "operations": {"Put": {"name": "Put", "input": {"shape": "PutInput"}}},
           "shapes": {
             "PutInput": {"type": "structure", "required": ["root", "token"], "members": {
               "root": {"shape": "Node", "documentation": "<p>The root.</p>"},
               "token": {"shape": "Token", "idempotencyToken": true}}},
             "Token": {"type": "string"},
             "Node": {"type": "structure", "documentation": "<p>A tree node.</p>", "members": {
               "children": {"shape": "Nodes"}, "value": {"shape": "Times"}, "choice": {"shape": "Choice"},
               "blob": {"shape": "Bytes"}, "free": {"shape": "Free"}}},
             "Nodes": {"type": "list", "member": {"shape": "Node"}},
             "Times": {"type": "map", "key": {"shape": "Token"}, "value": {"shape": "Time"}},
             "Time": {"type": "timestamp"},
             "Bytes": {"type": "blob"},
             "Free": {"type": "structure", "members": {}, "document": true},
             "Choice": {"type": "structure", "union": true, "members": {"a": {"shape": "Token"}, "b": {"shape": "Token"}}}
           }}
          """#
      ),
      source: "test"
    )
  }
}

@Suite struct PortablePatternTests {
  @Test(arguments: [
    ("^[a-zA-Z0-9-]+$", true),
    (#"^arn:aws[a-z\-]*:iam::\d{12}:role/[\w+=,.@-]+$"#, true),
    (#"[\u0020-\u007E]+"#, true),
    (#"(?=.{1,128}$)[a-z]+"#, true),
    (#"[\p{L}\p{Z}\p{N}_.:/=+\-@]*"#, false),
    (#"\Asnap-[0-9a-f]{8}\z"#, false),
    (#"[\u0020-\uD7FF\uE000-\uFFFD]*"#, true),
    (#"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF]*"#, false),
    (#"[A-Za-z0-9](?:[\w- ]*[A-Za-z0-9])?"#, false),
    (#"[a-zA-Z\d-_/]+"#, false),
    ("[a-z&&[^b]]", false),
    ("a*+", false),
    ("(?i)abc", false),
    ("[]a]", false),
    ("[abc", false),
  ])
  func portability(pattern: String, portable: Bool) {
    #expect(InputJSONSchema.isPortablePattern(pattern) == portable)
  }
}
