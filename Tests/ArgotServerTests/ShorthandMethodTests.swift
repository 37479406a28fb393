import ArgotProtocol
import ArgotServer
import JSON
import JSONRPC
import Testing

@Suite struct ShorthandMethodTests {
  func shorthand(
    _ session: TestSession,
    _ text: JSONValue,
    option: String = "--new-bgp-peer",
    operation: String = "create-bgp-peer",
    partial: Bool = false
  ) async throws -> JSONValue {
    try await session.result(
      "argot/shorthand",
      directConnect(operation, [("option", .string(option)), ("text", text), ("partial", .bool(partial))])
    )
  }

  @Test func validValue() async throws {
    let session = await TestSession.initialized()
    let result = try await shorthand(session, "asn=64600,addressFamily=ipv6")
    #expect(result == ["syntax": "shorthand", "value": ["asn": 64600, "addressFamily": "ipv6"], "diagnostics": []])
  }

  @Test func everyErrorIsReportedWithThePartialValue() async throws {
    let session = await TestSession.initialized()
    let result = try await shorthand(session, "asn=abc,adressFamily=ipv6,authKey=[x")
    let diagnostics = result["diagnostics"]?.arrayValue ?? []
    let codes = diagnostics.compactMap { $0["code"]?.stringValue }
    #expect(codes.contains("value.not-integer"))
    #expect(codes.contains("value.unknown-key"))
    #expect(codes.contains { $0.hasPrefix("shorthand.") })
    #expect(diagnostics.allSatisfy { $0["option"] == "--new-bgp-peer" && $0["word"] == 0 })
    let starts = diagnostics.compactMap { $0["range"]?["start"]?.integerValue }
    #expect(starts == starts.sorted())
    #expect(result["value"]?["asn"] == "abc")
    #expect(result["value"]?["adressFamily"] != nil)
    #expect(diagnostics.first?["range"] == ["start": 4, "end": 7])
  }

  @Test func constraintsAreChecked() async throws {
    let session = await TestSession.initialized()
    let result = try await shorthand(session, "asn=1,addressFamily=ipv5")
    let diagnostic = result["diagnostics"]?.arrayValue?.first
    #expect(diagnostic?["severity"] == "warning")
    #expect(diagnostic?["code"] == "value.enum")
    #expect(diagnostic?["path"] == "addressFamily")
  }

  @Test func partialDropsMissingMembers() async throws {
    let session = await TestSession.initialized()
    // Tag's `key` is required.
    let full = try await shorthand(session, "value=x", option: "--tags", operation: "create-interconnect")
    #expect(full["diagnostics"]?.arrayValue?.contains { $0["code"] == "value.missing-required" } == true)
    let partial = try await shorthand(
      session,
      "value=x",
      option: "--tags",
      operation: "create-interconnect",
      partial: true
    )
    #expect(partial["diagnostics"] == [])
    #expect(partial["value"] == [["value": "x"]])
  }

  @Test func listOptionsTakeSeveralWords() async throws {
    let session = await TestSession.initialized()
    let result = try await shorthand(
      session,
      ["key=team,value=net", "key=env,valu=prod"],
      option: "--tags",
      operation: "create-interconnect"
    )
    #expect(result["value"]?.arrayValue?.count == 2)
    let diagnostic = result["diagnostics"]?.arrayValue?.first
    #expect(diagnostic?["word"] == 1)
    #expect(diagnostic?["path"] == "[1].valu")
    #expect(diagnostic?["range"] == ["start": 8, "end": 12])
  }

  @Test func utf16RangesInTheText() async throws {
    let session = await TestSession.initialized()
    let result = try await shorthand(session, "authKey=🔑🔑,asn=x")
    let diagnostic = try #require(result["diagnostics"]?.arrayValue?.first { $0["path"] == "asn" })
    #expect(diagnostic["range"] == ["start": 15, "end": 16])
    #expect(diagnostic["utf16Range"] == ["start": 17, "end": 18])
  }

