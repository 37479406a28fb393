import Shorthand
import Testing

/// `ShorthandParser.position(at:in:)`: what the parser finds at an offset, the question completion asks.
@Suite struct PositionTests {
  func position(_ text: String) -> ShorthandPosition {
    ShorthandParser.position(at: text.unicodeScalars.count, in: text)
  }

  func path(_ components: ShorthandPath.Component...) -> ShorthandPath { ShorthandPath(components) }

  @Test func keysOfTheTopLevel() {
    #expect(position("") == ShorthandPosition(kind: .key(used: []), path: .root, start: 0))
    #expect(position("as") == ShorthandPosition(kind: .key(used: []), path: .root, start: 0))
    #expect(
      position("asn=1,authKey=k, ad")
        == ShorthandPosition(kind: .key(used: ["asn", "authKey"]), path: .root, start: 17)
    )
  }

  @Test func aCSVItemRunningToTheEndIsTakenForAKey() {
    #expect(position("Values=a,b") == ShorthandPosition(kind: .key(used: ["Values"]), path: .root, start: 9))
    #expect(position("Values=a,") == ShorthandPosition(kind: .key(used: ["Values"]), path: .root, start: 9))
    #expect(position("Values=a") == ShorthandPosition(kind: .value, path: path(.key("Values")), start: 7))
  }

  @Test func valuesAfterTheEqualsSign() {
    #expect(position("a=") == ShorthandPosition(kind: .value, path: path(.key("a")), start: 2))
    #expect(position("a@=fi") == ShorthandPosition(kind: .value, path: path(.key("a")), start: 3))
    #expect(position("a='x'") == ShorthandPosition(kind: .value, path: path(.key("a")), start: 2))
  }

  @Test func nestedStructuresAndLists() {
    #expect(
      position("DeviceName=x,Ebs={VolumeType=gp3,")
        == ShorthandPosition(kind: .key(used: ["VolumeType"]), path: path(.key("Ebs")), start: 33)
    )
    #expect(
      position("Tags=[{Key=a,Value=b},{K")
        == ShorthandPosition(kind: .key(used: []), path: path(.key("Tags"), .index(1)), start: 23)
    )
    #expect(position("Tags=[") == ShorthandPosition(kind: .value, path: path(.key("Tags"), .index(0)), start: 6))
    #expect(position("Tags=[a, b") == ShorthandPosition(kind: .value, path: path(.key("Tags"), .index(1)), start: 9))
    #expect(
      position("Ebs={Iops=1,VolumeType=")
        == ShorthandPosition(kind: .value, path: path(.key("Ebs"), .key("VolumeType")), start: 23)
    )
    #expect(
      position("ResourceType=i,Tags=[{Key=a}],")
        == ShorthandPosition(kind: .key(used: ["ResourceType", "Tags"]), path: .root, start: 30)
    )
  }

  @Test func nothingInsideQuotesOrAfterAClosedValue() {
    #expect(position("authKey=\"a,addr").kind == .none)
    #expect(position("Ebs={Iops=1}").kind == .none)
    #expect(position("Tags=[a]").kind == .none)
  }

  @Test func aKeyBeingTypedAfterAnErrorIsStillFound() {
    #expect(position("a=b]x,c=d,ke") == ShorthandPosition(kind: .key(used: ["a", "c"]), path: .root, start: 10))
    #expect(position("a=b]x,ke") == ShorthandPosition(kind: .key(used: ["a"]), path: .root, start: 6))
    #expect(ShorthandParser.parse("a=b]x,ke").diagnostics.count == 1)
  }

  @Test func theOffsetCutsTheText() {
    let text = "asn=1,addressFamily=ipv4"
    #expect(
      ShorthandParser.position(at: 10, in: text) == ShorthandPosition(kind: .key(used: ["asn"]), path: .root, start: 6)
    )
  }

  @Test func offsetsCountUnicodeScalars() {
    #expect(position("name=caf\u{E9}😀,ad") == ShorthandPosition(kind: .key(used: ["name"]), path: .root, start: 11))
    let parse = ShorthandParser.parse("a='\u{E9}😀x',b=[\u{FC},v]")
    #expect(parse.sourceMap[ShorthandPath([.key("a")])] == ShorthandSpan(keyRange: 0..<1, valueRange: 2..<7))
    #expect(parse.sourceMap[ShorthandPath([.key("b")])] == ShorthandSpan(keyRange: 8..<9, valueRange: 10..<15))
    #expect(parse.sourceMap[ShorthandPath([.key("b"), .index(1)])] == ShorthandSpan(valueRange: 13..<14))
    let unquoted = ShorthandParser.parse("a=\u{E9}😀x")
    #expect(unquoted.diagnostics.map(\.range) == [3..<4])
    #expect(unquoted.sourceMap[ShorthandPath([.key("a")])] == ShorthandSpan(keyRange: 0..<1, valueRange: 2..<3))
  }
}
