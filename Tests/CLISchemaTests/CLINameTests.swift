import CLISchema
import Testing

@Suite struct CLINameTests {
  @Test(arguments: [
    ("CreateBGPPeer", "create-bgp-peer"),
    ("newBGPPeer", "new-bgp-peer"),
    ("virtualInterfaceId", "virtual-interface-id"),
    ("DescribeInstances", "describe-instances"),
    ("GatewayARNs", "gateway-arns"),
    ("ListWebACLs", "list-web-acls"),
    ("CreateCachediSCSIVolume", "create-cached-iscsi-volume"),
    ("ExecutePartiQLStatement", "execute-partiql-statement"),
    ("DescribeDBInstances", "describe-db-instances"),
    ("Ipv6CidrBlock", "ipv6-cidr-block"),
    ("S3Key", "s3-key"),
    ("already-dashed", "already-dashed"),
    ("MaxResults", "max-results"),
    ("SSEKMSKeyId", "ssekms-key-id"),
    ("HTTPHeaders", "http-headers"),
  ])
  func transformsLikeBotocore(input: String, expected: String) {
    #expect(CLIName.xform(input) == expected)
  }
}
