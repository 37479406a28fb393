import Completion
import Testing

/// Inside shorthand values: keys, values after `key=`, brackets, list items, quotes.
@Suite struct ShorthandCompletionTests {
  let engine = TestEngines.embedded
  let bgp = "aws directconnect create-bgp-peer --virtual-interface-id v --new-bgp-peer "

  @Test func keysOfTheTopStructure() throws {
    let result = engine.at(bgp)
    #expect(result.items.first?.insertText == "asn=")
    #expect(result.items.allSatisfy { $0.kind == .key && $0.noSpace && $0.insertText.hasSuffix("=") })
    #expect(result.items.map(\.label).contains("addressFamily"))
    #expect(try #require(result.items.first { $0.label == "addressFamily" }).detail == "enum")
  }

  @Test func keyBeingTyped() {
    let result = engine.at(bgp + "asn=1,addr")
    #expect(result.items.map(\.insertText) == ["addressFamily="])
    let start = bgp.unicodeScalars.count + 6
    #expect(result.replace == start..<(start + 4))
  }

  @Test func givenKeysAreNotOfferedAgain() {
    let labels = engine.at(bgp + "asn=1,authKey=k,").items.map(\.label)
    #expect(!labels.isEmpty)
    #expect(!labels.contains("asn") && !labels.contains("authKey"))
    #expect(engine.texts(bgp + "asn=1,a").allSatisfy { $0 != "asn=" })
    #expect(engine.texts(bgp + "asn=1,a").contains("addressFamily="))
    // The key being typed is not given yet.
    #expect(engine.texts(bgp + "as") == ["asn=", "asnLong="])
  }

  @Test func aListOptionsFirstValueOffersItsKeysAlone() {
    let line = "aws directconnect create-interconnect --interconnect-name n --tags "
    let items = engine.at(line).items
    #expect(!items.isEmpty)
    #expect(items.allSatisfy { $0.kind == .key })
    let next = engine.at(line + "key=a,value=b ").items
    #expect(next.first?.kind == .key && next.contains { $0.kind == .option })
  }

  @Test func enumValuesAfterKey() {
    let result = engine.at(bgp + "asn=1,addressFamily=")
    #expect(result.items.map(\.insertText) == ["ipv4", "ipv6"])
    #expect(result.items.allSatisfy { $0.kind == .value && $0.noSpace })
    #expect(engine.texts(bgp + "asn=1,addressFamily=ipv6") == ["ipv6"])
    #expect(engine.texts(bgp + "addressFamily=ipv4,asn=").isEmpty)
  }

  @Test func quotedValues() {
    let line = "aws directconnect create-bgp-peer --new-bgp-peer 'asn=1,authKey=\"a,b\",addr"
    let result = engine.at(line)
    #expect(result.items.map(\.insertText) == ["addressFamily="])
    #expect(result.replace.upperBound == line.unicodeScalars.count)
    #expect(engine.texts("aws directconnect create-bgp-peer --new-bgp-peer 'authKey=\"a,addr").isEmpty)
  }

  @Test func listOfStructuresTakesANewItemPerWord() {
    let line = "aws directconnect create-interconnect --tags key=a,value=b k"
    let result = engine.at(line)
    #expect(result.items.map(\.insertText) == ["key="])
    #expect(result.replace == (line.unicodeScalars.count - 1)..<line.unicodeScalars.count)
    #expect(engine.texts("aws directconnect create-interconnect --tags key=a,v") == ["value="])
    #expect(
      engine.texts("aws directconnect create-interconnect --tags key=a,value=b ").starts(with: ["key=", "value="])
    )
  }

  @Test func jsonValuesAreLeftAlone() {
    #expect(engine.texts(bgp + "'{\"asn\": 1, ").isEmpty)
    #expect(engine.texts(bgp + "'[").isEmpty)
  }

  @Test func cursorInsideAShorthandValue() {
    let result = engine.at(bgp + "asn=1,addr|essFamily=ipv4 --debug")
    #expect(result.items.map(\.insertText) == ["addressFamily="])
  }
}
