import CLIDetection
import CLISchema
import Invocation
import JSON
import SchemaRegistry
import Testing

/// The same command line under AWS CLI v1 and v2 rules: options, choices and commands of the other generation are
/// unknown, with a message that says which generation has them, and blobs are read as that generation reads them.
@Suite struct CLIGenerationTests {
  static func catalog(_ generation: CLIGeneration, botocore: Bool = false, version: String? = nil) -> CommandCatalog? {
    var searchPath = botocore ? ModelSearchPath.fromEnvironment() : ModelSearchPath(directories: [])
    if botocore && searchPath.botocoreDataDirectory == nil { return nil }
    searchPath.cli = InstalledCLI(program: "/usr/bin/aws", version: version, generation: generation)
    return CommandCatalog(
      registry: ModelRegistry(searchPath: searchPath, cacheDirectory: nil),
      layer: TestCatalog.layer.following(generation)
    )
  }

  static let bgp = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=1"

  func parse(_ line: String, _ generation: CLIGeneration, version: String? = nil) -> Invocation {
    InvocationParser(catalog: Self.catalog(generation, version: version)!).parse(line: line)
  }

  @Test func v2OnlyGlobalOptionsAreUnknownToV1() {
    let v1 = parse(Self.bgp + " --no-cli-pager", .v1, version: "1.45.11")
    #expect(v1.diagnostics.map(\.code) == [.unknownOption])
    #expect(v1.diagnostics.first?.message.contains("exists only in AWS CLI v2; this aws is 1.45.11") == true)
    #expect(parse(Self.bgp + " --no-cli-pager", .v2).isValid)
  }

  @Test func v1OnlyGlobalOptionsAreUnknownToV2() {
    #expect(parse(Self.bgp + " --v2-debug", .v1).isValid)
    let v2 = parse(Self.bgp + " --v2-debug", .v2)
    #expect(v2.diagnostics.map(\.code) == [.unknownOption])
    #expect(v2.diagnostics.first?.message.contains("exists only in AWS CLI v1") == true)
  }

  @Test func v2OnlyChoicesAndCommandOptions() {
    let yaml = parse(Self.bgp + " --output yaml", .v1, version: "1.45.11")
    #expect(yaml.diagnostics.map(\.code) == [.invalidChoice])
    #expect(yaml.diagnostics.first?.message.contains("\"yaml\" exists only in AWS CLI v2") == true)
    #expect(parse(Self.bgp + " --output yaml", .v2).isValid)
    #expect(parse(Self.bgp + " --output text", .v1).isValid)
    let input = parse("aws directconnect describe-connections --cli-input-yaml x", .v1)
    #expect(input.diagnostics.first?.code == .unknownOption)
    let skeleton = parse("aws directconnect describe-connections --generate-cli-skeleton yaml-input", .v1)
    #expect(skeleton.diagnostics.map(\.code) == [.invalidChoice])
  }

  @Test func v2OnlyTopLevelCommands() {
    let ddb = parse("aws ddb select my-table", .v1, version: "1.45.11")
    #expect(ddb.diagnostics.map(\.code) == [.unknownService])
    #expect(ddb.diagnostics.first?.message == "\"ddb\" exists only in AWS CLI v2; this aws is 1.45.11")
    #expect(parse("aws ddb select my-table", .v2).diagnostics.map(\.code) == [.customCommand])
  }

  @Test func theLayerListsWhatItDropped() {
    let v1 = TestCatalog.layer.following(.v1)
    #expect(!v1.globalOptions.contains { $0.name == "--no-cli-pager" })
    #expect(v1.globalOptions.contains { $0.name == "--v2-debug" })
    #expect(v1.globalOptions.first { $0.name == "--output" }?.choices == ["json", "text", "table"])
    #expect(v1.otherGeneration["--cli-input-yaml"] == .v2)
    #expect(v1.otherGeneration["--output=yaml-stream"] == .v2)
    #expect(!v1.customCommandNames.contains("ddb"))
    #expect(v1.customCommand(named: "s3") != nil)
    let v2 = TestCatalog.layer.following(.v2)
    #expect(v2.customCommandNames.contains("ddb"))
    #expect(v2.otherGeneration == ["--v2-debug": .v1])
  }

  /// AWS CLI v1 fetches an `http(s)://` value (outside its exempt options) and sends the content; argot never
  /// fetches, so under v1 the value is left unchecked with a note, and the member counts as given.
  @Test func v1FetchesURLValues() {
    let line =
      "aws directconnect create-connection --location l --bandwidth 1Gbps --connection-name https://example.com/n"
    let v1 = parse(line, .v1)
    #expect(v1.isValid)
    #expect(v1.diagnostics.map(\.code) == [.urlParamFile])
    #expect(v1.diagnostics.first?.severity == .note)
    #expect(v1.parameters["connectionName"] == nil)
    let v2 = parse(line, .v2)
    #expect(v2.diagnostics.isEmpty)
    #expect(v2.parameters["connectionName"] == "https://example.com/n")
  }

  /// AWS CLI v1 sends a string in a blob position as its bytes; v2 wants base64 unless told otherwise.
  @Test func blobsAreReadAsEachGenerationReadsThem() throws {
    guard let v1 = Self.catalog(.v1, botocore: true), let v2 = Self.catalog(.v2, botocore: true) else { return }
    let line = "aws firehose put-record --delivery-stream-name s --record Data=hello"
    let raw = InvocationParser(catalog: v1).parse(line: line)
    #expect(raw.isValid)
    #expect(raw.parameters["Record"]?["Data"] == "aGVsbG8=")
    let base64 = InvocationParser(catalog: v2).parse(line: line)
    #expect(!base64.isValid)
    #expect(InvocationParser(catalog: v2).parse(line: line + " --cli-binary-format raw-in-base64-out").isValid)
  }
}
