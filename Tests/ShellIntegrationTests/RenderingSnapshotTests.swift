import Completion
import Testing
import TextSnapshots

@testable import ShellIntegration

/// What each shell's script receives for the seed commands and the shorthand positions (snapshots of
/// `Snapshots/renderings.txt`, on the embedded Direct Connect default; `RECORD_SNAPSHOTS=1` rewrites them).
struct RenderingSnapshotTests {
  static let lines = [
    "aws dire",
    "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=64600,addressF",
    "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=64600,addressFamily=",
    "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=64600,addressFamily=ipv",
    "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addr",
    "aws directconnect create-bgp-peer --new-bgp-peer asn=1,",
    "aws directconnect create-bgp-peer --new-bgp-peer 'asn=1,addressF",
    "aws directconnect create-bgp-peer --new-bgp-peer \"asn=1,addressFamily=",
    "aws directconnect create-interconnect --interconnect-name x --bandwidth 10Gbps --location EqDC2 --tags key=a,value=b k",
    "aws directconnect create-interconnect --interconnect-name x --bandwidth 10Gbps --location EqDC2 --tags key=a,v",
    "aws --output=t",
    "aws --output t",
    "sudo aws directconnect describe-vi",
    "a directconnect create-bgp-peer --new-bgp-peer asn=1,addressFamily=",
  ]

  func render(_ line: String) -> String {
    var text = "## \(line)\n"
    for (title, request) in [
      ("bash", ShellCompletionRequest(shell: .bash, line: line)),
      ("bash listing (COMP_TYPE 63)", ShellCompletionRequest(shell: .bash, line: line, completionType: 63)),
      ("zsh", ShellCompletionRequest(shell: .zsh, line: line)),
      ("fish", ShellCompletionRequest(shell: .fish, line: line)),
    ] {
      text += "-- \(title)\n" + request.answer(using: TestEngine.embedded)
    }
    return text
  }

  @Test func renderings() throws {
    try Snapshot.check(Self.lines.map(render).joined(separator: "\n"), named: "renderings.txt")
  }

  @Test func theCursorInsideTheLine() {
    let line = "aws directconnect create-bgp-peer --new-bgp-peer asn=1,addressF --virtual-interface-id x"
    let request = ShellCompletionRequest(shell: .bash, line: line, point: 63)
    #expect(request.answer(using: TestEngine.embedded) == "nospace\n1,addressFamily=\n")
  }
}

/// The renderings on hand-made results: escaping, what is left out, and when descriptions are shown.
struct RenderingTests {
  func result(_ items: [CompletionItem], _ replace: Range<Int>) -> CompletionResult {
    CompletionResult(items: items, replace: replace)
  }

  func bash(_ result: CompletionResult, _ line: String, type: Int = 9, columns: Int = 80) -> String {
    let scalars = Array(line.unicodeScalars)
    return BashCompletion(completionType: type, columns: columns).render(result, line: scalars, point: scalars.count)
  }

  @Test func bashEscapesWhatTheShellWouldRead() {
    let line = "aws x --y Key="
    let items = [
      CompletionItem(label: "{", kind: .structure, noSpace: true),
      CompletionItem(label: "a b", kind: .value),
      CompletionItem(label: "$x;", kind: .value),
    ]
    #expect(bash(result(items, 14..<14), line) == "nospace\n\\{\na\\ b\n\\$x\\;\n")
    let quoted = "aws x --y \"Key="
    #expect(bash(result(items, 15..<15), quoted) == "nospace\nKey={\nKey=a b\nKey=\\$x;\n")
    let single = "aws x --y 'Key="
    let withQuote = [CompletionItem(label: "it's", kind: .value), CompletionItem(label: "ok", kind: .value)]
    #expect(bash(result(withQuote, 15..<15), single) == "space\nKey=ok\n")
  }

