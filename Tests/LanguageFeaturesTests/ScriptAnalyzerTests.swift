import CLISchema
import Completion
import LanguageFeatures
import SchemaRegistry
import Testing

/// The embedded Direct Connect default.
let embeddedCatalog: CommandCatalog = {
  do {
    return CommandCatalog(
      registry: ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil),
      layer: try CommandCatalog.embeddedLayer()
    )
  } catch {
    fatalError("the embedded CLI layer does not load: \(error)")
  }
}()

let bgp = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer "

func script(_ text: String, uri: String = "file:///tmp/argot-tests/deploy.sh") -> TextDocument {
  TextDocument(uri: uri, languageId: "sh", version: 1, text: text)
}

/// (code, the text the diagnostic covers) for each diagnostic of `text`.
func found(_ text: String, analyzer: ScriptAnalyzer = ScriptAnalyzer(catalog: embeddedCatalog)) -> [String] {
  let document = script(text)
  return analyzer.diagnostics(in: document, files: ScriptParamFiles(folder: document.folder)).map {
    "\($0.code) \(document.text(in: $0.range))"
  }
}

@Suite struct ScriptDiagnosticsTests {
  @Test func valuesAreCheckedWhereTheyAreWritten() {
    #expect(found(bgp + "asn=abc,adressFamily=ipv6\n") == ["invalid-integer abc", "unknown-parameter adressFamily"])
    #expect(
      found("aws directconnect create-bgp-peer \\\n  --new-bgp-peer 'asn=1,addressFamily=ipv9'") == [
        "invalid-enum ipv9"
      ]
    )
  }

  @Test func shellExpansionsAreNeverErrors() {
    #expect(found(bgp + "\"asn=$ASN,addressFamily=${FAMILY}\"") == [])
    #expect(found(bgp + "asn=$(get-asn),adressFamily=ipv6") == ["unknown-parameter adressFamily"])
    // A lone expansion may hold any options: no missing-option errors for its command.
    #expect(found("aws directconnect create-interconnect $OPTIONS") == [])
    #expect(
      found("aws directconnect create-interconnect --interconnect-name x")
        == ["missing-required-option aws directconnect create-interconnect"] + [
          "missing-required-option aws directconnect create-interconnect"
        ]
    )
  }

  @Test func commandsAnywhereInTheScript() {
    let text = """
      if aws directconect x; then echo; fi
      ID=$(aws directconnect describe-locations --bogus 2>/dev/null) || sudo aws directconnect nope
      # aws directconnect nope
      cat <<'EOF' | aws directconnect describe-locations --output jsn
      aws directconnect nope
      EOF
      """
    #expect(
      found(text) == [
        "unknown-service directconect", "unknown-option --bogus", "unknown-operation nope", "invalid-choice jsn",
      ]
    )
  }

  @Test func commandsTheAWSCLIImplementsItselfAreNotReported() {
    #expect(found("aws s3 cp a.txt s3://bucket/a.txt\naws configure get region\n") == [])
  }

  @Test func anUnknownOptionsValueIsNotReportedAgain() {
    #expect(found("aws directconnect describe-locations --regoin us-east-1") == ["unknown-option --regoin"])
  }

  @Test func rememberedCommandsMoveWithTheText() {
    let analyzer = ScriptAnalyzer(catalog: embeddedCatalog)
    #expect(found(bgp + "asn=x", analyzer: analyzer) == ["invalid-integer x"])
    // The same command further down: known, placed at its new offset.
    #expect(found("echo start\n\n" + bgp + "asn=x", analyzer: analyzer) == ["invalid-integer x"])
  }

  @Test func fileValuesAreReadFromTheScriptsFolder() {
    let analyzer = ScriptAnalyzer(catalog: embeddedCatalog)
    let document = script(bgp.replacing("--new-bgp-peer ", with: "--new-bgp-peer file://peer.json"))
    let open = ScriptParamFiles(folder: "/srv/scripts") { path in
      path == "/srv/scripts/peer.json" ? #"{"asn": "x"}"# : nil
    }
    let diagnostics = analyzer.diagnostics(in: document, files: open)
    #expect(diagnostics.map(\.code) == ["invalid-type"])
    analyzer.forgetFiles()
    let missing = analyzer.diagnostics(in: document, files: ScriptParamFiles(folder: "/nonexistent"))
    #expect(missing.map(\.code) == ["file-unreadable"])
  }

  @Test func cliInputDocuments() {
    let analyzer = ScriptAnalyzer(catalog: embeddedCatalog)
    let command = CommandPath(service: "directconnect", operation: "create-bgp-peer")
    let json = TextDocument(
      uri: "file:///a/peer.json",
      languageId: "json",
      version: 1,
      text: #"{"newBGPPeer": {"asn": "x"}}"#
    )
    let diagnostics = analyzer.diagnostics(inInput: json, command: command, yaml: false)
    #expect(diagnostics.map { "\($0.code) \(json.text(in: $0.range))" } == [#"invalid-type "x""#])
    let unknown = CommandPath(service: "directconnect", operation: "nope")
    let yaml = TextDocument(
      uri: "file:///a/p.yaml",
      languageId: "yaml",
      version: 1,
      text: "# argot: aws directconnect nope\nx: 1\n"
    )
    #expect(analyzer.diagnostics(inInput: yaml, command: unknown, yaml: true).map(\.range) == [0..<31])
  }
}

