import CLISchema
import JSON
import Testing

@testable import Invocation

/// Long commands are checked with work proportional to their length: the validation looks up each list item's
/// recorded sources in a grouped index instead of going over every source of the command for every item.
@Suite struct LongCommandTests {
  let parser = InvocationParser(catalog: TestCatalog.embedded)
  static let interconnect =
    "aws directconnect create-interconnect --bandwidth 1Gbps --location EqDC2 --interconnect-name x --tags"

  /// `--tags key=k1,value=v1 key=k2,value=v2 …`, with the item at `unknownKeyAt` written with a misspelt key.
  static func tags(_ count: Int, unknownKeyAt: Int? = nil) -> String {
    (0..<count).map { index in index == unknownKeyAt ? "kye=k\(index),value=v\(index)" : "key=k\(index),value=v\(index)"
    }
    .joined(separator: " ")
  }

  @Test func sourcesVisitedGrowLinearlyWithTheItems() {
    var visited: [Int] = []
    for count in [500, 2_000] {
      let result = parser.parse(line: Self.interconnect + " " + Self.tags(count))
      #expect(result.isValid)
      guard case .object(let parameters) = result.parameters, case .array(let tags)? = parameters["tags"] else {
        Issue.record("no tags in \(result.parameters)")
        return
      }
      #expect(tags.count == count)
      visited.append(result.sourceEntriesVisited)
    }
    // Each item records three sources (the item, its key, its value); the member's words and each item's map
    // are read once: about 6 per item. Going over every source for each item would be 3 × count per item.
    #expect(visited[0] > 0)
    #expect(visited[0] <= 8 * 500)
    #expect(visited[1] <= 8 * 2_000)
  }

  @Test func anErrorDeepInALongListPointsAtItsWord() {
    let count = 3_000
    let result = parser.parse(line: Self.interconnect + " " + Self.tags(count, unknownKeyAt: 2_345))
    let unknown = result.errors.filter { $0.code == .unknownParameter }
    #expect(unknown.count == 1)
    #expect(unknown.first?.path == "[2345].kye")
    // `aws directconnect create-interconnect` and its eight option words come first.
    #expect(unknown.first?.location?.wordIndex == 10 + 2_345)
    #expect(unknown.first?.location?.range == 0..<3)
    #expect(result.sourceEntriesVisited <= 8 * count)
  }

  @Test func theIndexHandsOutEachItemsSourcesOnce() {
    var sources: [ValuePath: ValueSource] = [:]
    let member = ValuePath.root.appending(key: "Tags")
    let count = 4_000
    for index in 0..<count {
      let item = member.appending(index: index)
      sources[item] = ValueSource(option: "--tags", word: index, valueRange: 0..<9)
      sources[item.appending(key: "Key")] = ValueSource(option: "--tags", word: index, valueRange: 4..<6)
      sources[item.appending(key: "Value")] = ValueSource(option: "--tags", word: index, valueRange: 7..<9)
    }
    var index = ValueSourceIndex(sources)
    #expect(index.entries(under: member).count == 3 * count)
    for position in 0..<count {
      let entries = index.entries(under: member.appending(index: position))
      #expect(entries.count == 3)
      #expect(entries.allSatisfy { $0.source.word == position })
    }
    #expect(index.entriesVisited == 6 * count)
    // Deeper bases are answered too, by going over every source.
    let deep = index.entries(under: member.appending(index: 7).appending(key: "Key"))
    #expect(deep.map(\.path) == [member.appending(index: 7).appending(key: "Key")])
  }
}
