import Prompt
import Testing

@Suite struct CommandSpanTests {
  private func span(_ line: String) -> [String] {
    let span = CommandSpan(line: line)
    return [span.before, span.command, span.after]
  }

  @Test func aLoneCommandIsTheWholeLine() {
    #expect(span("aws directconnect create-bgp-peer --asn 1") == ["", "aws directconnect create-bgp-peer --asn 1", ""])
    #expect(span("  aws ec2  ") == ["  ", "aws ec2", "  "])
    #expect(span("") == ["", "", ""])
    #expect(span("directconnect") == ["", "directconnect", ""])
  }

  @Test func operatorsAroundTheCommandAreKept() {
    #expect(
      span("cd /tmp && aws ec2 describe-instances | jq .") == ["cd /tmp && ", "aws ec2 describe-instances", " | jq ."]
    )
    #expect(
      span("aws s3api get-object --bucket b out.json > log 2>&1") == [
        "", "aws s3api get-object --bucket b out.json", " > log 2>&1",
      ]
    )
    #expect(span("aws ec2 x 2>/dev/null; echo done") == ["", "aws ec2 x", " 2>/dev/null; echo done"])
    #expect(span("AWS_PROFILE=dev aws ec2 x # note") == ["", "AWS_PROFILE=dev aws ec2 x", " # note"])
  }

  @Test func quotedAndSubstitutedOperatorsAreNotCuts() {
    #expect(span(#"aws ec2 x --filters 'Name=a;b' "c|d" --ids $(cat ids | head -1) `echo a;b`"#)[2] == "")
    #expect(span("aws ec2 x --a\\;b")[2] == "")
    #expect(span("aws ec2 \\\n  describe-instances | cat")[1] == "aws ec2 \\\n  describe-instances")
    // Quotes inside a substitution inside quotes: the shell lexer's reading (the scanner before cut at the `)`).
    #expect(span(#"aws ec2 x --ids "$(echo ")")" | cat"#) == ["", #"aws ec2 x --ids "$(echo ")")""#, " | cat"])
  }

  @Test func theLineKeepsItsSurroundingsThroughASession() throws {
    let session = PromptSession(
      catalog: PromptSessionTests.catalog,
      start: PromptStart(
        line: "cd /tmp && aws directconnect describe-loa --connection-id dxcon-1 --cli-auto-prompt | jq ."
      )
    )
    while session.outcome == .running { session.handle(.enter) }
    #expect(session.finishedLine == "cd /tmp && aws directconnect describe-loa --connection-id dxcon-1 | jq .")
  }
}
