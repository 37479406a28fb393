import CLISchema
import Completion
import Invocation
import JSON
import Prompt
import SchemaRegistry
import Testing

/// The session driven key by key over the embedded Direct Connect model (no installed botocore needed).
@Suite struct PromptSessionTests {
  static let catalog: CommandCatalog = {
    let registry = ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil)
    return CommandCatalog(registry: registry, layer: try! CommandCatalog.embeddedLayer())
  }()

  private func session(_ words: [String]) -> PromptSession {
    PromptSession(catalog: Self.catalog, start: PromptStart(arguments: words))
  }

  private func screen(_ session: PromptSession) -> [String] {
    session.frame(width: 100, height: 30).text
  }

  /// The line the session asks about: the parameter name at the start of its title line.
  private func question(_ session: PromptSession) -> String? {
    screen(session).dropFirst().first { $0.hasPrefix("--") }.map { String($0.prefix { $0 != " " }) }
  }

  private func inputLine(_ session: PromptSession) -> String? {
    screen(session).first { $0.hasPrefix("❯ ") }.map { String($0.dropFirst(2)) }
  }

  private func parameters(of line: String) -> JSONValue {
    let invocation = InvocationParser(catalog: Self.catalog).parse(line: line)
    #expect(invocation.isValid, "\(invocation.diagnostics)")
    return invocation.parameters
  }

  @Test func theModelsFallbackIsShownOnce() throws {
    var searchPath = ModelSearchPath(directories: [])
    searchPath.fallback = "the models of /usr/bin/aws were not found; using the embedded Direct Connect default"
    let catalog = CommandCatalog(
      registry: ModelRegistry(searchPath: searchPath, cacheDirectory: nil),
      layer: try CommandCatalog.embeddedLayer()
    )
    let session = PromptSession(catalog: catalog, start: PromptStart(arguments: ["aws"]))
    #expect(screen(session).contains { $0.contains("argot: the models of /usr/bin/aws were not found") })
    #expect(!screen(self.session(["aws"])).contains { $0.contains("were not found") })
  }

  @Test func createBGPPeerAsksBothRejectsABadASNAndCompletesTheAddressFamily() throws {
    let session = session(["aws", "directconnect", "create-bgp-peer"])
    #expect(question(session) == "--virtual-interface-id")
    session.type("dxvif-1")
    session.handle(.enter)
    #expect(question(session) == "--new-bgp-peer")
    #expect(screen(session).contains { $0.contains("Shorthand: asn=integer,asnLong=long") })

    session.type("asn=abc")
    let caret = try #require(screen(session).first { $0.contains("^~~") })
    #expect(caret == "      ^~~")  // under `abc`: "❯ " + "asn=" is 6 columns
    #expect(screen(session).contains { $0.contains(#"asn: expected an integer, got "abc""#) })
    session.handle(.enter)
    #expect(question(session) == "--new-bgp-peer")
    #expect(inputLine(session) == "asn=abc")

    session.handle([.backspace, .backspace, .backspace])
    session.type("64600,addressF")
    session.handle(.tab)
    #expect(inputLine(session) == "asn=64600,addressFamily=")
    session.handle(.tab)
    let menu = screen(session).filter { $0.hasPrefix("▸ ") || $0.hasPrefix("  ipv") }
    #expect(menu.map { String($0.dropFirst(2).prefix(4)) } == ["ipv4", "ipv6"])
    session.handle(.down)
    session.handle(.enter)
    #expect(inputLine(session) == "asn=64600,addressFamily=ipv6")
    session.handle(.enter)
    #expect(screen(session).contains { $0.hasPrefix("More parameters for create-bgp-peer") })
    session.handle(.enter)

    let line = try #require(session.finishedLine)
    #expect(
      line
        == "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=64600,addressFamily=ipv6"
    )
    #expect(
      parameters(of: line)
        == ["virtualInterfaceId": "dxvif-1", "newBGPPeer": ["asn": 64600, "addressFamily": "ipv6"]]
    )
  }

  @Test func createInterconnectWithTwoTags() throws {
    let session = session(["directconnect", "create-interconnect"])
    var asked: [String] = []
    let answers: [String: [String]] = [
      "--interconnect-name": ["ix one"],
      "--bandwidth": ["10Gbps"],
      "--location": ["EqDC2"],
      "--tags": ["key=env,value=prod", "key=team,value=net ops", ""],
    ]
    while session.outcome == .running, let name = question(session) {
      asked.append(name)
      for value in answers[name] ?? [""] {
        session.type(value)
        session.handle(.enter)
      }
    }
    #expect(Array(asked.prefix(3)) == ["--interconnect-name", "--bandwidth", "--location"])
    #expect(asked.contains("--tags"))
    session.handle(.enter)  // "done"
    let line = try #require(session.finishedLine)
    #expect(
      line
        == "aws directconnect create-interconnect --interconnect-name 'ix one' --bandwidth 10Gbps --location EqDC2 "
        + "--tags key=env,value=prod 'key=team,value=net ops'"
    )
    #expect(
      parameters(of: line) == [
        "interconnectName": "ix one", "bandwidth": "10Gbps", "location": "EqDC2",
        "tags": [["key": "env", "value": "prod"], ["key": "team", "value": "net ops"]],
      ]
    )
  }

  @Test func requiredParametersCannotBeSkipped() {
    let session = session(["directconnect", "create-interconnect"])
    session.handle(.enter)
    #expect(question(session) == "--interconnect-name")
    #expect(screen(session).contains { $0.contains("--interconnect-name is required") })
    session.handle(.escape)
    #expect(question(session) == "--interconnect-name")
  }

  @Test func picksServiceAndOperationByFuzzyFilter() {
    let session = session([])
    #expect(screen(session).contains("Service  type to filter"))
    session.type("dirc")
    #expect(screen(session).contains { $0.hasPrefix("▸ directconnect") })
    session.handle(.enter)
    session.type("cbgp")
    #expect(screen(session).contains { $0.hasPrefix("▸ create-bgp-peer") })
    session.handle(.enter)
    #expect(question(session) == "--virtual-interface-id")
    #expect(session.draft.commandWords == ["directconnect", "create-bgp-peer"])
  }

  @Test func aWrongValueOnTheStartLineIsAskedAgainPrefilled() {
    let session = session(
      [
        "aws", "directconnect", "create-bgp-peer", "--cli-auto-prompt", "--virtual-interface-id", "dxvif-1",
        "--new-bgp-peer", "asn=abc", "--region", "eu-west-1",
      ]
    )
    #expect(question(session) == "--new-bgp-peer")
    #expect(inputLine(session) == "asn=abc")
    #expect(screen(session).contains { $0.contains(#"expected an integer"#) })
    session.handle([.backspace, .backspace, .backspace])
    session.type("7")
    session.handle(.enter)
    session.handle(.enter)
    #expect(
      session.finishedLine
        == "aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer asn=7 --region eu-west-1"
    )
  }

  @Test func controlCCancels() {
    let session = session(["directconnect", "create-bgp-peer"])
    session.type("dxvif")
    session.handle(.control("c"))
    #expect(session.outcome == .cancelled)
    #expect(session.finishedLine == nil)
  }

  @Test func jsonValuesAreCheckedAsTypedAndWhenAccepted() throws {
    let session = session(["directconnect", "create-bgp-peer", "--virtual-interface-id", "dxvif-1"])
    #expect(question(session) == "--new-bgp-peer")
    session.type(#"{"asn": 1,"#)
    session.handle(.enter)
    #expect(question(session) == "--new-bgp-peer")
    #expect(screen(session).contains { $0.contains("Fix the value") })
    session.handle(.backspace)
    session.type(#", "addressFamily": 4}"#)
    // A complete document is checked as typed: the type error points at the value inside the JSON.
    let caret = try #require(screen(session).first { $0.contains("^") }, "\(screen(session))")
    #expect(caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) } == 2 + 28)
    #expect(screen(session).contains { $0.contains("addressFamily") && $0.contains("string") })
    for _ in 0..<(#", "addressFamily": 4}"#.count) { session.handle(.backspace) }
    session.type("}")
    session.handle(.enter)
    session.handle(.enter)
    #expect(
      session.finishedLine
        == #"aws directconnect create-bgp-peer --virtual-interface-id dxvif-1 --new-bgp-peer '{"asn": 1}'"#
    )
  }

  @Test func everyProblemIsListed() {
    let session = session(["directconnect", "create-bgp-peer", "--virtual-interface-id", "dxvif-1"])
    session.type("asn=abc,asnLong=x,asn=2")
    let lines = screen(session)
    #expect(lines.contains { $0.contains(#"asn: expected an integer, got "abc""#) })
    #expect(lines.contains { $0.contains("asnLong") && $0.contains("expected") })
    #expect(lines.contains { $0.contains(#"key "asn" is given twice"#) })
    #expect(!lines.contains { $0.contains("more)") })
    // On a small terminal the ones that do not fit are counted.
    let small = session.frame(width: 100, height: 9).text
    #expect(small.contains { $0.contains("… and") && $0.contains("more") })
  }

  @Test func f1OrAQuestionMarkShowsTheWholeDocumentation() throws {
    let session = session(["directconnect", "create-bgp-peer"])
    let summary = screen(session)
    #expect(summary.last?.contains("F1 documentation") == true)
    session.handle(.help)
    let whole = screen(session)
    #expect(whole.count > summary.count, "\(whole)")
    #expect(whole.last?.contains("F1 less") == true)
    session.handle(.help)
    #expect(screen(session) == summary)
    session.type("?")
    #expect(screen(session) == whole, "`?` on an empty input")
    session.type("?")
    session.type("a?")
    #expect(inputLine(session) == "a?", "`?` inside a value is typed")
    var decoder = KeyDecoder()
    #expect(decoder.feed([0x1b, 0x4f, 0x50]) == [.help], "F1 as xterm sends it")
    #expect(decoder.feed(Array("\u{1b}[11~".utf8)) == [.help], "F1 as rxvt sends it")
  }

  @Test func framesFitTheTerminal() {
    let session = session(["directconnect", "create-bgp-peer", "--virtual-interface-id", "dxvif-1"])
    session.type(String(repeating: "asn=1,", count: 30))
    let frame = session.frame(width: 40, height: 8)
    #expect(frame.lines.count <= 8)
    #expect(frame.text.allSatisfy { $0.unicodeScalars.count <= 40 })
    let cursor = frame.cursor
    #expect(cursor != nil && cursor!.column <= 40)
  }
}

@Suite struct PromptSessionDoneTests {
  private func session(_ words: [String]) -> PromptSession {
    PromptSession(catalog: PromptSessionTests.catalog, start: PromptStart(arguments: words))
  }

  private func screen(_ session: PromptSession) -> [String] { session.frame(width: 120, height: 30).text }

  /// Esc through the optional questions to the final menu.
  private func skipToMenu(_ session: PromptSession) {
    while session.outcome == .running, !screen(session).contains(where: { $0.hasPrefix("More parameters") }) {
      session.handle(.escape)
    }
  }

  @Test func aValueMissingANestedRequiredMemberIsAskedAgain() {
    let session = session(
      [
        "directconnect", "create-interconnect", "--interconnect-name", "ix", "--bandwidth", "1Gbps",
        "--location", "EqDC2", "--tags", "value=v",
      ]
    )
    #expect(screen(session).contains { $0.hasPrefix("--tags") })
    #expect(screen(session).contains { $0.hasPrefix("❯ value=v") })
  }

  @Test func doneShowsAWholeCommandErrorOnceThenPrints() {
    // A --cli-input-json document is kept as typed; only the whole-command check at "done" reads it.
    let session = session(
      [
        "directconnect", "create-interconnect", "--interconnect-name", "ix", "--bandwidth", "1Gbps",
        "--location", "EqDC2", "--cli-input-json", #"{"lagId": 5}"#,
      ]
    )
    skipToMenu(session)
    session.handle(.enter)
    #expect(session.outcome == .running)
    #expect(screen(session).contains { $0.contains("lagId") && $0.contains("choose done again") }, "\(screen(session))")
    session.handle(.enter)
    #expect(
      session.finishedLine
        == #"aws directconnect create-interconnect --interconnect-name ix --bandwidth 1Gbps --location EqDC2 --cli-input-json '{"lagId": 5}'"#
    )
  }
}

