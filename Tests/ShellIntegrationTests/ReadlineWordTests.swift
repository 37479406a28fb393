import Testing

@testable import ShellIntegration

/// Where readline (with bash's COMP_WORDBREAKS) starts the word it completes.
struct ReadlineWordTests {
  let breaks = Set(ShellCompletionRequest.defaultWordBreaks.unicodeScalars)

  func word(_ line: String) -> (String, Unicode.Scalar?) {
    let scalars = Array(line.unicodeScalars)
    let word = ReadlineWord(line: scalars, point: scalars.count, wordBreaks: breaks)
    return (String(String.UnicodeScalarView(scalars[word.start...])), word.openQuote)
  }

  @Test func blanksEqualsAndColonsEndWords() {
    #expect(word("aws dire").0 == "dire")
    #expect(word("aws directconnect ").0 == "")
    #expect(word("--new-bgp-peer asn=64600,addressF").0 == "64600,addressF")
    #expect(word("--output=t").0 == "t")
    #expect(word("--cli-input-json file://pee").0 == "//pee")
    #expect(word("--policy-arn arn:aws:iam::aws:policy/Rea").0 == "policy/Rea")
    #expect(word("--tags key=a,value=b k").0 == "k")
  }

  @Test func commasAndBracesDoNotEndWords() {
    #expect(word("--x a,b{c[d").0 == "a,b{c[d")
  }

  @Test func anOpenQuoteStartsTheWordAfterIt() {
    let single = word("--new-bgp-peer 'asn=1,addressF")
    #expect(single.0 == "asn=1,addressF")
    #expect(single.1 == "'")
    let double = word("--new-bgp-peer \"asn=1,a\\\"b=c")
    #expect(double.0 == "asn=1,a\\\"b=c")
    #expect(double.1 == "\"")
    #expect(word("--x '").0 == "")
  }

  @Test func quotedAndEscapedBreaksDoNotEndWords() {
    #expect(word("--x 'a=b'").0 == "'a=b'")
    #expect(word("--x 'a=b'c=d").0 == "d")
    #expect(word("--x a\\=b").0 == "a\\=b")
    #expect(word("--x \"a:b\"").0 == "\"a:b\"")
  }

  @Test func atStaysInTheWord() {
    #expect(word("--x user@ho").0 == "@ho")
  }

  @Test func customWordBreaks() {
    let scalars = Array("--x asn=1,addr".unicodeScalars)
    let word = ReadlineWord(line: scalars, point: scalars.count, wordBreaks: Set(" ,".unicodeScalars))
    #expect(word.start == 10)
  }

  @Test func theCursorMayBeInsideTheLine() {
    let scalars = Array("aws dire --output json".unicodeScalars)
    #expect(ReadlineWord(line: scalars, point: 8, wordBreaks: breaks).start == 4)
    #expect(ReadlineWord(line: scalars, point: 0, wordBreaks: breaks).start == 0)
  }
}
