import JSON
import Testing

@testable import LiveResources

@Suite struct LiveResourceTableTests {
  let table = LiveResourceTable.embedded

  @Test func theEmbeddedTableCoversTheCommonServices() {
    let counts = table.counts
    #expect(counts.services > 300)
    #expect(counts.parameters > 10_000)
    for (service, operation, member, listed) in [
      ("ec2", "TerminateInstances", "InstanceIds", "describe-instances"),
      ("ec2", "RunInstances", "SubnetId", "describe-subnets"),
      ("ec2", "RunInstances", "SecurityGroupIds", "describe-security-groups"),
      ("lambda", "Invoke", "FunctionName", "list-functions"),
      ("cloudformation", "DescribeStacks", "StackName", "describe-stacks"),
      ("logs", "FilterLogEvents", "logGroupName", "describe-log-groups"),
      ("dynamodb", "DescribeTable", "TableName", "list-tables"),
      ("sqs", "SendMessage", "QueueUrl", "list-queues"),
      ("sns", "Publish", "TopicArn", "list-topics"),
      ("iam", "GetRole", "RoleName", "list-roles"),
      ("s3", "GetObject", "Bucket", "list-buckets"),
      ("ecs", "ListServices", "cluster", "list-clusters"),
      ("ecr", "DescribeImages", "repositoryName", "describe-repositories"),
    ] {
      #expect(table.listing(service: service, operation: operation, member: member)?.operation == listed, "\(member)")
    }
  }

  @Test func reviewedListingsCarryTheirArgumentsAndOtherServices() throws {
    let images = try #require(table.listing(service: "ec2", operation: "RunInstances", member: "ImageId"))
    #expect(images.arguments == ["--owners", "self"])
    let role = try #require(table.listing(service: "lambda", operation: "CreateFunction", member: "Role"))
    #expect(role.service == "iam")
    #expect(role.operation == "list-roles")
    // The S3 model's listing runs through `s3api`, the CLI's name for it.
    #expect(table.listing(service: "s3", operation: "GetObject", member: "Bucket")?.service == "s3api")
    #expect(table.listing(service: "ec2", operation: "RunInstances", member: "ClientToken") == nil)
  }

  @Test func outputsBecomeValues() {
    let pairs = Array(#"[["i-1", "web"], ["i-2", null], ["i-1", "again"]]"#.utf8)
    #expect(
      LiveLister.values(fromOutput: pairs, lastPathSegment: false) == [
        LiveValue("i-1", description: "web"), LiveValue("i-2"),
      ]
    )
    let urls = Array(#"["https://sqs.us-east-1.amazonaws.com/1/alpha", "https://x/1/beta"]"#.utf8)
    #expect(LiveLister.values(fromOutput: urls, lastPathSegment: true)?.map(\.value) == ["alpha", "beta"])
    #expect(LiveLister.values(fromOutput: Array("\n".utf8), lastPathSegment: false) == [])
    #expect(LiveLister.values(fromOutput: Array("null".utf8), lastPathSegment: false) == [])
    #expect(LiveLister.values(fromOutput: Array("not json".utf8), lastPathSegment: false) == nil)
    let nested = Array(#"[["a/", "folder"], ["a/b.txt", "object"]]"#.utf8)
    #expect(LiveLister.values(fromOutput: nested, lastPathSegment: false)?.map(\.description) == ["folder", "object"])
  }

  @Test func s3Locations() {
    #expect(S3Location("s3://").bucket == nil)
    #expect(S3Location("s3://my-b").bucket == nil)
    for (uri, bucket, folder) in [
      ("s3://my-bucket/", "my-bucket", ""), ("s3://my-bucket/logs/2026-", "my-bucket", "logs/"),
      ("s3://b/a/b/c", "b", "a/b/"),
    ] {
      #expect(S3Location(uri).bucket == bucket)
      #expect(S3Location(uri).folder == folder)
    }
  }

  @Test func failuresSayWhyInOneLine() {
    func message(_ text: String) -> String {
      ListingFailure.message(standardError: Array(text.utf8), status: 255, title: "ec2 describe-instances")
    }
    #expect(
      message("\nUnable to locate credentials. You can configure credentials by running \"aws configure\".\n")
        == "no AWS credentials for ec2 describe-instances"
    )
    #expect(
      message("An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation")
        == "access denied to ec2 describe-instances"
    )
    #expect(
      message("\nCould not connect to the endpoint URL: \"http://127.0.0.1:1/\"\n")
        == "no network for ec2 describe-instances"
    )
    #expect(message("something else\nmore") == "ec2 describe-instances failed: something else")
    #expect(message("") == "ec2 describe-instances failed (exit status 255)")
  }
}
