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
    #expect(bash(result(Array(two.prefix(1)), 10..<10), line, type: 63) == "space\nipv4\n")
    let long = [
      CompletionItem(label: "a", kind: .value, documentation: String(repeating: "word ", count: 40)),
      CompletionItem(label: "b", kind: .value),
    ]
    #expect(bash(result(long, 10..<10), line, type: 63, columns: 30) == "space\na  (word word word word wor…)\nb\n")
  }

  @Test func bashKeepsTheCandidatesCommonPrefixWhenListing() {
    // Listed as `a      (z)` and `a  (z`, the entries would share `a  `, and readline would insert that: the
    // candidates are listed bare instead.
    let line = "aws x --y \""
    let items = [
      CompletionItem(label: "a", kind: .value, documentation: "z"),
      CompletionItem(label: "a  (z", kind: .value),
    ]
    #expect(bash(result(items, 11..<11), line, type: 63) == "space\na\na  (z\n")
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

  @Test func fishWritesWholeUnquotedTokens() {
    let line = "aws x --y \"asn=1,a"
    let scalars = Array(line.unicodeScalars)
    let items = [CompletionItem(label: "addressFamily", insertText: "addressFamily=", kind: .key, noSpace: true)]
    let text = FishCompletion().render(result(items, 17..<18), line: scalars, point: scalars.count)
    #expect(text == "asn=1,addressFamily=\n")
  }
}
