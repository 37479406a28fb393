import Botocore
import JSON
import Skeleton
import Testing

/// A small model with every kind of shape: recursion, a document, a tagged union, a blob, a timestamp, numbers,
/// maps, a list of lists, enums, and documentation with markup. The expected texts were printed by AWS CLI v2
/// (`--generate-cli-skeleton input` / `yaml-input`) for this model, and by botocore's ArgumentGenerator for output.
@Suite struct DemoModelTests {
  static let modelJSON = #"""
    {
      "version": "2.0",
      "metadata": {"apiVersion": "2020-01-01", "endpointPrefix": "argotdemo", "jsonVersion": "1.1", "protocol": "json",
        "serviceFullName": "Argot Demo", "serviceId": "argotdemo", "signatureVersion": "v4", "targetPrefix": "ArgotDemo",
        "uid": "argotdemo-2020-01-01"},
      "operations": {
        "PutNode": {"name": "PutNode", "http": {"method": "POST", "requestUri": "/"},
          "input": {"shape": "PutNodeRequest"}, "output": {"shape": "PutNodeResponse"}},
        "Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}}
      },
      "shapes": {
        "PutNodeRequest": {"type": "structure", "required": ["node"], "members": {
          "node": {"shape": "Node", "documentation": "<p>The node to store: with its children.</p>"},
          "dryRun": {"shape": "Boolean"}}},
        "PutNodeResponse": {"type": "structure", "members": {
          "node": {"shape": "Node"}, "ids": {"shape": "IdList"}, "attributes": {"shape": "NodeMap"},
          "kind": {"shape": "Kind"}}},
        "Node": {"type": "structure", "required": ["name", "choice"], "members": {
          "name": {"shape": "String", "documentation": "<p>The node name. More text follows.</p>"},
          "children": {"shape": "NodeList", "documentation": "<p>Children &amp; grandchildren</p>"},
          "parent": {"shape": "Node"},
          "kind": {"shape": "Kind"},
          "doc": {"shape": "Doc", "documentation": "<p>Free-form <code>JSON</code>\nor YAML.</p>"},
          "choice": {"shape": "Choice"},
          "data": {"shape": "Blob", "documentation": "Raw bytes<br>unclosed. Second"},
          "when": {"shape": "Timestamp"},
          "ratio": {"shape": "Double"},
          "tags": {"shape": "TagMap"},
          "matrix": {"shape": "Matrix"},
          "count": {"shape": "Long"},
          "flag": {"shape": "Boolean"}},
          "documentation": "<p>A node.</p>"},
        "NodeList": {"type": "list", "member": {"shape": "Node"}},
        "NodeMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "Node"}},
        "IdList": {"type": "list", "member": {"shape": "NodeId"}},
        "NodeId": {"type": "string"},
        "Kind": {"type": "string", "enum": ["leaf", "branch"], "documentation": "<p>What the node is</p>"},
        "Doc": {"type": "structure", "members": {}, "document": true},
        "Choice": {"type": "structure", "union": true, "members": {
          "text": {"shape": "String"}, "number": {"shape": "Integer"}, "nested": {"shape": "Node"}}},
        "TagMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
        "Matrix": {"type": "list", "member": {"shape": "Row"}},
        "Row": {"type": "list", "member": {"shape": "Integer"}},
        "String": {"type": "string"},
        "Integer": {"type": "integer"},
        "Long": {"type": "long"},
        "Double": {"type": "double"},
        "Boolean": {"type": "boolean"},
        "Blob": {"type": "blob"},
        "Timestamp": {"type": "timestamp"}
      }
    }
    """#

  static let model: ServiceModel = {
    let json = try! JSONValue(parsing: modelJSON)
    return try! ServiceModel(serviceName: "argotdemo", service: json, source: "DemoModelTests")
  }()

  static func text(
    _ kind: SkeletonKind,
    _ options: SkeletonOptions = SkeletonOptions(),
    operation: String = "PutNode"
  )
    throws -> String
  {
    try SkeletonGenerator(model: model, options: options).text(forOperationNamed: operation, kind: kind)
  }

  @Test func input() throws {
    #expect(
      try Self.text(.input) == """
        {
            "node": {
                "name": "",
                "children": [
                    {}
                ],
                "parent": {},
                "kind": "leaf",
                "doc": {},
                "choice": {
                    "text": "",
                    "number": 0,
                    "nested": {}
                },
                "data": null,
                "when": "1970-01-01T00:00:00",
                "ratio": 0.0,
                "tags": {
                    "KeyName": ""
                },
                "matrix": [
                    [
                        0
                    ]
                ],
                "count": 0,
                "flag": true
            },
            "dryRun": true
        }

        """
    )
  }

  @Test func yamlInputWithDocumentation() throws {
    #expect(
      try Self.text(.yamlInput) == """
        node:  # [REQUIRED] The node to store.
          name: ''  # [REQUIRED] The node name.
          children: # Children & grandchildren.
          - {}
          parent: {} # A node.
          kind: leaf # What the node is. Valid values are: leaf, branch.
          doc: {} # Free-form JSON or YAML.
          choice: # [REQUIRED] \("")
            text: ''
            number: 0
            nested: {}  # A node.
          data: !!binary '' # Raw bytes<br>unclosed.
          when: 1970-01-01 00:00:00
          ratio: 0.0
          tags:
            KeyName: ''
          matrix:
          - - 0
          count: 0
          flag: true
        dryRun: true

        """
    )
  }

  @Test func noInputShape() throws {
    #expect(try Self.text(.input, operation: "Ping") == "{}\n")
    #expect(try Self.text(.yamlInput, operation: "Ping") == "{}\n")
    #expect(try Self.text(.output, operation: "Ping") == "")
  }

  /// Recursion: `Node` expands at the top; inside itself (`parent`, `children[0]`, `choice.nested`) it is `{}`.
  @Test func recursionStopsAtTheSecondVisit() throws {
    let operation = try #require(Self.model.operation(named: "PutNode"))
    let node = SkeletonGenerator(model: Self.model).skeleton(for: operation, kind: .input).jsonValue
    #expect(node["node"]?["parent"] == .object(JSONObject()))
    #expect(node["node"]?["children"] == [.object(JSONObject())])
    #expect(node["node"]?["choice"]?["nested"] == .object(JSONObject()))
  }

  @Test func output() throws {
    let text = try Self.text(.output)
    let value = try JSONValue(parsing: text)
    #expect(value["ids"] == ["NodeId"])
    #expect(value["kind"] == "kind")
    #expect(value["node"]?["name"] == "name")
    #expect(value["node"]?["tags"] == ["KeyName": ""])
    #expect(
      value["attributes"]?["KeyName"]?["choice"] == ["text": "text", "number": 0, "nested": .object(JSONObject())]
    )
    #expect(value["node"]?["data"] == .null)
    #expect(value["node"]?["when"] == "1970-01-01T00:00:00")
    #expect(
      text.hasPrefix(
        "{\n    \"node\": {\n        \"name\": \"name\",\n        \"children\": [\n            {}\n        ],"
      )
    )
  }
}
