import CLIDetection
import CLISchema
import Invocation
import JSON
import Testing

/// The AWS CLI's own rewrites (`CustomOptionRewrites.swift` and the rewrite files it names), checked on the
/// installed botocore models under AWS CLI v1 rules; the expected requests are what awscli 1.45.11 sends for the
/// same lines (the example commands test compares thousands more).
@Suite struct CustomRewriteTests {
  static let catalog = CLIGenerationTests.catalog(.v1, botocore: true, version: "1.45.11")

  func parse(_ line: String) -> Invocation? {
    Self.catalog.map { InvocationParser(catalog: $0).parse(line: line) }
  }

  func request(_ line: String) -> JSONValue? {
    guard let invocation = parse(line) else { return nil }
    #expect(invocation.isValid, Comment(rawValue: invocation.diagnostics.map(\.message).joined(separator: "; ")))
    return invocation.parameters
  }

  func refused(_ line: String) -> [DiagnosticCode]? {
    parse(line).map { $0.diagnostics.filter { $0.severity == .error }.map(\.code) }
  }

  @Test func securityGroupOptionsBuildOneRule() throws {
    let line =
      "aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol all --port 22-25 "
      + "--cidr 203.0.113.0/24 --source-group web --group-owner 111122223333"
    guard let parameters = request(line) else { return }
    let expected: JSONValue = [
      "GroupId": "sg-1",
      "IpPermissions": [
        [
          "IpProtocol": "-1", "FromPort": 22, "ToPort": 25, "IpRanges": [["CidrIp": "203.0.113.0/24"]],
          "UserIdGroupPairs": [["GroupName": "web", "UserId": "111122223333"]],
        ]
      ],
    ]
    #expect(DifferentialTests.sameValue(parameters, expected))
    #expect(refused("aws ec2 revoke-security-group-egress --group-id sg-1 --protocol tcpp") == [.invalidCustomValue])
    #expect(refused("aws ec2 revoke-security-group-egress --group-id sg-1 --port 22-x") == [.invalidCustomValue])
    #expect(
      refused(
        "aws ec2 authorize-security-group-ingress --group-id sg-1 --cidr 0.0.0.0/0 --ip-permissions IpProtocol=tcp"
      )
        == [.invalidCustomValue]
    )
  }

  @Test func networkACLProtocolNamesBecomeNumbers() {
    let line =
      "aws ec2 create-network-acl-entry --network-acl-id acl-1 --rule-number 100 --protocol udp "
      + "--rule-action allow --ingress --cidr-block 0.0.0.0/0"
    #expect(request(line)?["Protocol"] == "17")
  }

  @Test func valueFlagsWrapTheBoolean() {
    #expect(
      request("aws ec2 modify-subnet-attribute --subnet-id s-1 --map-public-ip-on-launch")?["MapPublicIpOnLaunch"]
        == ["Value": true]
    )
    #expect(
      request("aws ec2 modify-network-interface-attribute --network-interface-id e-1 --no-source-dest-check")?[
        "SourceDestCheck"
      ] == ["Value": false]
    )
    #expect(
      refused("aws ec2 modify-instance-attribute --instance-id i-1 --ebs-optimized --no-ebs-optimized")
        == [.invalidCustomValue]
    )
  }

  @Test func runInstancesBuildsTheFirstNetworkInterface() {
    let line =
      "aws ec2 run-instances --image-id ami-1 --subnet-id subnet-1 --security-group-ids sg-1 "
      + "--associate-public-ip-address --secondary-private-ip-address-count 2"
    guard let parameters = request(line) else { return }
    let expected: JSONValue = [
      "ImageId": "ami-1", "MinCount": 1, "MaxCount": 1,
      "NetworkInterfaces": [
        [
          "DeviceIndex": 0, "AssociatePublicIpAddress": true, "SecondaryPrivateIpAddressCount": 2,
          "SubnetId": "subnet-1", "Groups": ["sg-1"],
        ]
      ],
    ]
    #expect(DifferentialTests.sameValue(parameters, expected))
  }

  @Test func startingTokenAndPageSizeGoIntoTheFirstRequest() {
    // base64 of {"Marker": "m-7", "boto_truncate_amount": 1}
    let token = "eyJNYXJrZXIiOiAibS03IiwgImJvdG9fdHJ1bmNhdGVfYW1vdW50IjogMX0="
    #expect(
      request("aws iam list-users --starting-token \(token) --page-size 5 --max-items 9")
        .map { DifferentialTests.sameValue($0, ["Marker": "m-7", "MaxItems": 5]) } != false
    )
    #expect(request("aws dynamodb list-tables --starting-token table-1")?["ExclusiveStartTableName"] == "table-1")
    // With an input token given directly, pagination is off and --max-items is iam's own MaxItems.
    #expect(
      request("aws iam list-users --marker m --max-items 3")
        .map { DifferentialTests.sameValue($0, ["Marker": "m", "MaxItems": 3]) } != false
    )
    #expect(refused("aws iam list-users --no-paginate --starting-token x") == [.conflictingOptions])
    #expect(request("aws ec2 describe-snapshots --owner-ids self")?["MaxResults"] == 1000)
    #expect(request("aws ec2 describe-snapshots --filters Name=a,Values=b")?["MaxResults"] == nil)
  }

  @Test func putMetricDataBuildsOneDatum() {
    let line =
      "aws cloudwatch put-metric-data --namespace N --metric-name Hits --value 1.5 --unit Count "
      + "--dimensions Host=a,Zone=b"
    guard let parameters = request(line) else { return }
    let expected: JSONValue = [
      "Namespace": "N",
      "MetricData": [
        [
          "MetricName": "Hits", "Value": 1.5, "Unit": "Count",
          "Dimensions": [["Name": "Host", "Value": "a"], ["Name": "Zone", "Value": "b"]],
        ]
      ],
    ]
    #expect(DifferentialTests.sameValue(parameters, expected))
  }

  @Test func otherServicesRewrites() {
    #expect(
      request("aws emr list-clusters --active")?["ClusterStates"]
        == ["STARTING", "BOOTSTRAPPING", "RUNNING", "WAITING", "TERMINATING"]
    )
    #expect(refused("aws emr list-clusters --active --failed") == [.invalidCustomValue])
    let deployment = request(
      "aws deploy create-deployment --application-name a --s3-location bucket=b,key=k,bundleType=zip"
    )
    #expect(
      deployment?["revision"]
        == ["revisionType": "S3", "s3Location": ["bucket": "b", "key": "k", "bundleType": "zip"]]
    )
    #expect(
      refused("aws deploy create-deployment --application-name a --s3-location bucket=b") == [.invalidCustomValue]
    )
    let invalidation = request("aws cloudfront create-invalidation --distribution-id D --paths /a /b")
    #expect(invalidation?["InvalidationBatch"]?["Paths"] == ["Quantity": 2, "Items": ["/a", "/b"]])
    #expect(invalidation?["InvalidationBatch"]?["CallerReference"]?.stringValue?.hasPrefix("cli-") == true)
    let email = request("aws ses send-email --from a@example.com --to b@example.com --subject S --text T")
    #expect(email?["Destination"] == ["ToAddresses": ["b@example.com"]])
    #expect(email?["Message"] == ["Subject": ["Data": "S"], "Body": ["Text": ["Data": "T"]]])
  }

  @Test func botocoreDefaultsAndIDs() {
    #expect(request("aws route53 get-change --id /change/C2682N5HXP0BZ4")?["Id"] == "C2682N5HXP0BZ4")
    #expect(request("aws s3api list-objects-v2 --bucket b")?["EncodingType"] == "url")
    #expect(request("aws s3api list-objects-v2 --bucket b --encoding-type url")?["EncodingType"] == "url")
    #expect(request("aws s3api get-object --bucket b --key k out")?["ChecksumMode"] == "ENABLED")
    #expect(
      refused("aws ec2 get-password-data --instance-id i-1 --priv-launch-key no-such-key.pem") == [.invalidCustomValue]
    )
  }

  @Test func blobOptionsGoIntoTheirStructures() {
    guard let catalog = Self.catalog else { return }
    let files = InMemoryParamFiles(texts: ["function.zip": "PK"], homeDirectory: "/home/user")
    let line =
      "aws lambda create-function --function-name f --runtime python3.12 --handler h "
      + "--role arn:aws:iam::123456789012:role/r --zip-file fileb://function.zip"
    let invocation = InvocationParser(catalog: catalog).parse(line: line, options: InvocationOptions(files: files))
    #expect(invocation.isValid)
    #expect(invocation.parameters["Code"] == ["ZipFile": "UEs="])
    let image = InvocationParser(catalog: catalog).parse(
      line: "aws rekognition detect-labels --image-bytes fileb://function.zip",
      options: InvocationOptions(files: files)
    )
    #expect(image.parameters["Image"] == ["Bytes": "UEs="])
  }

  @Test func cloudSearchFlatOptionsBuildTheField() {
    let line =
      "aws cloudsearch define-index-field --domain-name dom --name f --type int --default-value 5 "
      + "--facet-enabled true"
    #expect(
      request(line)?["IndexField"]
        == [
          "IndexFieldName": "f", "IndexFieldType": "int", "IntOptions": ["DefaultValue": 5, "FacetEnabled": true],
        ]
    )
    #expect(refused("aws cloudsearch define-index-field --domain-name dom --name f --facet-enabled true") != [])
  }
}
