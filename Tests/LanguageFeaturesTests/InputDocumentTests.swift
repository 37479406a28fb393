import LanguageFeatures
import Testing

/// Hover and completion in `--cli-input-json` / `--cli-input-yaml` documents, read from the text before the
/// cursor (`|` marks it) while the document is being typed.
@Suite struct InputDocumentTests {
  let analyzer = ScriptAnalyzer(catalog: embeddedCatalog)
  let command = CommandPath(service: "directconnect", operation: "create-bgp-peer")

  /// The document without the `|`, and the cursor's offset.
  func document(_ marked: String, yaml: Bool) -> (TextDocument, Int) {
    let scalars = marked.unicodeScalars
    let offset = scalars.firstIndex(of: "|").map { scalars.distance(from: scalars.startIndex, to: $0) } ?? 0
    var text = marked
    text.unicodeScalars.removeAll { $0 == "|" }
    let uri = yaml ? "file:///tmp/argot-tests/peer.yaml" : "file:///tmp/argot-tests/peer.json"
    return (TextDocument(uri: uri, languageId: yaml ? "yaml" : "json", version: 1, text: text), offset)
  }

  /// Each candidate as `label → inserted text`, and the text it replaces.
  func completions(_ marked: String, yaml: Bool) -> ([String], String?) {
    let (document, offset) = document(marked, yaml: yaml)
    guard let completion = analyzer.inputCompletion(at: offset, in: document, command: command, yaml: yaml) else {
      return ([], nil)
    }
    return (completion.items.map { "\($0.label) → \($0.insertText)" }, document.text(in: completion.replace))
  }

  func hover(_ marked: String, yaml: Bool) -> String? {
    let (document, offset) = document(marked, yaml: yaml)
    return analyzer.inputHover(at: offset, in: document, command: command, yaml: yaml)?.markdown
  }

  @Test func jsonKeysAtTheTopAndInsideAStructure() {
    #expect(completions(#"{"v|"#, yaml: false).0 == [#"virtualInterfaceId → "virtualInterfaceId": "#])
    #expect(completions(#"{"v|"#, yaml: false).1 == #""v"#)
    let nested = completions(#"{"newBGPPeer": {"asn": 1, "a|"}}"#, yaml: false)
    #expect(nested.0.map { $0.split(separator: " ")[0] } == ["asnLong", "authKey", "addressFamily", "amazonAddress"])
    #expect(nested.1 == #""a""#)
  }

  @Test func jsonEnumValuesReplaceTheWholeString() {
    let values = completions(#"{"newBGPPeer": {"addressFamily": "ip|v4"}}"#, yaml: false)
    #expect(values.0 == [#"ipv4 → "ipv4""#, #"ipv6 → "ipv6""#])
    #expect(values.1 == #""ipv4""#)
  }

  @Test func yamlKeysAndValuesByIndentation() {
    let text = "# argot: aws directconnect create-bgp-peer\nnewBGPPeer:\n  asn: 1\n  addressFamily: |\n"
    #expect(completions(text, yaml: true).0 == ["ipv4 → ipv4", "ipv6 → ipv6"])
    let keys = completions("newBGPPeer:\n  asn: 1\n  au|", yaml: true)
    #expect(keys.0 == ["authKey → authKey: "])
    #expect(keys.1 == "au")
    #expect(completions("newBGPPeer:\n  asn: 1\nv|", yaml: true).0 == ["virtualInterfaceId → virtualInterfaceId: "])
  }

  @Test func hoverNamesTheMemberItsTypeAndValues() {
    let json = hover(#"{"newBGPPeer": {"addr|essFamily": "ipv4"}}"#, yaml: false)
    #expect(json?.hasPrefix("**addressFamily** (string) in aws directconnect create-bgp-peer") == true)
    #expect(json?.contains("Valid values: `ipv4`, `ipv6`") == true)
    #expect(hover("newBGPPeer:\n  as|n: 1\n", yaml: true)?.hasPrefix("**asn** (integer) in aws") == true)
    #expect(hover("newBGPPeer:\n  asn: 1|\n", yaml: true)?.hasPrefix("**asn** (integer) in aws") == true)
    #expect(hover(#"{"bogus|": 1}"#, yaml: false) == nil)
  }
}
