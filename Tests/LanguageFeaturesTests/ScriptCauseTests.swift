import CLISchema
import Completion
import FileSystem
import LanguageFeatures
import SchemaRegistry
import ShellScript
import Testing

/// The installed botocore's models (the scripts call ec2, iam, lambda, …), or nil without botocore.
let botocoreCatalog: CommandCatalog? = {
  let searchPath = ModelSearchPath.fromEnvironment()
  guard searchPath.botocoreDataDirectory != nil else { return nil }
  return CommandCatalog(
    registry: ModelRegistry(searchPath: searchPath, cacheDirectory: nil),
    layer: embeddedCatalog.layer
  )
}()

/// The folder of the small scripts, one per cause of a false error the language server used to report.
let scriptsFolder: String = {
  let file = #filePath
  return String(file[..<file.lastIndex(of: "/")!]) + "/Scripts"
}()

/// ("line code") for each error and warning of a script of `Scripts/`, read where it lies.
func problems(inScript name: String) throws -> [String] {
  let catalog = try #require(botocoreCatalog)
  let path = scriptsFolder + "/" + name
  let text = try FileSystem.readText(path)
  let document = TextDocument(uri: "file://" + path, languageId: "sh", version: 1, text: text)
  let analyzer = ScriptAnalyzer(catalog: catalog)
  return analyzer.diagnostics(in: document, files: ScriptParamFiles(folder: document.folder)).map { diagnostic in
    "\(document.position(of: diagnostic.range.lowerBound).line + 1) \(diagnostic.code)"
  }
}

@Suite(.enabled(if: botocoreCatalog != nil, "needs the installed botocore"))
struct ScriptCauseTests {
  @Test func filesTheScriptWritesEarlierArePresent() throws {
    // Only the file read before it is written and the one never written are reported; nothing is missing twice.
    #expect(try problems(inScript: "written-files.sh") == ["22 file-unreadable", "24 file-unreadable"])
  }

  @Test func valuesTheShellComputesAreNotJudgedNorTheirMembers() throws {
    #expect(try problems(inScript: "computed-values.sh") == ["12 unknown-option"])
  }

  @Test func commandsThatCallNoAPIAreFine() throws {
    #expect(try problems(inScript: "not-an-api-call.sh") == [])
  }

  @Test func membersTheCLIFillsAreNotMissing() throws {
    // Idempotency tokens, a streaming body given as a file, and options the CLI adds for a required member.
    #expect(try problems(inScript: "filled-by-the-cli.sh") == [])
  }

