import LanguageFeatures
import Testing

@Suite struct TextDocumentTests {
  @Test func convertsBetweenScalarOffsetsAndUTF16Positions() {
    let document = TextDocument(uri: "file:///tmp/a.sh", languageId: "sh", version: 1, text: "a🔑b\nxyz\n")
    #expect(document.lineStarts == [0, 4, 8])
    #expect(document.position(of: 2) == TextPosition(line: 0, character: 3))
    #expect(document.offset(of: TextPosition(line: 0, character: 3)) == 2)
    #expect(document.offset(of: TextPosition(line: 1, character: 2)) == 6)
    // Past the end of a line: the line's end; past the last line: the document's end.
    #expect(document.offset(of: TextPosition(line: 1, character: 99)) == 7)
    #expect(document.offset(of: TextPosition(line: 9, character: 0)) == 8)
  }

  @Test func appliesIncrementalChangesInOrder() {
    var document = TextDocument(uri: "file:///tmp/a.sh", languageId: "sh", version: 1, text: "aws ec2\nls\n")
    document.apply(
      [
        TextChange(range: TextPosition(line: 0, character: 4)...TextPosition(line: 0, character: 7), text: "s3\napi"),
        TextChange(range: TextPosition(line: 2, character: 0)...TextPosition(line: 2, character: 2), text: "cd"),
      ],
      version: 2
    )
    #expect(document.text == "aws s3\napi\ncd\n")
    #expect(document.version == 2)
    #expect(document.lineStarts == [0, 7, 11, 14])
    document.apply([TextChange(range: nil, text: "x")], version: 3)
    #expect(document.text == "x")
  }

  @Test func readsFileURIs() {
    let document = TextDocument(uri: "file:///home/me/my%20scripts/deploy.sh", languageId: "sh", version: 1, text: "")
    #expect(document.path == "/home/me/my scripts/deploy.sh")
    #expect(document.folder == "/home/me/my scripts")
    #expect(TextDocument.path(ofURI: "untitled:Untitled-1") == nil)
  }
}

@Suite struct DocumentKindTests {
  func document(_ uri: String, _ language: String, _ text: String = "") -> TextDocument {
    TextDocument(uri: uri, languageId: language, version: 1, text: text)
  }

  @Test func scriptsByLanguageOrExtension() {
    #expect(DocumentKind.of(document("file:///a/x", "bash")) == .shellScript)
    #expect(DocumentKind.of(document("file:///a/x.sh", "plaintext")) == .shellScript)
    #expect(DocumentKind.of(document("file:///a/x.py", "python")) == .other)
  }

  @Test func inputFilesByModelineOrGlob() {
    let bgp = CommandPath(service: "directconnect", operation: "create-bgp-peer")
    let yaml = document("file:///a/peer.yaml", "yaml", "---\n# argot: aws directconnect create-bgp-peer\nasn: 1\n")
    #expect(DocumentKind.of(yaml) == .cliInputYAML(bgp))
    let associations = [InputAssociation(glob: "**/bgp/*.json", command: bgp)]
    #expect(
      DocumentKind.of(document("file:///w/bgp/peer.json", "json"), associations: associations) == .cliInputJSON(bgp)
    )
    #expect(
      DocumentKind.of(document("file:///w/bgp/x/peer.json", "json"), associations: associations) == .unassociatedInput
    )
    #expect(
      CommandPath(words: "aws ec2 wait instance-running")
        == CommandPath(service: "ec2", operation: "wait instance-running")
    )
    #expect(CommandPath(words: "ec2") == nil)
  }

  @Test func globs() {
    let command = CommandPath(service: "s", operation: "o")
    #expect(InputAssociation(glob: "*.cli.json", command: command).matches("/x/y/peer.cli.json"))
    #expect(!InputAssociation(glob: "*.cli.json", command: command).matches("/x/y/peer.json"))
    #expect(InputAssociation(glob: "inputs/**/*.json", command: command).matches("/repo/inputs/a/b/c.json"))
    #expect(InputAssociation(glob: "inputs/**/*.json", command: command).matches("/repo/inputs/c.json"))
    #expect(!InputAssociation(glob: "/repo/in?uts/*.json", command: command).matches("/repo/in/uts/c.json"))
  }
}