  @Test func jsonTextIsReadAsJSON() async throws {
    let session = await TestSession.initialized()
    let valid = try await shorthand(session, #"{"asn": 1, "addressFamily": "ipv4"}"#)
    #expect(valid == ["syntax": "json", "value": ["asn": 1, "addressFamily": "ipv4"], "diagnostics": []])
    let broken = try await shorthand(session, #"{"asn": "#)
    #expect(broken["syntax"] == "json")
    #expect(broken["value"] == .null)
    #expect(broken["diagnostics"]?.arrayValue?.first?["code"] == "invalid-json")
    #expect(broken["diagnostics"]?.arrayValue?.first?["word"] == 0)
    let typed = try await shorthand(session, #"{"asn": "x"}"#)
    #expect(
      typed["diagnostics"]?.arrayValue?.first?["path"] == "newBGPPeer.asn"
        || typed["diagnostics"]?.arrayValue?.first?["path"] == "asn"
    )
  }

  @Test func optionsWithoutShorthandAreRefused() async {
    let session = await TestSession.initialized()
    let scalar = await session.error(
      "argot/shorthand",
      directConnect("create-bgp-peer", [("option", "--virtual-interface-id"), ("text", "x")])
    )
    #expect(scalar?.code == .notShorthand)
    #expect(scalar?.data == ["option": "--virtual-interface-id", "type": "string"])
    let global = await session.error(
      "argot/format",
      directConnect("create-bgp-peer", [("option", "--cli-input-json"), ("value", [:])])
    )
    #expect(global?.code == .notShorthand)
  }

  @Test func formatWritesShorthandThatReadsBack() async throws {
    let session = await TestSession.initialized()
    let values: [(String, String, JSONValue)] = [
      ("create-bgp-peer", "--new-bgp-peer", ["asn": 64600, "addressFamily": "ipv6", "authKey": "a,b {c}"]),
      ("create-interconnect", "--tags", [["key": "team", "value": "net work"], ["key": "env", "value": "a=b/c"]]),
    ]
    for (operation, option, value) in values {
      let formatted = try await session.result(
        "argot/format",
        directConnect(operation, [("option", .string(option)), ("value", value)])
      )
      #expect(formatted["syntax"] == "shorthand")
      let words = formatted["words"] ?? .null
      let read = try await session.result(
        "argot/shorthand",
        directConnect(operation, [("option", .string(option)), ("text", words)])
      )
      #expect(read["value"] == value, "\(formatted.serialized())")
      #expect(read["diagnostics"] == [])
    }
  }

  @Test func formatQuotesForTheShell() async throws {
    let session = await TestSession.initialized()
    let plain = try await session.result(
      "argot/format",
      directConnect("create-bgp-peer", [("option", "--new-bgp-peer"), ("value", ["asn": 1])])
    )
    #expect(plain == ["syntax": "shorthand", "words": ["asn=1"], "text": "asn=1"])
    let tags = try await session.result(
      "argot/format",
      directConnect("create-interconnect", [("option", "--tags"), ("value", [["key": "a b", "value": "it's"]])])
    )
    #expect(tags["words"] == [#"key=a b,value="it's""#])
    #expect(tags["text"] == #"'key=a b,value="it'\''s"'"#)
  }

  @Test func formatFallsBackToJSON() async throws {
    let session = await TestSession.initialized()
    // A number where the model wants a string cannot come back from shorthand.
    let value: JSONValue = ["asn": 1, "authKey": 5]
    let result = try await session.result(
      "argot/format",
      directConnect("create-bgp-peer", [("option", "--new-bgp-peer"), ("value", value)])
    )
    #expect(result["syntax"] == "json")
    #expect(result["words"] == [.string(value.serialized())])
    #expect(result["text"] == .string("'" + value.serialized() + "'"))
  }
}
