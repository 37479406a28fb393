import ShellScript
import Testing

@Suite struct ShellQuoteTests {
  @Test(arguments: [
    ("asn=1,addressFamily=ipv6", "asn=1,addressFamily=ipv6"),
    ("key=a b", "'key=a b'"),
    ("{k=v,w=x}", "'{k=v,w=x}'"),
    ("it's", #"'it'\''s'"#),
    ("", "''"),
    ("~/file", "'~/file'"),
    ("$HOME", "'$HOME'"),
    ("é", "'é'"),
    ("a=[1,2]", "'a=[1,2]'"),
    ("=ls", "'=ls'"),
  ])
  func posixQuoting(_ word: String, _ quoted: String) {
    #expect(ShellQuote.quote(word) == quoted)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("it's", #"'it\'s'"#),
    (#"a\b"#, #"'a\\b'"#),
    ("{k=v}", "'{k=v}'"),
  ])
  func fishQuoting(_ word: String, _ quoted: String) {
    #expect(ShellQuote.quote(word, style: .fish) == quoted)
  }

  @Test func singleQuotedAlwaysQuotes() {
    #expect(ShellQuote.singleQuoted("/usr/bin/argot") == "'/usr/bin/argot'")
    #expect(ShellQuote.singleQuoted("/a b/it's") == #"'/a b/it'\''s'"#)
    #expect(ShellQuote.singleQuoted(#"/a b/it's\x"#, style: .fish) == #"'/a b/it\'s\\x'"#)
  }

  /// The lexer reads quoted words back as they were, with nothing left for the shell to expand.
  @Test func theLexerReadsQuotedWordsBack() {
    let words = ["aws", "Tags=[{Key=Name,Value=x}]", "a b", "it's", "", "*.json", "$HOME", "~/f", "x\ny", "é;|&"]
    let split = ShellCommandLine(ShellQuote.join(words))
    #expect(split.arguments == words)
    #expect(split.words.allSatisfy { $0.facts.isEmpty && !$0.hasExpansion })
  }
}
