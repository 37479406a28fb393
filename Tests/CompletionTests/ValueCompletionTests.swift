import Completion
import FileSystem
import Glibc
import Testing

/// Option values: enums and booleans, the global options' values, profiles, regions, files.
@Suite struct ValueCompletionTests {
  let engine = TestEngines.embedded

  @Test func globalOptionValues() {
    #expect(engine.texts("aws --output ") == ["json", "text", "table", "yaml", "yaml-stream"])
    #expect(engine.texts("aws directconnect describe-connections --color o") == ["on", "off"])
    #expect(engine.texts("aws --cli-binary-format ") == ["base64", "raw-in-base64-out"])
    #expect(engine.at("aws --output t").items.allSatisfy { $0.kind == .value && !$0.noSpace })
  }

  @Test func skeletonKindsThenOptions() {
    let names = engine.texts("aws directconnect create-bgp-peer --generate-cli-skeleton ")
    #expect(names.starts(with: ["input", "yaml-input", "output"]))
    #expect(names.contains("--new-bgp-peer"))
    #expect(engine.texts("aws directconnect create-bgp-peer --generate-cli-skeleton y") == ["yaml-input"])
  }

  @Test func equalsForm() {
    let result = engine.at("aws --output=t")
    #expect(result.items.map(\.insertText) == ["text", "table"])
    #expect(result.replace == 13..<14)
    #expect(engine.texts("aws directconnect create-bgp-peer --new-bgp-peer=asn=1,address") == ["addressFamily="])
  }

  @Test func topLevelEnumParameters() {
    let result = engine.at("aws directconnect describe-loa --connection-id c --loa-content-type ")
    #expect(result.items.map(\.insertText) == ["application/pdf"])
    #expect(result.items.first?.detail == "enum")
    #expect(engine.texts("aws directconnect describe-loa --loa-content-type x").isEmpty)
  }

  @Test func profilesFromBothFiles() {
    #expect(engine.texts("aws --profile ") == ["default", "dev", "prod", "ci"])
    #expect(engine.texts("aws directconnect describe-connections --profile d") == ["default", "dev"])
  }

  @Test func s3TransferPathsAreLocalPathsOrS3URIs() {
    let items = engine.at("aws s3 cp ").items
    #expect(items.map(\.insertText) == ["peer.yaml", "policies/", "policy.json", "s3://"])
    #expect(items.allSatisfy { $0.kind == .file }, "no options, so a shell's common prefix is not `--`")
    #expect(engine.texts("aws s3 cp ./po") == ["./policies/", "./policy.json"])
    #expect(engine.texts("aws s3 sync policies/ s") == ["s3://"])
    #expect(engine.texts("aws s3 mv ~/project/pe") == ["~/project/peer.yaml"])
    #expect(engine.texts("aws s3 cp ~") == ["~/"])
    #expect(engine.texts("aws s3 cp s3://bucket/k").isEmpty, "live listing is not done here")
    let after = engine.texts("aws s3 cp a s3://b/ ")
    #expect(after.first == "--dryrun", "both paths given: the options")
    #expect(engine.texts("aws s3 cp --").contains("--recursive"))
  }

  @Test func s3CommandsOfOneURITakeOnlyS3() {
    for command in ["ls", "rm", "mb", "rb", "presign", "website"] {
      #expect(engine.texts("aws s3 \(command) ") == ["s3://"], "\(command)")
    }
    #expect(engine.texts("aws s3 ls s") == ["s3://"])
    #expect(engine.texts("aws s3 ls p").isEmpty)
  }

  @Test func fileURIs() throws {
    #expect(engine.texts("aws directconnect create-bgp-peer --cli-input-json ") == ["file://"])
    let result = engine.at("aws directconnect create-bgp-peer --cli-input-json file://")
    #expect(result.items.map(\.insertText) == ["file://peer.yaml", "file://policies/", "file://policy.json"])
    #expect(result.replace == 51..<58)
    let folder = try #require(result.items.first { $0.label == "policies/" })
    #expect(folder.noSpace && folder.kind == .file)
    #expect(!result.items[0].noSpace)
    #expect(
      engine.texts("aws directconnect create-bgp-peer --cli-input-json file://po") == [
        "file://policies/", "file://policy.json",
      ]
    )
    #expect(engine.texts("aws directconnect create-bgp-peer --cli-input-json file://.h") == ["file://.hidden"])
    #expect(engine.texts("aws directconnect create-bgp-peer --new-bgp-peer fi") == ["file://"])
    #expect(engine.texts("aws directconnect create-bgp-peer --new-bgp-peer fileb://~/pr") == ["fileb://~/project/"])
  }

  @Test func filesForFileOptions() {
    #expect(engine.texts("aws --ca-bundle p") == ["peer.yaml", "policies/", "policy.json"])
  }
}

/// `CompletionEnvironment.current` reads the variables the AWS CLI reads (no other test reads them).
@Suite(.serialized) struct EnvironmentTests {
  @Test func currentHonoursTheAWSVariables() {
    let saved = ["AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "HOME"].map { ($0, FileSystem.environment($0)) }
    defer {
      for (name, value) in saved {
        if let value { setenv(name, value, 1) } else { unsetenv(name) }
      }
    }
    setenv("HOME", "/home/someone", 1)
    unsetenv("AWS_CONFIG_FILE")
    unsetenv("AWS_SHARED_CREDENTIALS_FILE")
    #expect(CompletionEnvironment.current.configFile == "/home/someone/.aws/config")
    #expect(CompletionEnvironment.current.credentialsFile == "/home/someone/.aws/credentials")
    setenv("AWS_CONFIG_FILE", "~/elsewhere/config", 1)
    setenv("AWS_SHARED_CREDENTIALS_FILE", "/etc/creds", 1)
    #expect(CompletionEnvironment.current.configFile == "/home/someone/elsewhere/config")
    #expect(CompletionEnvironment.current.credentialsFile == "/etc/creds")
  }
}