  @Test func bashDropsWhatItCannotInsertAndDuplicates() {
    // The engine replaces `file:` too; bash replaces only what follows the `:`.
    let line = "aws x --y file:"
    let items = [
      CompletionItem(label: "file://", kind: .file, noSpace: true),
      CompletionItem(label: "fileb://", kind: .file, noSpace: true),
      CompletionItem(label: "file://", kind: .file, noSpace: true),
    ]
    #expect(bash(result(items, 10..<15), line) == "nospace\n//\n")
  }

  @Test func bashDescribesOnlyWhenListingTwoOrMore() {
    let line = "aws x --y "
    let two = [
      CompletionItem(label: "ipv4", kind: .value, documentation: "Version 4."),
      CompletionItem(label: "ipv6", kind: .value, documentation: "Version 6."),
    ]
    #expect(bash(result(two, 10..<10), line) == "space\nipv4\nipv6\n")
    #expect(bash(result(two, 10..<10), line, type: 37) == "space\nipv4\nipv6\n")
    #expect(bash(result(two, 10..<10), line, type: 63) == "space\nipv4  (Version 4.)\nipv6  (Version 6.)\n")
    #expect(bash(result(two, 10..<10), line, type: 33) == "space\nipv4  (Version 4.)\nipv6  (Version 6.)\n")
    #expect(bash(result(two, 10..<10), "aws x --y i", type: 33) == "space\nipv4  (Version 4.)\nipv6  (Version 6.)\n")
    #expect(bash(result(Array(two.prefix(1)), 10..<10), line, type: 63) == "space\nipv4\n")
    let long = [
      CompletionItem(label: "a", kind: .value, documentation: String(repeating: "word ", count: 40)),
      CompletionItem(label: "b", kind: .value),
    ]
    #expect(bash(result(long, 10..<10), line, type: 63, columns: 30) == "space\na  (word word word word wor…)\nb\n")
  }

  @Test func bashKeepsTheCandidatesCommonPrefixWhenListing() {
    // Listed as `a      (z)` and `a  (z`, the entries would share `a  `; on a second Tab (63) readline inserts
    // nothing, but with show-all-if-ambiguous (33) it would insert that: the candidates are given bare then.
    let line = "aws x --y \""
    let items = [
      CompletionItem(label: "a", kind: .value, documentation: "z"),
      CompletionItem(label: "a  (z", kind: .value),
    ]
    #expect(bash(result(items, 11..<11), line, type: 63) == "space\na      (z)\na  (z\n")
    #expect(bash(result(items, 11..<11), line, type: 33) == "space\na\na  (z\n")
  }

  @Test func bashListsOnlyThePartAfterTheBreak() {
    // The word readline replaces is `64600,a`; the listing shows the keys.
    let line = "aws x --y asn=64600,a"
    let items = [
      CompletionItem(
        label: "addressFamily",
        insertText: "addressFamily=",
        kind: .key,
        documentation: "F.",
        noSpace: true
      ),
      CompletionItem(label: "authKey", insertText: "authKey=", kind: .key, noSpace: true),
    ]
    #expect(bash(result(items, 20..<21), line) == "nospace\n64600,addressFamily=\n64600,authKey=\n")
    #expect(bash(result(items, 20..<21), line, type: 63) == "nospace\naddressFamily=  (F.)\nauthKey=\n")
    // `a` is shorter than the word `64600,a`: readline inserts nothing with show-all-if-ambiguous either.
    #expect(bash(result(items, 20..<21), line, type: 33) == "nospace\naddressFamily=  (F.)\nauthKey=\n")
    let files = [
      CompletionItem(label: "peer.json", insertText: "file://dir/peer.json", kind: .file),
      CompletionItem(label: "sub/", insertText: "file://dir/sub/", kind: .file, noSpace: true),
    ]
    #expect(bash(result(files, 10..<21), "aws x --y file://dir/", type: 63) == "nospace\npeer.json\nsub/\n")
  }

