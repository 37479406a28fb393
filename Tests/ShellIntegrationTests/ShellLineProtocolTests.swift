import Testing

@testable import ShellIntegration

/// The request lines of `argot serve --shell-lines`.
struct ShellLineProtocolTests {
  @Test func escapingRoundTrips() {
    for text in ["", "plain", "a\tb", "a\nb\\c", "\\t is not a tab", "é\u{1F600}\t\n\\"] {
      #expect(ShellLineProtocol.unescape(ShellLineProtocol.escape(text)) == text)
      #expect(!ShellLineProtocol.escape(text).contains("\t"))
      #expect(!ShellLineProtocol.escape(text).contains("\n"))
    }
    #expect(ShellLineProtocol.unescape(#"a\qb\"#) == #"a\qb\"#)
  }

  @Test func requestsRoundTrip() throws {
    let request = ShellCompletionRequest(
      shell: .bash,
      line: "aws directconnect \\\n  create-bgp-peer --new-bgp-peer asn=1,\taddr",
      point: 20,
      wordBreaks: " \t\n=:",
      completionType: 63,
      columns: 120
    )
    #expect(try ShellCompletionRequest(protocolLine: request.protocolLine) == request)
    let zsh = ShellCompletionRequest(shell: .zsh, line: "aws dire", point: nil, columns: 100)
    #expect(try ShellCompletionRequest(protocolLine: zsh.protocolLine) == zsh)
    #expect(
      try ShellCompletionRequest(protocolLine: "fish\t\taws dire")
        == ShellCompletionRequest(shell: .fish, line: "aws dire")
    )
  }

  @Test func badRequestsNameTheField() {
    func failure(_ line: String) -> String {
      do {
        _ = try ShellCompletionRequest(protocolLine: line)
        return "no error"
      } catch {
        return error.description
      }
    }
    #expect(failure("bash 8 aws dire") == "request: expected SHELL<TAB>POINT<TAB>LINE, got 1 field")
    #expect(failure("tcsh\t8\taws dire") == "shell: \"tcsh\" is not bash, zsh or fish")
    #expect(failure("bash\tx\taws dire") == "point: \"x\" is not a number of characters")
    #expect(failure("bash\t9\taws dire") == "point: 9 is past the end of the line (8 characters)")
    #expect(failure("bash\t8\taws dire\ttype=list") == "type: \"list\" is not bash's COMP_TYPE (a number)")
    #expect(failure("bash\t8\taws dire\tcolumns=0") == "columns: \"0\" is not a positive number")
    #expect(
      failure("bash\t8\taws dire\tcolour=1")
        == "colour: unknown field (expected wordbreaks, type, columns, lines or framing)"
    )
    #expect(failure("bash\t8\taws dire\tnoequals") == "noequals: expected NAME=VALUE")
  }

  @Test func theServerAnswersEachLineAndSurvivesBadOnes() {
    let messages = MessageLog()
    let server = ShellLineServer(engine: TestEngine.embedded) { messages.append($0) }
    #expect(
      server.reply(to: "bash\t\taws directconnect create-bgp-peer --new-bgp-peer asn=1,addressF")
        == "nospace\n1,addressFamily=\n\u{1E}\n"
    )
    #expect(server.reply(to: "nonsense") == "\u{1E}\n")
    #expect(messages.entries == ["bad request: request: expected SHELL<TAB>POINT<TAB>LINE, got 1 field"])
  }

  @Test func lengthFramingGivesTheByteCountFirst() throws {
    let server = ShellLineServer(engine: TestEngine.embedded) { _ in }
    let answer = "nospace\n1,addressFamily=\n"
    #expect(
      server.reply(to: "bash\t\taws directconnect create-bgp-peer --new-bgp-peer asn=1,addressF\tframing=length")
        == "\(answer.utf8.count)\n" + answer
    )
    #expect(server.reply(to: "bash\tx\taws\tframing=length") == "0\n", "a bad request: an empty reply")
    let plain = server.reply(to: "bash\t\taws é\tlines=40")
    #expect(plain.hasSuffix("\u{1E}\n"))
    let body = String(plain.dropLast(2))
    #expect(server.reply(to: "bash\t\taws é\tframing=length\tlines=40") == "\(body.utf8.count)\n" + body)
    let request = ShellCompletionRequest(shell: .bash, line: "aws dire", completionType: 63, lines: 50)
    #expect(try ShellCompletionRequest(protocolLine: request.protocolLine) == request)
  }
}

/// Messages a server logged, kept for a test.
final class MessageLog: @unchecked Sendable {
  private(set) var entries: [String] = []
  func append(_ message: String) { entries.append(message) }
}