@Suite struct ScriptEditingTests {
  let analyzer = ScriptAnalyzer(catalog: embeddedCatalog)

  @Test func hoverOnAKeyNamesItsMember() throws {
    let document = script(bgp + "asn=1,addressFamily=ipv4")
    let offset = bgp.unicodeScalars.count + 8
    let hover = try #require(analyzer.hover(at: offset, in: document, files: ScriptParamFiles(folder: nil)))
    #expect(hover.markdown.hasPrefix("**addressFamily** (string) in --new-bgp-peer"))
    #expect(hover.markdown.contains("Valid values: `ipv4`, `ipv6`"))
    #expect(document.text(in: hover.range) == "addressFamily=ipv4")
  }

  @Test func hoverOnAnOptionShowsItsSyntax() throws {
    let document = script(bgp + "asn=1")
    let hover = try #require(
      analyzer.hover(at: bgp.unicodeScalars.count - 3, in: document, files: ScriptParamFiles(folder: nil))
    )
    #expect(hover.markdown.hasPrefix("**--new-bgp-peer** (structure)"))
    #expect(hover.markdown.contains("```\nasn=integer,asnLong=long"))
  }

  @Test func completionReplacesTheKeyBeingTyped() throws {
    let document = script("echo x && aws directconnect create-bgp-peer \\\n  --new-bgp-peer asn=1,add")
    let engine = CompletionEngine(catalog: embeddedCatalog, environment: CompletionEnvironment(), cacheDirectory: nil)
    let result = try #require(analyzer.completion(at: document.scalars.count, in: document, engine: engine))
    #expect(result.items.map(\.label) == ["addressFamily"])
    #expect(document.text(in: result.replace) == "add")
  }

  @Test func aMisspeltKeyGetsTheClosestName() {
    let text = bgp + "asn=64600,adressFamily=ipv6"
    let document = script(text)
    let actions = analyzer.actions(
      at: text.unicodeScalars.count - 8,
      in: document,
      files: ScriptParamFiles(folder: nil)
    )
    #expect(actions.first?.title == "Change to addressFamily")
    #expect(actions.first.map { document.text(in: $0.edits[0].range) } == "adressFamily")
    #expect(actions.first?.isPreferred == true)
  }

  @Test func actionsConvertAndAdd() {
    let text = "aws directconnect create-interconnect --interconnect-name i \\\n  --tags key=a,value=b"
    let document = script(text)
    let actions = analyzer.actions(
      at: text.unicodeScalars.count - 2,
      in: document,
      files: ScriptParamFiles(folder: nil)
    )
    #expect(actions.map(\.title) == ["Write --tags as JSON", "Add the required options --bandwidth, --location"])
    #expect(actions[0].edits.map(\.newText) == [#"'[{"key":"a","value":"b"}]'"#])
    #expect(actions[1].edits.map(\.newText) == [" \\\n  --bandwidth string \\\n  --location string"])
  }
}

@Suite struct ScriptRobustnessTests {
  /// Random scripts of `aws` command pieces: diagnostics, hover, actions and completion at every offset answer
  /// without failing, and every range lies inside the document.
  @Test func randomScriptsAnswerEverywhere() {
    let pieces = [
      "aws directconnect ", "create-bgp-peer ", "--new-bgp-peer ", "asn=", "1", ",", "addressFamily=", "ipv9",
      "{", "}", "[", "]", "'", "\"", "$X", "$(aws directconnect x)", " \\\n", "\n", " ", "--tags ", "key=a",
      "--output=", "🔑", "file://", "@=", "--cli-input-json ", "create-interconnect ", "&& ", "# c\n",
    ]
    let analyzer = ScriptAnalyzer(catalog: embeddedCatalog)
    let engine = CompletionEngine(catalog: embeddedCatalog, environment: CompletionEnvironment(), cacheDirectory: nil)
    var state: UInt64 = 7
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    for _ in 0..<150 {
      var text = ""
      for _ in 0..<(next() % 16) { text += pieces[next() % pieces.count] }
      let document = script(text)
      let count = document.scalars.count
      let files = ScriptParamFiles(folder: "/nonexistent")
      for diagnostic in analyzer.diagnostics(in: document, files: files) {
        #expect(diagnostic.range.lowerBound >= 0 && diagnostic.range.upperBound <= count, "\(text.debugDescription)")
      }
      for offset in stride(from: 0, through: count, by: max(1, count / 6)) {
        if let hover = analyzer.hover(at: offset, in: document, files: files) {
          #expect(hover.range.upperBound <= count, "\(text.debugDescription)")
        }
        for action in analyzer.actions(at: offset, in: document, files: files) {
          #expect(action.edits.allSatisfy { $0.range.upperBound <= count }, "\(text.debugDescription)")
        }
        if let completion = analyzer.completion(at: offset, in: document, engine: engine) {
          #expect(completion.replace.upperBound <= max(count, offset), "\(text.debugDescription)")
        }
      }
    }
  }
}
