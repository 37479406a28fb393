import Invocation
import Testing

@Suite struct CommandLineWordsTests {
  @Test func splitsOnBlanksAndRemovesQuotes() {
    let split = CommandLineWords(#"aws  ec2 "a b" 'c d'e f\ g"#)
    #expect(split.arguments == ["aws", "ec2", "a b", "c de", "f g"])
    #expect(split.diagnostics.isEmpty)
  }

  @Test func keepsTheOffsetOfEveryCharacter() {
    let line = #"--tags "k=a,v=b""#
    let split = CommandLineWords(line)
    #expect(split.words[1].text == "k=a,v=b")
    #expect(split.words[1].offsets == [8, 9, 10, 11, 12, 13, 14])
    #expect(split.words[1].lineRange == 7..<16)
    #expect(split.words[1].lineRange(of: 2..<3) == 10..<11)
  }

  @Test func doubleQuotesEscapeOnlyTheirSpecialCharacters() {
    let split = CommandLineWords(#"echo "a\"b\\c\d" 'x\y'"#)
    #expect(split.arguments == ["echo", #"a"b\c\d"#, #"x\y"#])
  }

  @Test func backslashNewlineContinuesTheLine() {
    let split = CommandLineWords("aws ec2 \\\n  describe-instances --dry\\\n-run")
    #expect(split.arguments == ["aws", "ec2", "describe-instances", "--dry-run"])
  }

  @Test func ansiCQuotes() {
    #expect(CommandLineWords(#"a $'x\ny\'z'"#).arguments == ["a", "x\ny'z"])
  }

  @Test func expansionsStayLiteralAndAreFlagged() {
    let split = CommandLineWords(#"aws --region $REGION --x "${A}b" $(date) ~/f plain"#)
    #expect(split.arguments == ["aws", "--region", "$REGION", "--x", "${A}b", "$(date)", "~/f", "plain"])
    #expect(split.words.map(\.hasExpansion) == [false, false, true, false, true, true, true, false])
  }

  @Test func unterminatedQuoteIsReported() {
    let split = CommandLineWords(#"aws ec2 --x "abc"#)
    #expect(split.endsInQuote)
    #expect(split.arguments.last == "abc")
    #expect(split.diagnostics.map(\.code) == [.unterminatedQuote])
  }

  @Test func operatorsEndTheCommandAndCommentsAreSkipped() {
    let split = CommandLineWords("aws ec2 describe-instances | jq . # note")
    #expect(split.arguments == ["aws", "ec2", "describe-instances"])
    #expect(split.diagnostics.map(\.code) == [.shellOperator])
    #expect(CommandLineWords("aws s3 ls # comment").arguments == ["aws", "s3", "ls"])
    #expect(CommandLineWords("aws a#b").arguments == ["aws", "a#b"])
  }

  @Test func trailingBlankMeansTheLastWordIsComplete() {
    #expect(CommandLineWords("aws ec2 ").endsInWord == false)
    #expect(CommandLineWords("aws ec2").endsInWord)
  }

  @Test func unicodeOffsetsCountScalars() {
    let split = CommandLineWords("aws é \"😀x\"")
    #expect(split.words[2].offsets == [7, 8])
    #expect(SourceText.utf16Offset(ofScalarOffset: 8, in: "aws é \"😀x\"") == 9)
  }
}
