import Botocore
import SchemaRegistry
import Skeleton
import Testing

/// Skeletons from the embedded Direct Connect default (always available; it has no documentation).
@Suite struct EmbeddedDirectConnectTests {
  static let registry = ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil)

  static func text(
    _ operation: String,
    _ kind: SkeletonKind,
    _ options: SkeletonOptions = SkeletonOptions()
  ) throws
    -> String
  {
    let model = try registry.model(service: "directconnect", operation: operation)
    return try SkeletonGenerator(model: model, options: options).text(forOperationNamed: operation, kind: kind)
  }

  @Test func createBGPPeerInput() throws {
    #expect(
      try Self.text("CreateBGPPeer", .input) == """
        {
            "virtualInterfaceId": "",
            "newBGPPeer": {
                "asn": 0,
                "asnLong": 0,
                "authKey": "",
                "addressFamily": "ipv4",
                "amazonAddress": "",
                "customerAddress": ""
            }
        }

        """
    )
  }

  @Test func createInterconnectInputHasOneTag() throws {
    #expect(
      try Self.text("CreateInterconnect", .input) == """
        {
            "interconnectName": "",
            "bandwidth": "",
            "location": "",
            "lagId": "",
            "tags": [
                {
                    "key": "",
                    "value": ""
                }
            ],
            "providerName": "",
            "requestMACSec": true
        }

        """
    )
  }

  /// Without documentation, comments keep only `[REQUIRED]` and the valid values, spaced as the AWS CLI v2
  /// spaces them (recorded from v2 with the documentation removed from the model).
  @Test func yamlInputWithoutDocumentation() throws {
    #expect(
      try Self.text("CreateBGPPeer", .yamlInput) == """
        virtualInterfaceId: ''
        newBGPPeer:
          asn: 0
          asnLong: 0
          authKey: ''
          addressFamily: ipv4  #  Valid values are: ipv4, ipv6.
          amazonAddress: ''
          customerAddress: ''

        """
    )
    #expect(
      try Self.text("CreateInterconnect", .yamlInput) == """
        interconnectName: ''  # [REQUIRED] \("")
        bandwidth: '' # [REQUIRED] \("")
        location: '' # [REQUIRED] \("")
        lagId: ''
        tags:
        - key: ''  # [REQUIRED] \("")
          value: ''
        providerName: ''
        requestMACSec: true

        """
    )
  }

  @Test func outputUsesMemberAndShapeNames() throws {
    let text = try Self.text("DescribeLocations", .output)
    #expect(
      text == """
        {
            "locations": [
                {
                    "locationCode": "locationCode",
                    "locationName": "locationName",
                    "region": "region",
                    "availablePortSpeeds": [
                        "PortSpeed"
                    ],
                    "availableProviders": [
                        "ProviderName"
                    ],
                    "availableMacSecPortSpeeds": [
                        "PortSpeed"
                    ]
                }
            ]
        }

        """
    )
  }

  @Test func everyOperationHasAllThreeKinds() throws {
    let model = try Self.registry.model(service: "directconnect")
    let generator = SkeletonGenerator(model: model)
    for operation in model.operations {
      #expect(generator.text(for: operation, kind: .input).hasPrefix("{"))
      #expect(generator.text(for: operation, kind: .yamlInput).hasSuffix("\n"))
      let output = generator.text(for: operation, kind: .output)
      #expect(output.isEmpty || output.hasPrefix("{\n"))
    }
  }

  @Test func unknownOperationIsAnError() throws {
    let model = try Self.registry.model(service: "directconnect")
    #expect(throws: SkeletonError.unknownOperation(service: "directconnect", operation: "CreateBgpPeer")) {
      try SkeletonGenerator(model: model).text(forOperationNamed: "CreateBgpPeer", kind: .input)
    }
  }
}
