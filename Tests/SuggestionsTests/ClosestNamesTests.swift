import Suggestions
import Testing

@Suite struct ClosestNamesTests {
  @Test func findsTyposAndTranspositions() {
    let names = ["addressFamily", "amazonAddress", "asn", "asnLong", "authKey", "customerAddress"]
    #expect(ClosestNames.find("adressFamily", among: names).first == "addressFamily")
    #expect(ClosestNames.find("atuhKey", among: names).first == "authKey")
    #expect(ClosestNames.find("zzzzzzzz", among: names).isEmpty)
  }

  @Test func prefersCloserNames() {
    let names = ["directconnect", "directoryservice", "ds", "dynamodb"]
    #expect(ClosestNames.find("directconect", among: names) == ["directconnect"])
  }

  @Test func distanceCountsTranspositionOnce() {
    #expect(ClosestNames.editDistance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
    #expect(ClosestNames.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
  }
}