@Suite struct PromptSessionMenuTests {
  private func session(_ words: [String]) -> PromptSession {
    PromptSession(catalog: PromptSessionTests.catalog, start: PromptStart(arguments: words))
  }

  private func screen(_ session: PromptSession) -> [String] { session.frame(width: 120, height: 30).text }

  private func asks(_ session: PromptSession, _ name: String) -> Bool {
    screen(session).contains { $0.hasPrefix(name + " ") }
  }

  @Test func enumValuesAreAMenuFilteredByTyping() {
    let session = session(["directconnect", "describe-loa", "--connection-id", "dxcon-1"])
    #expect(asks(session, "--provider-name"))
    session.handle(.enter)  // empty: skipped
    #expect(asks(session, "--loa-content-type"))
    #expect(screen(session).contains { $0.hasPrefix("▸ (not given)") })
    #expect(screen(session).contains { $0.hasPrefix("  application/pdf") })
    session.type("pdf")
    #expect(screen(session).contains { $0.hasPrefix("▸ application/pdf") })
    #expect(!screen(session).contains { $0.contains("(not given)") })
    session.handle(.enter)
    session.handle(.enter)
    #expect(
      session.finishedLine
        == "aws directconnect describe-loa --connection-id dxcon-1 --loa-content-type application/pdf"
    )
  }

  @Test func globalOptionsAreInTheParametersMenuWithTheirChoices() {
    let session = session(["directconnect", "describe-loa", "--connection-id", "dxcon-1", "--debug"])
    session.handle(.enter)  // --provider-name skipped
    session.handle(.enter)  // --loa-content-type: (not given)
    let menu = screen(session)
    #expect(menu.contains { $0.contains("--region") && $0.contains("global") }, "\(menu)")
    #expect(menu.contains { $0.contains("--profile") && $0.contains("global") })
    #expect(!menu.dropFirst().contains { $0.contains("--debug") }, "given on the start line: kept as it is")
    #expect(!menu.contains { $0.contains("--version") })
    session.type("output")
    session.handle(.enter)
    #expect(asks(session, "--output"))
    #expect(screen(session).contains { $0.hasPrefix("  yaml") || $0.hasPrefix("▸ yaml") || $0.contains(" yaml") })
    session.type("tab")
    session.handle(.enter)
    #expect(screen(session).contains { $0.contains("--output") && $0.contains("= table") })
    session.handle(.enter)
    #expect(session.finishedLine == "aws directconnect describe-loa --connection-id dxcon-1 --output table --debug")
  }

  @Test func theCLIsOwnCommandsAskTheirPathsThenOfferTheirOptions() {
    let session = session(["s3", "cp"])
    #expect(asks(session, "paths"), "\(screen(session))")
    session.type("s3:")
    session.handle(.tab)
    #expect(screen(session).contains { $0 == "❯ s3://" }, "path completion: \(screen(session))")
    session.type("bucket/report.csv")
    session.handle(.enter)
    session.handle(.enter)
    #expect(screen(session).contains { $0.contains("is required") }, "two paths are needed")
    session.type("report.csv")
    session.handle(.enter)
    let menu = screen(session)
    #expect(menu.contains { $0.contains("--dryrun") }, "\(menu)")
    session.type("recursive")
    session.handle(.enter)
    session.handle(.enter)
    #expect(session.finishedLine == "aws s3 cp s3://bucket/report.csv report.csv --recursive")
  }

  @Test func theCLIsOwnCommandsAreInTheMenus() {
    let services = session([])
    #expect(
      services.frame(width: 120, height: 200).text.contains { $0.contains("s3") && $0.contains("AWS CLI command") }
    )
    let s3 = session(["s3"])
    let menu = screen(s3)
    #expect(menu.contains { $0.contains("sync") }, "\(menu)")
    s3.type("sync")
    s3.handle(.enter)
    #expect(asks(s3, "paths"))
    let ls = session(["s3", "ls"])
    #expect(screen(ls).contains { $0.hasPrefix("More parameters for ls") }, "ls's path is optional")
  }

  @Test(arguments: [(0, ""), (1, " --request-mac-sec"), (2, " --no-request-mac-sec")])
  func booleanFlagsOfferNotGivenTrueAndFalse(downs: Int, suffix: String) {
    let session = session(
      [
        "directconnect", "create-interconnect", "--interconnect-name", "ix", "--bandwidth", "1Gbps",
        "--location", "EqDC2",
      ]
    )
    while session.outcome == .running, !asks(session, "--request-mac-sec") { session.handle(.escape) }
    #expect(screen(session).contains { $0.hasPrefix("--request-mac-sec  flag") })
    for _ in 0..<downs { session.handle(.down) }
    session.handle(.enter)
    session.handle(.enter)
    #expect(
      session.finishedLine
        == "aws directconnect create-interconnect --interconnect-name ix --bandwidth 1Gbps --location EqDC2" + suffix
    )
  }
}
