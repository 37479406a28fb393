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

@Suite struct ClosestNamesBoundsTests {
  /// The banded distance agrees with the full one whenever the full one is within the limit.
  @Test func bandedDistanceAgreesWithFullDistance() {
    let words = [
      "", "a", "ab", "ba", "abc", "kitten", "sitting", "sqs", "sns", "ssm", "directconnect", "dirctconnect",
      "ec2", "ecs", "cloudformation", "cloudfront", "send-message", "send-message-batch", "receive-message",
    ]
    for a in words {
      for b in words {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        let full = ClosestNames.editDistance(x, y)
        for limit in 0...6 {
          let banded = ClosestNames.editDistance(x, y, limit: limit)
          #expect(banded == (full <= limit ? full : limit + 1), "\(a) / \(b) limit \(limit)")
        }
      }
    }
  }

  /// A megabyte-long name is answered at once, with no suggestions.
  @Test func hugeNameIsAnsweredQuickly() {
    let huge = String(repeating: "s", count: 1_000_000)
    let candidates = (0..<500).map { "service-name-\($0)" } + ["sqs", "sns"]
    let clock = ContinuousClock()
    let elapsed = clock.measure { #expect(ClosestNames.find(huge, among: candidates).isEmpty) }
    #expect(elapsed < .seconds(1))
  }

  /// A name just past the length limit gets no suggestions even when a candidate would contain it.
  @Test func namesPastTheLimitAreNotCompared() {
    let long = String(repeating: "q", count: ClosestNames.maximumNameLength + 1)
    #expect(ClosestNames.find(long, among: [long + "x"]).isEmpty)
    let fits = String(repeating: "q", count: 20)
    #expect(ClosestNames.find(fits, among: [fits + "x"]) == [fits + "x"])
  }
}
