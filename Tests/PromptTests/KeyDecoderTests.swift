import Prompt
import Testing

@Suite struct KeyDecoderTests {
  private func keys(_ text: String) -> [Key] {
    var decoder = KeyDecoder()
    return decoder.feed(Array(text.utf8)) + decoder.flush()
  }

  @Test func textControlKeysAndEnter() {
    #expect(keys("ab\r") == [.character("a"), .character("b"), .enter])
    #expect(keys("\t\u{7f}\u{3}\u{1}") == [.tab, .backspace, .control("c"), .control("a")])
  }

  @Test func arrowsHomeEndDeleteInBothEncodings() {
    #expect(keys("\u{1b}[A\u{1b}[B\u{1b}[C\u{1b}[D") == [.up, .down, .right, .left])
    #expect(keys("\u{1b}OA\u{1b}OH\u{1b}OF") == [.up, .home, .end])
    #expect(keys("\u{1b}[1~\u{1b}[4~\u{1b}[3~\u{1b}[Z") == [.home, .end, .delete, .backTab])
    #expect(keys("\u{1b}[1;5C") == [.right])
  }

  @Test func sequencesSplitAcrossReadsWaitForTheirEnd() {
    var decoder = KeyDecoder()
    let first = decoder.feed([0x1b])
    #expect(first.isEmpty && decoder.hasPending)
    let second = decoder.feed(Array("[".utf8))
    #expect(second.isEmpty)
    let third = decoder.feed(Array("A".utf8))
    #expect(third == [.up])
    #expect(!decoder.hasPending)
  }

  @Test func escapeAloneAndAltKeys() {
    var decoder = KeyDecoder()
    let nothing = decoder.feed([0x1b])
    let flushed = decoder.flush()
    #expect(nothing.isEmpty && flushed == [.escape])
    #expect(keys("\u{1b}b\u{1b}\u{7f}") == [.alt("b"), .alt("\u{7f}")])
  }

  @Test func utf8TextEvenWhenSplit() {
    var decoder = KeyDecoder()
    let bytes = Array("é€".utf8)
    let first = decoder.feed(bytes[..<1])
    let rest = decoder.feed(bytes[1...])
    #expect(first.isEmpty && rest == [.character("é"), .character("€")])
  }
}
