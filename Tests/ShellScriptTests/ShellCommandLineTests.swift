import ShellScript
import Testing

@Suite struct ShellCommandLineTests {
  @Test func splitsOnBlanksAndRemovesQuotes() {
    let split = ShellCommandLine(#"aws  ec2 "a b" 'c d'e f\ g"#)
    #expect(split.arguments == ["aws", "ec2", "a b", "c de", "f g"])
    #expect(split.ignoredRange == nil)
    #expect(!split.endsInQuote)
  }

  @Test func keepsTheOffsetOfEveryCharacter() {
    let line = #"--tags "k=a,v=b""#
    let split = ShellCommandLine(line)
    #expect(split.words[1].text == "k=a,v=b")
    #expect(split.words[1].offsets == [8, 9, 10, 11, 12, 13, 14])
    #expect(split.words[1].lineRange == 7..<16)
    #expect(split.words[1].lineRange(of: 2..<3) == 10..<11)
  }

  @Test func doubleQuotesEscapeOnlyTheirSpecialCharacters() {
    let split = ShellCommandLine(#"echo "a\"b\\c\d" 'x\y'"#)
    #expect(split.arguments == ["echo", #"a"b\c\d"#, #"x\y"#])
  }

  @Test func backslashNewlineContinuesTheLine() {
    let split = ShellCommandLine("aws ec2 \\\n  describe-instances --dry\\\n-run")
    #expect(split.arguments == ["aws", "ec2", "describe-instances", "--dry-run"])
    #expect(split.ignoredRange == nil)
  }

  @Test func ansiCQuotes() {
    #expect(ShellCommandLine(#"a $'x\ny\'z'"#).arguments == ["a", "x\ny'z"])
  }

  @Test func expansionsStayLiteralAndAreFlagged() {
    let split = ShellCommandLine(#"aws --region $REGION --x "${A}b" $(date) ~/f plain"#)
    #expect(split.arguments == ["aws", "--region", "$REGION", "--x", "${A}b", "$(date)", "~/f", "plain"])
    #expect(split.words.map(\.hasExpansion) == [false, false, true, false, true, true, true, false])
  }

  @Test func anOpenQuoteEndsTheLineInsideTheWord() {
    let split = ShellCommandLine(#"aws ec2 --x "abc"#)
    #expect(split.endsInQuote)
    #expect(split.endsInWord)
    #expect(split.arguments.last == "abc")
    #expect(split.words.last?.lineRange == 12..<16)
  }

  @Test func aTrailingBackslashStaysInTheWord() {
    let split = ShellCommandLine(#"aws ec2 a\"#)
    #expect(split.arguments == ["aws", "ec2", "a"])
    #expect(split.words.last?.lineRange == 8..<10)
    #expect(split.endsInWord)
  }

  @Test func operatorsEndTheCommandAndCommentsAreSkipped() {
    let split = ShellCommandLine("aws ec2 describe-instances | jq . # note")
    #expect(split.arguments == ["aws", "ec2", "describe-instances"])
    #expect(split.ignoredRange == 27..<40)
    #expect(ShellCommandLine("aws s3 ls # comment").arguments == ["aws", "s3", "ls"])
    #expect(ShellCommandLine("aws s3 ls # comment").ignoredRange == nil)
    #expect(ShellCommandLine("aws a#b").arguments == ["aws", "a#b"])
    #expect(ShellCommandLine("aws s3 ls;").ignoredRange == 9..<10)
    // A closing line break alone is not more text; a second command is.
    #expect(ShellCommandLine("aws s3 ls\n").ignoredRange == nil)
    #expect(ShellCommandLine("aws s3 ls\naws s3 mb").ignoredRange == 9..<19)
  }

  @Test func redirectionsAreDroppedWithTheirTargets() {
    let split = ShellCommandLine("aws s3 ls > out.json 2>&1 --region x")
    #expect(split.arguments == ["aws", "s3", "ls", "--region", "x"])
    #expect(split.ignoredRange == nil)
  }

  @Test func theCursorPicksItsCommand() {
    let line = "cd x && AWS_PROFILE=p aws ec2 d | jq ."
    let atAWS = ShellCommandLine(line, cursor: 31)
    #expect(atAWS.arguments == ["AWS_PROFILE=p", "aws", "ec2", "d"])
    #expect(atAWS.programWords.map(\.text) == ["aws", "ec2", "d"])
    #expect(ShellCommandLine(line, cursor: 2).arguments == ["cd", "x"])
    #expect(ShellCommandLine(line, cursor: 38).arguments == ["jq", "."])
    // Right after an operator the cursor starts a new command.
    #expect(ShellCommandLine("aws s3 ls && ", cursor: 13).words.isEmpty)
    #expect(ShellCommandLine("aws s3 ls &&", cursor: 9).arguments == ["aws", "s3", "ls"])
    // Without a cursor: the first command.
    #expect(ShellCommandLine(line).arguments == ["cd", "x"])
  }

  @Test func commandsInsideSubstitutionsBelongToTheirWord() {
    let split = ShellCommandLine(#"aws ec2 x --ids "$(aws ec2 y; echo z)""#, cursor: 10)
    #expect(split.arguments == ["aws", "ec2", "x", "--ids", "$(aws ec2 y; echo z)"])
    #expect(split.ignoredRange == nil)
  }

  @Test func trailingBlankMeansTheLastWordIsComplete() {
    #expect(ShellCommandLine("aws ec2 ").endsInWord == false)
    #expect(ShellCommandLine("aws ec2").endsInWord)
    #expect(ShellCommandLine("aws ec2 # x").endsInWord == false)
  }

  @Test func unicodeOffsetsCountScalars() {
    let split = ShellCommandLine("aws é \"😀x\"")
    #expect(split.words[2].offsets == [7, 8])
    #expect(split.words[2].lineRange == 6..<10)
  }
}
