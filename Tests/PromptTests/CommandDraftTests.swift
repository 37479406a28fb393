import CLISchema
import Invocation
import Prompt
import ShellScript
import Testing

@Suite struct CommandDraftTests {
  private func parameter(_ name: String, negated: String? = nil) -> CLIParameter {
    CLIParameter(name: name, origin: .custom, typeName: negated == nil ? "string" : "boolean", negatedName: negated)
  }

  @Test func wordsInOrderWithKeptWordsLast() {
    var draft = CommandDraft()
    draft.service = "directconnect"
    draft.operation = "create-interconnect"
    draft.keptWords = ["--region", "eu-west-1"]
    draft.set(.init(parameter: parameter("--interconnect-name"), values: ["ix 1"]))
    draft.set(.init(parameter: parameter("--tags"), values: ["key=a,value=b", "key=c,value=it's"]))
    draft.set(.init(parameter: parameter("--interconnect-name"), values: ["ix1"]))
    #expect(
      draft.line()
        == #"aws directconnect create-interconnect --interconnect-name ix1 --tags key=a,value=b 'key=c,value=it'\''s' --region eu-west-1"#
    )
    #expect(draft.line(style: .fish).hasSuffix(#"'key=c,value=it\'s' --region eu-west-1"#))
    #expect(ShellCommandLine(draft.line()).arguments == draft.words)
  }

  @Test func quotedWordsReadBackAsTheSameWords() {
    let words = ["aws", "directconnect", "create-interconnect", "--tags", "key=a b,value=it's", "{\"k\": 1}", "=x"]
    #expect(ShellCommandLine(ShellQuote.join(words)).arguments == words)
  }

  @Test func flagsAndWaiters() {
    var draft = CommandDraft()
    draft.service = "ec2"
    draft.operation = "instance-running"
    draft.isWaiter = true
    draft.set(.init(parameter: parameter("--dry-run", negated: "--no-dry-run"), values: [], isNegated: true))
    #expect(draft.line() == "aws ec2 wait instance-running --no-dry-run")
    draft.remove("--dry-run")
    #expect(draft.commandWords == ["ec2", "wait", "instance-running"])
  }

  @Test func assignmentsBeforeAwsStayInFront() {
    let start = PromptStart(line: "AWS_PROFILE='my prof' AWS_REGION=eu-west-1 aws directconnect")
    #expect(start.assignments == ["AWS_PROFILE=my prof", "AWS_REGION=eu-west-1"])
    #expect(start.words == ["directconnect"])
    var draft = CommandDraft()
    draft.assignments = start.assignments
    draft.service = "directconnect"
    draft.operation = "describe-connections"
    #expect(draft.line() == "AWS_PROFILE='my prof' AWS_REGION=eu-west-1 aws directconnect describe-connections")
    #expect(PromptStart(arguments: ["A=1", "directconnect"]).words == ["A=1", "directconnect"])
  }

  @Test func startDropsAutoPromptAndLeadingAws() {
    #expect(PromptStart(arguments: ["aws", "directconnect", "--cli-auto-prompt"]).words == ["directconnect"])
    #expect(
      PromptStart(line: "aws directconnect create-bgp-peer --cli-auto-prompt --virtual-interface-id 'dx 1'").words
        == ["directconnect", "create-bgp-peer", "--virtual-interface-id", "dx 1"]
    )
  }
}
