import ArgotProtocol
import ArgotServer
import CLISchema
import Invocation
import JSON
import JSONRPC
import Testing

@Suite struct ParseTests {
  static let bgpLine =
    "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=abc,adressFamily=ipv6"

  @Test func parseLineGivesParamsAndDiagnostics() async throws {
    let session = await TestSession.initialized()
    let result = try await session.result("argot/parse", ["line": .string(Self.bgpLine)])
    #expect(result["command"] == ["service": "directconnect", "operation": "create-bgp-peer"])
    #expect(
      result["params"] == ["virtualInterfaceId": "dxvif-1", "newBGPPeer": ["asn": "abc", "adressFamily": "ipv6"]]
    )
    let diagnostics = result["diagnostics"]?.arrayValue ?? []
    #expect(diagnostics.map { $0["code"] } == ["invalid-integer", "unknown-parameter"])
    let start = Array(Self.bgpLine.unicodeScalars).count - "abc,adressFamily=ipv6".count
    #expect(diagnostics.first?["range"] == ["start": .integer(Int64(start)), "end": .integer(Int64(start + 3))])
    #expect(diagnostics.first?["utf16Range"] == diagnostics.first?["range"])
    #expect(diagnostics.first?["word"] == 6)
    #expect(diagnostics.first?["option"] == "--new-bgp-peer")
    #expect(diagnostics.first?["path"] == "asn")
    #expect(
      diagnostics.last?["suggestions"] == ["addressFamily"]
        || diagnostics.last?["message"]?.stringValue?.contains("addressFamily") == true
    )
  }

  @Test func argvRangesAreInTheWord() async throws {
    let session = await TestSession.initialized()
    let argv: [JSONValue] = [
      "aws", "directconnect", "create-bgp-peer", "--virtual-interface-id", "dxvif-1",
      "--new-bgp-peer", "asn=abc",
    ]
    let result = try await session.result("argot/parse", ["argv": .array(argv)])
    let first = result["diagnostics"]?.arrayValue?.first
    #expect(first?["word"] == 6)
    #expect(first?["range"] == ["start": 4, "end": 7])
  }

  @Test func utf16RangesCountSurrogatePairs() async throws {
    let session = await TestSession.initialized()
    // "😀" is one character and two UTF-16 code units: everything after it shifts by one in UTF-16.
    let line = "aws directconnect create-bgp-peer --virtual-interface-id 😀 --new-bgp-peer asn=x"
    let result = try await session.result("argot/parse", ["line": .string(line)])
    let diagnostic = try #require(result["diagnostics"]?.arrayValue?.first { $0["code"] == "invalid-integer" })
    let start = Int64(Array(line.unicodeScalars).count - 1)
    #expect(diagnostic["range"] == ["start": .integer(start), "end": .integer(start + 1)])
    #expect(diagnostic["utf16Range"] == ["start": .integer(start + 1), "end": .integer(start + 2)])
  }

  @Test func partialDropsMissingRequired() async throws {
    let session = await TestSession.initialized()
    let line = "aws directconnect create-interconnect --interconnect-name x"
    let full = try await session.result("argot/validate", ["line": .string(line)])
    #expect(full["diagnostics"]?.arrayValue?.contains { $0["code"] == "missing-required-option" } == true)
    let partial = try await session.result("argot/validate", ["line": .string(line), "partial": true])
    #expect(partial["diagnostics"] == [])
  }

  @Test func unknownServiceIsADiagnosticWithSuggestions() async throws {
    let session = await TestSession.initialized()
    let result = try await session.result("argot/parse", ["argv": ["aws", "directconect", "create-bgp-peer"]])
    let diagnostic = result["diagnostics"]?.arrayValue?.first
    #expect(diagnostic?["code"] == "unknown-service")
    #expect(diagnostic?["suggestions"] == ["directconnect"])
    #expect(result["command"] == .null)
  }

  @Test func validateMatchesParse() async throws {
    let session = await TestSession.initialized()
    let parsed = try await session.result("argot/parse", ["line": .string(Self.bgpLine)])
    let validated = try await session.result("argot/validate", ["line": .string(Self.bgpLine)])
    #expect(validated == ["diagnostics": parsed["diagnostics"] ?? .null])
  }

  @Test func validateInputDocument() async throws {
    let session = await TestSession.initialized()
    let text = #"{"newBGPPeer": {"asn": "x"}, "bogus": 1}"#
    let result = try await session.result(
      "argot/validate",
      directConnect("create-bgp-peer", [("input", .string(text))])
    )
    let diagnostics = result["diagnostics"]?.arrayValue ?? []
    #expect(diagnostics.map { $0["code"] } == ["invalid-type", "unknown-parameter"])
    #expect(diagnostics.first?["range"] == ["start": 23, "end": 26])
    #expect(diagnostics.first?["word"] == .null)
    #expect(diagnostics.last?["path"] == "bogus")

    let asObject = try await session.result(
      "argot/validate",
      directConnect(
        "create-bgp-peer",
        [
          (
            "input",
            [
              "virtualInterfaceId": "v",
              "newBGPPeer": [
                "asn": 1, "addressFamily": "ipv4",
              ],
            ]
          )
        ]
      )
    )
    #expect(asObject["diagnostics"] == [])

    let unknown = await session.error(
      "argot/validate",
      directConnect("create-bgp-pear", [("input", "{}")])
    )
    #expect(unknown?.code == .unknownOperation)
  }

  @Test func diagnosticsMatchTheEngine() async throws {
    let catalog = TestCatalogs.embedded()
    let session = await TestSession.initialized(catalog: catalog)
    let input = CommandInput.line(Self.bgpLine)
    let invocation = InvocationParser(catalog: catalog).parse(input)
    let result = try await session.result("argot/parse", ["line": .string(Self.bgpLine)])
    #expect(result["diagnostics"] == Diagnostic.all(of: invocation, input: input).jsonValue)
    #expect(result["params"] == invocation.parameters)
  }
}
