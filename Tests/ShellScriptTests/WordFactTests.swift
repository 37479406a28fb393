import ShellScript
import Testing

/// The facts of each word of a one-command line, as `kind text-of-range`.
private func facts(_ line: String) -> [[String]] {
  ShellCommandLine(line).words.map { word in
    let scalars = Array(word.text.unicodeScalars)
    return word.facts.map { "\($0.kind.rawValue) \(String(String.UnicodeScalarView(scalars[$0.range])))" }
  }
}

@Suite struct WordFactTests {
  @Test func unquotedBracesWithACommaExpand() {
    // bash turns this one word into `Tags=[Key=Name]` and `Tags=[Value=x]`.
    #expect(
      facts("aws --tags Tags=[{Key=Name,Value=x}]")[2] == [
        "glob [{Key=Name,Value=x}]", "braceExpansion {Key=Name,Value=x}",
      ]
    )
    #expect(
      facts("echo a{b,c}d {x,{y,z}}") == [
        [], ["braceExpansion {b,c}"], ["braceExpansion {x,{y,z}}", "braceExpansion {y,z}"],
      ]
    )
  }

  /// bash's own rules, checked against bash on 3,900 generated words: a `}` before any comma is literal, a
  /// nested `{…}` without a comma is part of its item, and a word-initial `{}` is left alone.
  @Test func bashMatchesBracesAfterTheirComma() {
    #expect(
      facts("echo {x}y,z} {a{b},c} {x}{a,b} {x{a,b} {},} a{},}") == [
        [], ["braceExpansion {x}y,z}"], ["braceExpansion {a{b},c}"], ["braceExpansion {a,b}"],
        ["braceExpansion {a,b}"], [], ["braceExpansion {},}"],
      ]
    )
  }

  @Test func sequencesExpandToo() {
    #expect(
      facts("echo {1..3} {a..e..2} {1..x} {1...3}") == [
        [], ["braceExpansion {1..3}"], ["braceExpansion {a..e..2}"], [], [],
      ]
    )
  }

  @Test func bracesWithoutACommaOrQuotedStayLiteral() {
    #expect(facts(#"aws --x {a} {} '{a,b}' "{a,b}" \{a,b} {a\,b} a={"k":1}"#).allSatisfy { $0.isEmpty })
    #expect(facts(#"aws --x ${A,B} $(echo {a,b}) "${x}"{a,b}"#) == [[], [], [], [], ["braceExpansion {a,b}"]])
  }

  @Test func globCharactersAndBracketExpressions() {
    #expect(
      facts("ls *.json a?c [ab]x [x --q 'x[]' a[]b]") == [
        [], ["glob *"], ["glob ?"], ["glob [ab]"], [], [], [], ["glob []b]"],
      ]
    )
    #expect(facts(#"aws --query Reservations[].Instances[].Id"#)[2] == ["glob [].Instances[]"])
  }

  @Test func factsMapBackToTheLine() throws {
    let line = #"aws --tags 'K'=V,Tags={a,b}"#
    let word = ShellCommandLine(line).words[2]
    let fact = try #require(word.facts.first)
    #expect(fact.kind == .braceExpansion)
    #expect(word.lineRange(of: fact.range) == 22..<27)
  }

  @Test func scriptWordsCarryFactsToo() {
    let command = ShellScript("x=1\naws ec2 run --tag-specifications Tags=[{Key=a,Value=b}] | cat\n").commands[1]
    #expect(command.words[4].facts.map(\.kind) == [.glob, .braceExpansion])
  }
}
