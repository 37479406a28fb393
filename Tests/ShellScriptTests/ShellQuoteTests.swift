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
}