  @Test func realMistakesAreStillReported() throws {
    #expect(
      try problems(inScript: "real-mistakes.sh") == [
        "3 unknown-option", "4 unknown-operation", "5 invalid-json", "6 missing-required-parameter",
        "8 missing-required-option", "9 invalid-query",
      ]
    )
  }

  @Test func whatDependsOnAnExpansionInsideShorthandIsNotJudged() throws {
    let found = try problems(inScript: "expansion-in-shorthand.sh")
    #expect(found == ["9 shorthand-syntax"])
  }

  @Test func linesThatOnlyNameAwsAreNotCommands() throws {
    #expect(try problems(inScript: "not-running-aws.sh") == [])
  }

  @Test func aBackslashEndingTheScriptIsDropped() throws {
    #expect(try problems(inScript: "trailing-backslash.sh") == [])
  }

  @Test func commandsInBackquotesAfterXargsAndAfterAnExpansionAreRead() throws {
    let found = try problems(inScript: "inside-other-commands.sh")
    #expect(
      found == [
        "11 unknown-operation", "12 unknown-operation", "13 unknown-option",
      ]
    )
  }

  /// Diagnostics are kept by command; the same `aws` text after `xargs`, or inside backquotes, reads otherwise.
  @Test func theSameTextInAnotherPlaceIsReadAgain() throws {
    let catalog = try #require(botocoreCatalog)
    let analyzer = ScriptAnalyzer(catalog: catalog)
    func codes(_ text: String) -> [String] {
      let document = TextDocument(uri: "file:///tmp/same.sh", languageId: "sh", version: 1, text: text)
      return analyzer.diagnostics(in: document, files: ScriptParamFiles(folder: nil)).map(\.code)
    }
    let command = "aws sqs get-queue-url --queue-name"
    #expect(codes(command + "\n") == ["missing-value"])
    #expect(codes("xargs " + command + "\n") == [])
    #expect(codes(command + "\n") == ["missing-value"])
    let query = "aws sqs list-queues --query 'QueueUrls[?@==\\`x\\`]'"
    #expect(codes(query + "\n") == ["invalid-query"])
    #expect(codes("Q=`" + query + "`\n") == [])
  }

  @Test func wordsBashBraceExpandsOrGlobsAreWarnings() throws {
    let found = try problems(inScript: "unquoted-patterns.sh")
    #expect(
      found == [
        "3 brace-expansion", "4 unquoted-glob", "5 unquoted-glob",
      ]
    )
  }

  @Test func quoteItIsOffered() throws {
    let catalog = try #require(botocoreCatalog)
    let text =
      "aws ec2 describe-instances --filters Name=tag:Name,Values=* --query Reservations[].Instances[]\n"
      + "aws ec2 create-tags --resources i-1 --tags Key=it\\'s,Value={a,b}\n"
    let document = TextDocument(uri: "file:///tmp/q.sh", languageId: "sh", version: 1, text: text)
    let analyzer = ScriptAnalyzer(catalog: catalog)
    func quoteEdits(at needle: String) -> [String] {
      let scalars = Array(text.unicodeScalars)
      let pattern = Array(needle.unicodeScalars)
      let offset = (0...(scalars.count - pattern.count)).first { Array(scalars[$0..<($0 + pattern.count)]) == pattern }!
      return analyzer.actions(at: offset + 1, in: document, files: ScriptParamFiles(folder: nil))
        .filter { $0.title == "Quote it" }.flatMap { $0.edits.map(\.newText) }
    }
    #expect(quoteEdits(at: "Name=tag") == ["'Name=tag:Name,Values=*'"])
    #expect(quoteEdits(at: "Reservations") == ["'Reservations[].Instances[]'"])
    #expect(quoteEdits(at: "Key=it") == ["\"Key=it's,Value={a,b}\""])
    #expect(quoteEdits(at: "describe-instances") == [])
  }

  @Test func theHoverSaysWhichFileWasAssumed() throws {
    let catalog = try #require(botocoreCatalog)
    let path = scriptsFolder + "/written-files.sh"
    let text = try FileSystem.readText(path)
    let document = TextDocument(uri: "file://" + path, languageId: "sh", version: 1, text: text)
    let offset = try #require(text.unicodeScalars.firstRange(of: "file://trust-policy.json".unicodeScalars))
    let scalarOffset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: offset.lowerBound) + 3
    let hover = try #require(
      ScriptAnalyzer(catalog: catalog).hover(
        at: scalarOffset,
        in: document,
        files: ScriptParamFiles(folder: document.folder)
      )
    )
    #expect(hover.markdown.contains("argot assumed `trust-policy.json` is there when this runs"))
    #expect(hover.markdown.contains("line 3"))
  }

  @Test func regionsAndProfilesAreLookedUp() throws {
    let catalog = try #require(botocoreCatalog)
    let path = scriptsFolder + "/region-and-profile.sh"
    let document = TextDocument(
      uri: "file://" + path,
      languageId: "sh",
      version: 1,
      text: try FileSystem.readText(path)
    )
    let environment = CompletionEnvironment(configFile: scriptsFolder + "/aws-config", credentialsFile: nil)
    let analyzer = ScriptAnalyzer(catalog: catalog, environment: environment)
    let found = analyzer.diagnostics(in: document, files: ScriptParamFiles(folder: document.folder))
    #expect(
      found.map { "\(document.position(of: $0.range.lowerBound).line + 1) \($0.code) \($0.severity)" } == [
        "3 unknown-region warning", "5 unknown-profile note",
      ]
    )
    #expect(found.first?.suggestions.first == "us-east-1")
  }

  @Test func writersAreFoundWithTheirTargets() {
    let text =
      "cat <<EOF > a.json\n{}\nEOF\njq . x | tee -a b.json\ncurl -o c.yaml https://x/c\n"
      + "echo '>' not.json\nzip d.zip f\n"
    let scalars = Array(text.unicodeScalars)
    let written = ScriptWrittenFiles(script: ShellScript(scalars: scalars), scalars: scalars)
    #expect(written.writes.map(\.path) == ["a.json", "b.json", "c.yaml", "d.zip"])
    #expect(written.write(of: "./a.json", before: scalars.count) != nil)
    #expect(written.write(of: "a.json", before: 0) == nil)
  }
}
