import Botocore
import JSON
import SchemaRegistry
import Skeleton
import Testing

/// The options that go beyond the AWS CLI: required members only, a prefill, one union member.
@Suite struct SkeletonOptionsTests {
  static let directConnect = ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil)

  static func demo(_ kind: SkeletonKind, _ options: SkeletonOptions) throws -> String {
    try SkeletonGenerator(model: DemoModelTests.model, options: options).text(forOperationNamed: "PutNode", kind: kind)
  }

  @Test func requiredOnlyKeepsRequiredMembersAtEveryDepth() throws {
    let model = try Self.directConnect.model(service: "directconnect", operation: "CreateInterconnect")
    let generator = SkeletonGenerator(model: model, options: SkeletonOptions(requiredOnly: true))
    #expect(
      try generator.text(forOperationNamed: "CreateInterconnect", kind: .input) == """
        {
            "interconnectName": "",
            "bandwidth": "",
            "location": ""
        }

        """
    )
    // A union keeps its first member: exactly one must be set.
    #expect(
      try Self.demo(.input, SkeletonOptions(requiredOnly: true)) == """
        {
            "node": {
                "name": "",
                "choice": {
                    "text": ""
                }
            }
        }

        """
    )
  }

  @Test func requiredOnlyYAMLKeepsTheComments() throws {
    #expect(
      try Self.demo(.yamlInput, SkeletonOptions(requiredOnly: true)) == """
        node:  # [REQUIRED] The node to store.
          name: ''  # [REQUIRED] The node name.
          choice: # [REQUIRED] \("")
            text: ''

        """
    )
  }

  @Test func unionWithFirstMemberOnly() throws {
    let text = try Self.demo(.input, SkeletonOptions(unionMembers: .first))
    let value = try JSONValue(parsing: text)
    #expect(value["node"]?["choice"] == ["text": ""])
    // Everything else is as the AWS CLI prints it.
    #expect(value["node"]?["tags"] == ["KeyName": ""])
    #expect(value["dryRun"] == true)
  }

  @Test func prefillKeepsGivenValuesAndFillsTheRest() throws {
    let model = try Self.directConnect.model(service: "directconnect", operation: "CreateBGPPeer")
    let prefill: JSONValue = [
      "newBGPPeer": ["asn": 64600, "addressFamily": "ipv6"], "virtualInterfaceId": "dxvif-123",
    ]
    let generator = SkeletonGenerator(model: model, options: SkeletonOptions(prefill: prefill))
    #expect(
      try generator.text(forOperationNamed: "CreateBGPPeer", kind: .input) == """
        {
            "virtualInterfaceId": "dxvif-123",
            "newBGPPeer": {
                "asn": 64600,
                "asnLong": 0,
                "authKey": "",
                "addressFamily": "ipv6",
                "amazonAddress": "",
                "customerAddress": ""
            }
        }

        """
    )
    #expect(
      try generator.text(forOperationNamed: "CreateBGPPeer", kind: .yamlInput) == """
        virtualInterfaceId: dxvif-123
        newBGPPeer:
          asn: 64600
          asnLong: 0
          authKey: ''
          addressFamily: ipv6  #  Valid values are: ipv4, ipv6.
          amazonAddress: ''
          customerAddress: ''

        """
    )
  }

  @Test func prefillListsMapsUnknownKeysAndRecursion() throws {
    let prefill: JSONValue = [
      "node": [
        "name": "root",
        "tags": ["env": "prod", "team": "core"],
        "children": [["name": "kid", "choice": ["number": 7]], ["name": "other"]],
        "choice": ["nested": ["name": "inner"]],
        "matrix": [[1, 2], [3]],
        "extra": ["kept": true],
      ],
      "dryRun": false,
    ]
    let value = try JSONValue(parsing: try Self.demo(.input, SkeletonOptions(prefill: prefill)))
    let node = try #require(value["node"])
    #expect(node["name"] == "root")
    #expect(node["tags"] == ["env": "prod", "team": "core"])
    #expect(node["matrix"] == [[1, 2], [3]])
    #expect(value["dryRun"] == false)
    // Unknown members stay, after the model's.
    #expect(node.objectValue?.keys.last == "extra")
    #expect(node["extra"] == ["kept": true])
    // A given union member is the one kept.
    #expect(node["choice"]?.objectValue?.keys == ["nested"])
    // Given structures inside the recursion are expanded around the given values, one level.
    let kid = try #require(node["children"]?.arrayValue?.first)
    #expect(kid["name"] == "kid")
    #expect(kid["choice"] == ["number": 7])
    #expect(kid["parent"] == .object(JSONObject()))
    #expect(kid["ratio"] == 0.0)
    #expect(node["children"]?.arrayValue?.count == 2)
    #expect(node["choice"]?["nested"]?["name"] == "inner")
    #expect(node["choice"]?["nested"]?["children"] == [.object(JSONObject())])
    // Not given: as the AWS CLI prints it.
    #expect(node["parent"] == .object(JSONObject()))
    #expect(node["data"] == .null)
  }

  @Test func prefillWithRequiredOnlyKeepsWhatWasGiven() throws {
    let prefill: JSONValue = ["node": ["ratio": 1.5], "dryRun": true]
    let text = try Self.demo(.input, SkeletonOptions(requiredOnly: true, prefill: prefill))
    #expect(
      text == """
        {
            "node": {
                "name": "",
                "choice": {
                    "text": ""
                },
                "ratio": 1.5
            },
            "dryRun": true
        }

        """
    )
  }

  @Test func prefillDoesNotChangeOutput() throws {
    let prefill: JSONValue = ["node": ["name": "root"]]
    #expect(try Self.demo(.output, SkeletonOptions(prefill: prefill)) == (try Self.demo(.output, SkeletonOptions())))
  }

  @Test func prefilledYAMLQuotesWhatNeedsQuoting() throws {
    let prefill: JSONValue = [
      "node": ["name": "yes: no", "tags": ["a b": "it's", "n": "007", "t": "true", "multi": "one\ntwo"]]
    ]
    let text = try Self.demo(.yamlInput, SkeletonOptions(requiredOnly: true, prefill: prefill))
    #expect(
      text == """
        node:  # [REQUIRED] The node to store.
          name: 'yes: no'  # [REQUIRED] The node name.
          choice: # [REQUIRED] \("")
            text: ''
          tags:
            a b: it's
            n: '007'
            t: 'true'
            multi: "one\\ntwo"

        """
    )
  }
}
