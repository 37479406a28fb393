import Completion
import Testing

/// Services, operations, waiters, subcommands and options, over the embedded Direct Connect model.
@Suite struct CommandCompletionTests {
  let engine = TestEngines.embedded

  @Test func servicesAndTopLevelCommands() {
    let result = engine.at("aws ")
    #expect(
      result.items.map(\.insertText) == ["configure", "ddb", "directconnect", "history", "login", "logout", "s3"]
    )
    #expect(result.items.allSatisfy { $0.kind == .service && !$0.noSpace })
    #expect(result.replace == 4..<4)
    let partial = engine.at("aws dir")
    #expect(partial.items.map(\.insertText) == ["directconnect"])
    #expect(partial.replace == 4..<7)
  }

  @Test func nothingForTheProgramName() {
    #expect(engine.at("aw").items.isEmpty)
    #expect(engine.at("AWS_PROFILE=dev aw").items.isEmpty)
  }

  @Test func environmentAssignmentsBeforeTheProgram() {
    #expect(engine.texts("AWS_PROFILE=dev AWS_REGION=x aws dir") == ["directconnect"])
    #expect(engine.texts("AWS_PROFILE=dev aws directconnect create-bgp") == ["create-bgp-peer"])
  }

  /// The command completed is the one the cursor is in, read from its program word as the language server
  /// reads it (a wrapper was taken for the program, and the first command for the cursor's, before).
  @Test func wrappersAndOtherCommandsOnTheLine() {
    #expect(engine.texts("sudo -u root aws dir") == ["directconnect"])
    #expect(engine.texts("cd /tmp && aws dir") == ["directconnect"])
    #expect(engine.texts("aws directconnect create-bgp|; aws s3 ls") == ["create-bgp-peer"])
    #expect(engine.texts("aws s3 ls; aws directconnect create-bgp") == ["create-bgp-peer"])
  }

  @Test func operationsOfAService() {
    #expect(engine.texts("aws directconnect create-bgp") == ["create-bgp-peer"])
    let all = engine.at("aws directconnect ")
    #expect(all.items.count > 50)
    #expect(all.items.allSatisfy { $0.kind == .operation })
    #expect(all.items.map(\.label) == all.items.map(\.label).sorted())
    #expect(engine.texts("aws directconnect desc").contains("describe-connections"))
  }

  @Test func subcommandsOfCustomCommands() {
    #expect(engine.texts("aws s3 c") == ["cp"])
    #expect(engine.at("aws s3 ").items.map(\.label).starts(with: ["cp", "ls", "mb", "mv", "presign", "rb", "rm"]))
    #expect(engine.texts("aws configure s").contains("set"))
    #expect(engine.at("aws s3 ").items.allSatisfy { $0.kind == .command })
  }

  @Test func optionsOfTheCommandThenGlobalOnes() throws {
    let result = engine.at("aws directconnect create-bgp-peer --")
    let names = result.items.map(\.insertText)
    #expect(names.starts(with: ["--virtual-interface-id", "--new-bgp-peer", "--cli-input-json", "--cli-input-yaml"]))
    let debug = try #require(names.firstIndex(of: "--debug"))
    #expect(debug > names.firstIndex(of: "--generate-cli-skeleton")!)
    #expect(names.contains("--output") && names.contains("--region") && names.contains("--profile"))
    #expect(result.items.allSatisfy { $0.kind == .option })
    #expect(result.replace == 34..<36)
    let output = try #require(result.items.first { $0.label == "--output" })
    #expect(output.documentation?.isEmpty == false)
    #expect(output.detail == "enum")
  }

  @Test func optionsAlreadyGivenAreDropped() {
    let names = engine.texts("aws directconnect create-bgp-peer --virtual-interface-id v --debug --")
    #expect(!names.contains("--virtual-interface-id") && !names.contains("--debug"))
    #expect(names.contains("--new-bgp-peer"))
    // Given after the cursor counts too.
    let before = engine.texts("aws directconnect create-bgp-peer --| --new-bgp-peer asn=1")
    #expect(!before.contains("--new-bgp-peer") && before.contains("--virtual-interface-id"))
  }

  @Test func repeatableOptionsStay() {
    #expect(engine.texts("aws s3 cp a b --exclude x --ex") == ["--exclude", "--expires", "--expected-size"])
  }

  @Test func booleanPairsComeTogetherAndLeaveTogether() {
    let names = engine.texts("aws directconnect update-virtual-interface-attributes --")
    let index = names.firstIndex(of: "--enable-site-link")!
    #expect(names[index + 1] == "--no-enable-site-link")
    let after = engine.texts("aws directconnect update-virtual-interface-attributes --no-enable-site-link --")
    #expect(!after.contains("--enable-site-link") && !after.contains("--no-enable-site-link"))
  }

  @Test func emptyWordAfterACommandOffersItsOptions() {
    let names = engine.texts("aws directconnect describe-connections ")
    #expect(names.first == "--connection-id")
    #expect(names.contains("--output"))
  }

  @Test func globalOptionsBeforeTheService() {
    #expect(engine.texts("aws --output json dir") == ["directconnect"])
    #expect(engine.texts("aws --deb") == ["--debug"])
    #expect(engine.texts("aws --debug directconnect create-bgp-peer --deb").isEmpty)
  }

  @Test func unknownCommandsOfferNothingButOptions() {
    #expect(engine.texts("aws nosuch x").isEmpty)
    #expect(engine.texts("aws directconnect nosuch --out") == ["--output"])
  }

  @Test func cursorInTheMiddleOfTheLine() {
    let result = engine.at("aws directconnect cre|ate-bgp-peer --virtual-interface-id x")
    #expect(result.items.map(\.insertText).allSatisfy { $0.hasPrefix("cre") })
    #expect(result.items.map(\.insertText).contains("create-bgp-peer"))
    #expect(result.replace == 18..<21)
    let option = engine.at("aws directconnect create-bgp-peer --new| --virtual-interface-id x")
    #expect(option.items.map(\.insertText) == ["--new-bgp-peer"])
  }

  @Test func continuedLines() {
    let result = engine.at("aws directconnect \\\n  create-bgp")
    #expect(result.items.map(\.insertText) == ["create-bgp-peer"])
    #expect(result.replace == 22..<32)
    #expect(engine.texts("aws directconnect create-bgp-peer \\\n --new") == ["--new-bgp-peer"])
  }

  @Test func quotedWords() {
    let result = engine.at("aws directconnect \"create-bgp")
    #expect(result.items.map(\.insertText) == ["create-bgp-peer"])
    #expect(result.replace == 19..<29)
  }

  @Test func offsetsCountCharacters() {
    // "é" is one character (Unicode scalar) but two UTF-8 bytes.
    let result = engine.at("aws --query é directconnect create-bgp")
    #expect(result.items.map(\.insertText) == ["create-bgp-peer"])
    #expect(result.replace == 28..<38)
  }
}
