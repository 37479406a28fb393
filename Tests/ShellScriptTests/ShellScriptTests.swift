import ShellScript
import Testing

/// The words of each command of `script`.
private func words(_ script: String) -> [[String]] {
  ShellScript(script).commands.map { $0.words.map(\.text) }
}

/// The script text a word was written as.
private func source(_ word: ShellWord, in script: String) -> String {
  let scalars = Array(script.unicodeScalars)
  return String(String.UnicodeScalarView(scalars[word.range]))
}

@Suite struct ShellScriptTests {
  @Test func splitsCommandsAtOperatorsAndNewlines() {
    let script = "aws a b && aws c || aws d | grep x; aws e & aws f\naws g |& tee h\n"
    #expect(
      words(script) == [
        ["aws", "a", "b"], ["aws", "c"], ["aws", "d"], ["grep", "x"], ["aws", "e"], ["aws", "f"], ["aws", "g"],
        ["tee", "h"],
      ]
    )
  }

  @Test func joinsContinuationsAndKeepsOffsets() {
    let script = "aws directconnect create-bgp-peer \\\n  --new-bgp-peer asn=1,\\\nauthKey=k\n"
    let command = ShellScript(script).commands[0]
    #expect(
      command.words.map(\.text) == ["aws", "directconnect", "create-bgp-peer", "--new-bgp-peer", "asn=1,authKey=k"]
    )
    let value = command.words[4]
    #expect(value.offsets.count == value.text.unicodeScalars.count)
    // `authKey` starts on the third line, right after the continuation.
    let scalars = Array(script.unicodeScalars)
    #expect(scalars[value.offsets[6]] == "a")
    #expect(String(String.UnicodeScalarView(scalars[value.lineRange(of: 6..<13) ?? 0..<0])) == "authKey")
  }

  @Test func removesQuotesAndMapsCharactersBack() {
    let script = #"aws s3api put-object --key 'a b' --body "x\"y" --tag $'t\tu'"#
    let command = ShellScript(script).commands[0]
    #expect(
      command.words.map(\.text) == ["aws", "s3api", "put-object", "--key", "a b", "--body", "x\"y", "--tag", "t\tu"]
    )
    #expect(source(command.words[4], in: script) == "'a b'")
    #expect(command.words[4].isQuoted)
    let scalars = Array(script.unicodeScalars)
    #expect(scalars[command.words[6].offsets[1]] == "\"")
  }

  @Test func marksExpansionsWithoutEvaluatingThem() {
    let script = #"aws ec2 x --a $VAR --b "${X:-y}z" --c asn=$((1+2)),k=`date` --d ~/f --e "$@""#
    let command = ShellScript(script).commands[0]
    let texts = command.words.map(\.text)
    #expect(
      texts == [
        "aws", "ec2", "x", "--a", "$VAR", "--b", "${X:-y}z", "--c", "asn=$((1+2)),k=`date`", "--d", "~/f", "--e", "$@",
      ]
    )
    #expect(command.words[4].expansions == [0..<4])
    #expect(command.words[6].expansions == [0..<7])
    #expect(command.words[8].expansions == [4..<12, 15..<21])
    #expect(command.words[8].touchesExpansion(4..<5))
    #expect(!command.words[8].touchesExpansion(0..<3))
    #expect(command.words[10].expansions == [0..<1])
    #expect(!command.words[3].hasExpansion)
  }

  @Test func findsCommandsInsideSubstitutions() {
    let script = #"ID=$(aws ec2 run-instances --count "$(aws x y)") && echo "$(aws s3 ls)""#
    let found = ShellScript(script).commands
    #expect(
      found.map { $0.words.map(\.text) } == [
        ["ID=$(aws ec2 run-instances --count \"$(aws x y)\")"],
        ["aws", "ec2", "run-instances", "--count", "$(aws x y)"],
        ["aws", "x", "y"], ["echo", "$(aws s3 ls)"], ["aws", "s3", "ls"],
      ]
    )
    #expect(found[0].programIndex == nil)
    #expect(ShellScript(script).commands(running: "aws").count == 3)
  }

  @Test func skipsCommentsHeredocsAndRedirections() {
    let script = """
      # aws not a command
      aws a b > out.json 2>&1 # trailing aws comment
      cat <<EOF
      aws inside heredoc
      EOF
      cat <<-'END' | aws c d
      \taws still inside
      \tEND
      aws e <<< "text" f &>/dev/null
      """
    #expect(words(script) == [["aws", "a", "b"], ["cat"], ["cat"], ["aws", "c", "d"], ["aws", "e", "f"]])
  }

  @Test func findsTheProgramAfterAssignmentsKeywordsAndWrappers() {
    let script = """
      AWS_PROFILE=p aws a
      if aws b; then sudo -u root aws c; fi
      env -i A=1 /usr/local/bin/aws d
      while true; do time nohup aws e; done
      timeout -s KILL 10 aws f
      { aws g; }
      f() { aws h; }
      echo aws
      """
    let found = ShellScript(script).commands(running: "aws")
    #expect(
      found.map { $0.programWords.map(\.text).prefix(2) }
        == [
          ["aws", "a"], ["aws", "b"], ["aws", "c"], ["/usr/local/bin/aws", "d"], ["aws", "e"], ["aws", "f"],
          ["aws", "g"],
          ["aws", "h"],
        ].map { ArraySlice($0) }
    )
  }

  @Test func reportsAnOpenQuote() {
    let command = ShellScript("aws a --b 'unterminated\nmore").commands[0]
    #expect(command.endsInOpenQuote)
    #expect(command.words.last?.text == "unterminated\nmore")
  }

  @Test func countsUnicodeScalars() {
    let script = "echo 🔑; aws a b"
    let command = ShellScript(script).commands[1]
    #expect(command.words[0].range == 8..<11)
  }

  @Test func aBackslashEndingTheTextIsDropped() {
    #expect(words("aws sts get-caller-identity \\") == [["aws", "sts", "get-caller-identity"]])
    #expect(words("aws a\\") == [["aws", "a"]])
    #expect(words("aws a \\b") == [["aws", "a", "b"]])
  }

  @Test func arrayLiteralsAreOneAssignmentWord() {
    let script = "ARGS=( \"aws\" \"deploy\"\n  --x ) ; declare -a MORE=(aws s3) && ARGS+=(aws)\nX=(a) aws s3 ls\n"
    #expect(
      words(script) == [
        ["ARGS=( \"aws\" \"deploy\"\n  --x )"], ["declare", "-a", "MORE=(aws s3)"], ["ARGS+=(aws)"],
        ["X=(a)", "aws", "s3", "ls"],
      ]
    )
    #expect(ShellScript(script).commands(running: "aws").count == 1)
    // Not an assignment: a subshell.
    #expect(words("echo x; (aws s3 ls)") == [["echo", "x"], ["aws", "s3", "ls"]])
  }

  @Test func commandsInsideBackquotesAreFound() {
    let script = "ID=`aws ec2 describe-vpcs --query 'Vpcs[0]'` ; echo \"`aws sts get-caller-identity`\"\n"
    let found = ShellScript(script).commands(running: "aws")
    #expect(
      found.map { $0.words.map(\.text) } == [
        ["aws", "ec2", "describe-vpcs", "--query", "Vpcs[0]"], ["aws", "sts", "get-caller-identity"],
      ]
    )
    #expect(found.map(\.depth) == [1, 1])
    let outer = ShellScript(script).commands.filter { $0.depth == 0 }
    #expect(
      outer.map { $0.words.map(\.text) } == [
        ["ID=`aws ec2 describe-vpcs --query 'Vpcs[0]'`"], ["echo", "`aws sts get-caller-identity`"],
      ]
    )
    #expect(outer[0].words[0].expansions == [3..<44])
    // Inside backquotes, `\`` is a backquote of the inner command (here inside its single quotes).
    let escaped = "X=`aws cloudformation describe-stacks --query 'Outputs[?K==\\`VPC\\`].V'`\n"
    let query = ShellScript(escaped).commands(running: "aws")[0].words[4]
    #expect(query.text == "Outputs[?K==`VPC`].V")
    #expect(source(query, in: escaped) == #"'Outputs[?K==\`VPC\`].V'"#)
    let scalars = Array(escaped.unicodeScalars)
    #expect(query.offsets.map { scalars[$0] } == Array(query.text.unicodeScalars))
  }

  @Test func commandDashVAndXargsAreRead() {
    #expect(ShellScript("command -v aws >/dev/null").commands(running: "aws").isEmpty)
    #expect(ShellScript("command -V aws").commands(running: "aws").isEmpty)
    #expect(ShellScript("command aws s3 ls").commands(running: "aws").count == 1)
    let plain = ShellScript("echo q | xargs -n1 aws sqs get-queue-url --queue-name").commands(running: "aws")
    #expect(plain.map { $0.programWords.map(\.text) } == [["aws", "sqs", "get-queue-url", "--queue-name"]])
    #expect(plain.first?.argumentsFromInput == true)
    let replaced = ShellScript("xargs -I {} aws s3 rb s3://{}-logs").commands(running: "aws")
    #expect(replaced.first?.programWords.last?.expansions == [5..<7])
    let attached = ShellScript("xargs -I% aws s3 rb s3://%").commands(running: "aws")
    #expect(attached.first?.programWords.last?.expansions == [5..<6])
    #expect(ShellScript("aws s3 ls").commands[0].argumentsFromInput == false)
  }

  @Test func aProblemRightAfterAnExpansionDependsOnIt() {
    let word = ShellScript("aws x Value=${NAME}-igw").commands[0].words[2]
    #expect(word.expansions == [6..<13])
    #expect(word.touchesExpansion(13..<14))  // the `-` right after `}`
    #expect(word.touchesExpansion(8..<9))
    #expect(word.touchesExpansion(13..<13))
    #expect(!word.touchesExpansion(14..<15))
    #expect(!word.touchesExpansion(0..<5))
  }

  @Test func quotesWordsForTheShell() {
    #expect(
      ShellQuote.join(["asn=1,authKey=x", "a b", "it's", "{a=1}"]) == #"asn=1,authKey=x 'a b' 'it'\''s' '{a=1}'"#
    )
  }
}

