import Prompt
import Testing

@Suite struct FuzzyMatcherTests {
  @Test func exactThenPrefixThenSubstringThenSubsequence() {
    let names = ["describe-connections", "create-connection", "connection", "delete-connection", "confirm-connection"]
    #expect(
      FuzzyMatcher.filter(names, by: "connection", name: { $0 }) == [
        "connection", "create-connection", "delete-connection", "confirm-connection", "describe-connections",
      ]
    )
    #expect(FuzzyMatcher.filter(names, by: "conn", name: { $0 }).first == "connection")
  }

  @Test func subsequencesRankByTightness() {
    let names = ["create-bgp-peer", "create-public-virtual-interface", "delete-bgp-peer", "describe-virtual-gateways"]
    #expect(FuzzyMatcher.filter(names, by: "cbgp", name: { $0 }) == ["create-bgp-peer"])
    #expect(FuzzyMatcher.filter(names, by: "bgp", name: { $0 }) == ["create-bgp-peer", "delete-bgp-peer"])
    #expect(FuzzyMatcher.filter(names, by: "dvg", name: { $0 }) == ["describe-virtual-gateways"])
  }

  @Test func caseInsensitiveAndNoMatch() {
    #expect(FuzzyMatcher.match("DIRC", in: "directconnect") != nil)
    #expect(FuzzyMatcher.match("xyz", in: "directconnect") == nil)
    #expect(FuzzyMatcher.match("tcd", in: "directconnect") == nil)
  }

  @Test func emptyPatternKeepsOrder() {
    #expect(FuzzyMatcher.filter(["b", "a"], by: "", name: { $0 }) == ["b", "a"])
  }
}