  @Test func bashDescribesOnlyWhatFitsTheScreen() {
    let line = "aws x --y "
    let many = (0..<30).map { CompletionItem(label: "v\($0)", kind: .value, documentation: "Value \($0).") }
    let scalars = Array(line.unicodeScalars)
    let tall = BashCompletion(completionType: 63, lines: 40).render(result(many, 10..<10), line: scalars, point: 10)
    #expect(tall.split(separator: "\n").dropFirst().allSatisfy { $0.contains("(Value ") })
    let short = BashCompletion(completionType: 63, lines: 24).render(result(many, 10..<10), line: scalars, point: 10)
    #expect(short == "space\n" + many.map { $0.label + "\n" }.joined(), "bare, so readline puts them in columns")
  }

  @Test func bashKeepsAnOpenQuoteOpen() {
    // A single match inside an open quote: a second entry keeps readline from closing the quote.
    let line = "aws x --y 'asn=1,addressF"
    let key = [
      CompletionItem(
        label: "addressFamily",
        insertText: "addressFamily=",
        kind: .key,
        documentation: "The family.",
        noSpace: true
      )
    ]
    #expect(
      bash(result(key, 17..<25), line) == "nospace\nasn=1,addressFamily=\nasn=1,addressFamily=  (The family.)\n"
    )
    // A value that ends the word may close it; so may menu completion, which cycles through the entries.
    let value = [CompletionItem(label: "ipv4", kind: .value)]
    #expect(bash(result(value, 31..<32), "aws x --y 'asn=1,addressFamily=i") == "space\nasn=1,addressFamily=ipv4\n")
    #expect(bash(result(key, 17..<25), line, type: 63) == "nospace\nasn=1,addressFamily=\n", "a listing shows it once")
    #expect(bash(result(key, 17..<25), line, type: 37) == "nospace\nasn=1,addressFamily=\n")
    // Outside quotes nothing changes.
    #expect(bash(result(key, 16..<24), "aws x --y asn=1,addressF") == "nospace\n1,addressFamily=\n")
  }

  @Test func zshGroupsRunsAndPadsDescriptions() {
    let line = "aws x --y asn=1,"
    let scalars = Array(line.unicodeScalars)
    let items = [
      CompletionItem(label: "asnLong", insertText: "asnLong=", kind: .key, documentation: "Long.", noSpace: true),
      CompletionItem(label: "authKey", insertText: "authKey=", kind: .key, noSpace: true),
      CompletionItem(label: "--debug", kind: .option),
    ]
    let text = ZshCompletion().render(result(items, 16..<16), line: scalars, point: scalars.count)
    #expect(
      text
        == "asn=1,\nkey\tnospace\tasnLong=\tasnLong=  -- Long.\nkey\tnospace\tauthKey=\tauthKey=\noption\tspace\t--debug\t\n"
    )
  }

  @Test func zshEndsWithTheLiveMessage() {
    let line = "aws ec2 terminate-instances --instance-ids "
    let scalars = Array(line.unicodeScalars)
    let pending = CompletionResult(
      items: [],
      replace: 43..<43,
      message: "listing ec2 describe-instances…",
      isIncomplete: true
    )
    #expect(
      ZshCompletion().render(pending, line: scalars, point: scalars.count)
        == "\nmessage\tspace\t\tlisting ec2 describe-instances…\n"
    )
    #expect(ZshCompletion().render(result([], 43..<43), line: scalars, point: scalars.count) == "\n")
  }

  @Test func fishWritesWholeUnquotedTokens() {
    let line = "aws x --y \"asn=1,a"
    let scalars = Array(line.unicodeScalars)
    let items = [CompletionItem(label: "addressFamily", insertText: "addressFamily=", kind: .key, noSpace: true)]
    let text = FishCompletion().render(result(items, 17..<18), line: scalars, point: scalars.count)
    #expect(text == "asn=1,addressFamily=\n")
  }
}