@Suite struct ShellScriptRobustnessTests {
  /// Scripts made of shell-significant pieces at random (a fixed seed): every word's offsets point into the
  /// script, one per character, in order, inside the word's range.
  @Test func randomScriptsKeepTheirOffsetsConsistent() {
    let pieces = [
      "aws", " ", "\\\n", "\n", "'", "\"", "$(", ")", "${", "}", "`", "$((", "#", "<<EOF\n", "EOF\n", "<<-X", ";", "&&",
      "|", "&", ">", "2>&1", "\\", "$'a\\n'", "~", "=", "x", "🔑", "--opt", "(", "<(", "\t",
    ]
    var generator = SplitMix(seed: 42)
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 40) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let count = text.unicodeScalars.count
      for command in ShellScript(text).commands {
        for word in command.words {
          #expect(word.offsets.count == word.text.unicodeScalars.count, "\(text.debugDescription)")
          #expect(word.offsets == word.offsets.sorted(), "\(text.debugDescription)")
          #expect(word.offsets.allSatisfy { $0 >= 0 && $0 < count }, "\(text.debugDescription)")
          #expect(word.range.lowerBound >= 0 && word.range.upperBound <= count, "\(text.debugDescription)")
          for expansion in word.expansions {
            #expect(expansion.upperBound <= word.offsets.count, "\(text.debugDescription)")
          }
        }
      }
    }
  }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
