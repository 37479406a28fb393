import CLISchema
import Invocation
import JSON
import Testing

@Suite struct InvocationParserTests {
  let parser = InvocationParser(catalog: TestCatalog.embedded)
  static let bgp = "aws directconnect create-bgp-peer --virtual-interface-id dxvif-fg1vuj3d"
  static let interconnect =
    "aws directconnect create-interconnect --bandwidth 1Gbps --location EqDC2 --interconnect-name x"

  func parse(_ line: String, _ options: InvocationOptions = InvocationOptions()) -> Invocation {
    parser.parse(line: line, options: options)
  }

  // MARK: The seed pages

  @Test func seedCreateBGPPeer() {
    let result = parse(Self.bgp + " --new-bgp-peer asn=64600,addressFamily=ipv6")
    #expect(result.isValid)
    #expect(result.exitStatus == .success)
    #expect(result.command?.name == "create-bgp-peer")
    #expect(
      result.parameters == [
        "virtualInterfaceId": "dxvif-fg1vuj3d", "newBGPPeer": ["asn": 64600, "addressFamily": "ipv6"],
      ]
    )
  }

  // MARK: The shell line

  /// A line is read from its program word, as the language server reads the same command in a script: before,
  /// `AWS_PROFILE=p` was taken for the program and `aws` for the service.
  /// The line is read with the language server's rules for what the shell gives.
  @Test func expansionsBackquotesAndXargsAsInScripts() {
    // A lone expansion before the service stands for global options; a word after it that is no service is
    // not judged (the expansion may be the service).
    #expect(
      parse("aws $G directconnect describe-connectionz").diagnostics.map(\.code) == [
        .shellExpansion, .unknownOperation,
      ]
    )
    #expect(parse("aws $G describe-connections").diagnostics.map(\.code) == [.shellExpansion])
    // A line of assignments only: the aws command inside it.
    for line in ["ID=$(aws directconnect describe-connectionz)", "ID=`aws directconnect describe-connectionz`"] {
      #expect(parse(line).diagnostics.map(\.code) == [.unknownOperation], "\(line)")
    }
    // xargs gives the last words.
    let fromInput = "xargs -n1 aws directconnect describe-connection-loa --connection-id"
    #expect(parse(fromInput).diagnostics.isEmpty)
    #expect(!parse("aws directconnect describe-connection-loa --connection-id").diagnostics.isEmpty)
  }

  @Test func assignmentsAndWrappersBeforeTheProgram() {
    for prefix in ["AWS_PROFILE=p ", "sudo -u root ", "env A=1 "] {
      let result = parse(prefix + Self.bgp + " --new-bgp-peer asn=1")
      #expect(result.isValid, "\(prefix)")
      #expect(result.command?.name == "create-bgp-peer", "\(prefix)")
      #expect(result.words.first?.text == "aws", "\(prefix)")
    }
  }

  /// A redirection is the shell's, not the program's: the words after it are still the command's (they were
  /// dropped with a warning before).
  @Test func aLineThatOnlyLooksAWSUpIsNotChecked() {
    for line in ["command -v aws", "which aws", "type aws", "hash aws", "echo aws ec2 nosuch"] {
      let result = parse(line)
      #expect(result.exitStatus == .success, "\(line)")
      #expect(result.diagnostics.map(\.code) == [.notAWSCommand], "\(line)")
      #expect(result.command == nil)
    }
    let lookup = parse("command -v aws")
    #expect(
      lookup.diagnostics.first?.message == "the line runs \"command\", not aws (it only looks aws up): nothing to check"
    )
    #expect(lookup.diagnostics.first?.location?.lineRange == 0..<7)
    // `command aws …` runs aws; so do wrappers.
    #expect(parse("command " + Self.bgp).command?.name == "create-bgp-peer")
    #expect(parse("command aws directconnect nosuch").exitStatus == .parameterError)
  }

  @Test func redirectionsAreNotArguments() {
    let result = parse(Self.bgp + " > out.json --new-bgp-peer asn=1 2>&1")
    #expect(result.isValid)
    #expect(result.diagnostics.isEmpty)
    #expect(result.parameters["newBGPPeer"] == ["asn": 1])
  }

  @Test func textAfterTheCommandIsReportedOnce() {
    let piped = parse(Self.bgp + " --new-bgp-peer asn=1 | jq .")
    #expect(piped.diagnostics.map(\.code) == [.shellOperator])
    #expect(piped.diagnostics.first?.location?.lineRange?.lowerBound == Self.bgp.unicodeScalars.count + 22)
    let open = parse(Self.bgp + " --new-bgp-peer 'asn=1")
    #expect(open.diagnostics.map(\.code).contains(.unterminatedQuote))
  }

  @Test func seedCreateInterconnectWithTags() {
    let result = parse(Self.interconnect + " --tags key=a,value=b key=c,value=d")
    #expect(result.isValid)
    #expect(
      result.parameters == [
        "interconnectName": "x", "bandwidth": "1Gbps", "location": "EqDC2",
        "tags": [["key": "a", "value": "b"], ["key": "c", "value": "d"]],
      ]
    )
  }

  @Test func argumentsWithoutALine() {
    let result = parser.parse(arguments: [
      "directconnect", "create-interconnect", "--bandwidth=1Gbps", "--location",
      "EqDC2", "--interconnect-name", "x",
    ])
    #expect(result.isValid)
    #expect(result.parameters["bandwidth"] == "1Gbps")
  }

  // MARK: Options

  @Test func globalOptionsAnywhere() {
    let result = parse(
      "aws --region us-west-2 directconnect --output json create-interconnect --bandwidth 1Gbps "
        + "--location l --interconnect-name x --debug --query=a"
    )
    #expect(result.isValid)
    #expect(result.globalOptions.map(\.name) == ["--region", "--output", "--debug", "--query"])
    #expect(result.value(of: "--region") == "us-west-2")
    #expect(result.value(of: "--query") == "a")
    #expect(result.value(of: "--debug") == "true")
  }

  @Test func equalsFormAndAbbreviation() {
    let result = parse("aws directconnect create-interconnect --bandw=1Gbps --location=EqDC2 --interconnect-name x")
    #expect(result.isValid)
    #expect(result.parameters["bandwidth"] == "1Gbps")
    #expect(result.diagnostics.map(\.code) == [.abbreviatedOption])
  }

  @Test func repeatedOptionLastWins() {
    let result = parse(Self.interconnect + " --bandwidth 10Gbps")
    #expect(result.isValid)
    #expect(result.parameters["bandwidth"] == "10Gbps")
    #expect(result.warnings.map(\.code) == [.repeatedOption])
  }

  @Test func listTakesWordsUntilTheNextOption() {
    let result = parse(
      "aws directconnect create-interconnect --tags key=a key=b --bandwidth 1Gbps --location l "
        + "--interconnect-name x"
    )
    #expect(result.parameters["tags"] == [["key": "a"], ["key": "b"]])
    // `--tags` alone sends an empty list, which botocore refuses (TagList has min 1).
    let empty = parse(Self.interconnect + " --tags")
    #expect(empty.parameters["tags"] == [])
    #expect(empty.errors.map(\.code) == [.tooShort])
  }

  @Test func valuesStartingWithADash() {
    #expect(
      parse("aws directconnect create-interconnect --bandwidth -5 --location l --interconnect-name x")
        .parameters["bandwidth"] == "-5"
    )
    #expect(
      parse("aws directconnect create-interconnect --bandwidth '-x y' --location l --interconnect-name x")
        .parameters["bandwidth"] == "-x y"
    )
    let missing = parse("aws directconnect create-interconnect --bandwidth -x --location l --interconnect-name x")
    #expect(missing.errors.map(\.code).contains(.missingValue))
  }

  @Test func unknownOptionSuggestsTheClosest() throws {
    let line = Self.bgp + " --new-bgp-pear asn=1"
    let result = parse(line)
    let error = try #require(result.errors.first { $0.code == .unknownOption })
    #expect(error.suggestions.first == "--new-bgp-peer")
    #expect(error.message.contains("did you mean \"--new-bgp-peer\""))
    #expect(error.location?.lineRange == 72..<86)
    #expect(result.exitStatus == .parameterError)
  }

  @Test func strayWordsAreErrors() {
    let result = parse(Self.bgp + " --new-bgp-peer asn=1 extra")
    #expect(result.errors.map(\.code) == [.unexpectedArgument])
    #expect(result.errors.first?.location?.wordIndex == 7)
  }

  @Test func missingRequiredOptions() {
    let result = parse("aws directconnect create-interconnect --bandwidth 1Gbps")
    #expect(result.errors.map(\.option) == ["--interconnect-name", "--location"])
    #expect(result.errors.allSatisfy { $0.code == .missingRequiredOption })
  }

  @Test func unknownServiceAndOperation() {
    let service = parse("aws directconnekt describe-connections")
    #expect(service.errors.first?.code == .unknownService)
    #expect(service.errors.first?.suggestions.contains("directconnect") == true)
    let operation = parse("aws directconnect describe-conections")
    #expect(operation.errors.first?.code == .unknownOperation)
    #expect(operation.errors.first?.suggestions.first == "describe-connections")
  }

  @Test func helpIsNotAnError() {
    #expect(parse("aws directconnect describe-connections help").isHelpRequest)
    #expect(parse("aws directconnect describe-connections help").isValid)
  }

  @Test func invalidChoiceForGlobalOption() {
    let result = parse("aws --output yml directconnect describe-connections")
    #expect(result.errors.first?.code == .invalidChoice)
    #expect(result.errors.first?.suggestions.first == "yaml")
  }

  // MARK: Values

  @Test func badIntegerNamesTheOptionAndPointsAtTheValue() throws {
    let line = Self.bgp + " --new-bgp-peer asn=abc,addressFamily=ipv6"
    let result = parse(line)
    let error = try #require(result.errors.first)
    #expect(error.option == "--new-bgp-peer")
    #expect(error.path == "asn")
    #expect(error.code == .invalidInteger)
    #expect(error.message == "expected an integer, got \"abc\"")
    #expect(error.location?.wordIndex == 6)
    #expect(error.location?.range == 4..<7)
    #expect(error.awsMessage == "invalid literal for int() with base 10: 'abc'")
    let rendered = DiagnosticRenderer().render(error, in: result)
    #expect(
      rendered == """
        argot: error: --new-bgp-peer: asn: expected an integer, got "abc"
          \(line)
          \(String(repeating: " ", count: 91))^~~
        """
    )
  }

  @Test func rendersTheWordWhenThereIsNoLine() throws {
    let result = parser.parse(arguments: [
      "directconnect", "create-bgp-peer", "--virtual-interface-id", "v",
      "--new-bgp-peer", "asn=abc,addressFamily=ipv6",
    ])
    let error = try #require(result.errors.first)
    #expect(
      DiagnosticRenderer().render(error, in: result) == """
        argot: error: --new-bgp-peer: asn: expected an integer, got "abc"
          asn=abc,addressFamily=ipv6
              ^~~
        """
    )
  }

  @Test func jsonValues() {
    let result = parse(Self.bgp + #" --new-bgp-peer '{"asn": 64600, "addressFamily": "ipv6"}'"#)
    #expect(result.isValid)
    #expect(result.parameters["newBGPPeer"] == ["asn": 64600, "addressFamily": "ipv6"])
    let list = parse(Self.interconnect + #" --tags '{"key": "a"}' '{"key": "b"}'"#)
    #expect(list.parameters["tags"] == [["key": "a"], ["key": "b"]])
  }

  @Test func invalidJSONPointsAtThePosition() throws {
    let line = Self.bgp + #" --new-bgp-peer '{"asn": 64600,}'"#
    let result = parse(line)
    let error = try #require(result.errors.first)
    #expect(error.code == .invalidJSON)
    #expect(error.message.hasPrefix("invalid JSON at line 1, column"))
    #expect(error.location?.wordIndex == 6)
  }

  @Test func jsonTypeErrorsPointAtTheKey() throws {
    let result = parse(Self.bgp + #" --new-bgp-peer '{"asn": "x", "bogus": 1}'"#)
    let unknown = try #require(result.errors.first { $0.code == .unknownParameter })
    #expect(unknown.path == "bogus")
    #expect(unknown.location?.range == 13..<20)
    let type = try #require(result.errors.first { $0.code == .invalidType })
    #expect(type.path == "asn")
    #expect(type.location?.range == 8..<11)
  }

  @Test func shorthandUnknownKeyWithSuggestion() throws {
    let result = parse(Self.interconnect + " --tags key=a,value=b key=c,vlaue=d")
    let error = try #require(result.errors.first)
    #expect(error.code == .unknownParameter)
    #expect(error.path == "[1].vlaue")
    #expect(error.message.contains("did you mean \"value\""))
    #expect(error.location?.range == 6..<11)
  }

  @Test func enumIsAWarning() throws {
    let result = parse(Self.bgp + " --new-bgp-peer asn=1,addressFamily=ipv7")
    #expect(result.isValid)
    let warning = try #require(result.warnings.first)
    #expect(warning.code == .invalidEnum)
    #expect(warning.path == "addressFamily")
  }

  @Test func shorthandSyntaxErrorKeepsTheAWSMessage() throws {
    let result = parse(Self.bgp + " --new-bgp-peer asn=64600,asn=1")
    let error = try #require(result.errors.first)
    #expect(error.code == .shorthandSyntax)
    #expect(error.awsMessage?.contains("Second instance of key \"asn\"") == true)
  }

  // MARK: Files

  @Test func parameterFiles() {
    let files = InMemoryParamFiles(texts: [
      "peer.json": #"{"asn": 7}"#, "/home/user/peer.txt": "asn=8,addressFamily=ipv4", "name.txt": "from-file",
    ])
    let options = InvocationOptions(files: files)
    #expect(parse(Self.bgp + " --new-bgp-peer file://peer.json", options).parameters["newBGPPeer"] == ["asn": 7])
    #expect(
      parse(Self.bgp + " --new-bgp-peer file://~/peer.txt", options).parameters["newBGPPeer"]
        == ["asn": 8, "addressFamily": "ipv4"]
    )
    #expect(
      parse(
        "aws directconnect create-interconnect --bandwidth 1 --location l --interconnect-name file://name.txt",
        options
      ).parameters["interconnectName"] == "from-file"
    )
  }

  @Test func missingFileGivesTheAWSMessage() throws {
    let result = parse(
      Self.bgp + " --new-bgp-peer file://missing.json",
      InvocationOptions(files: InMemoryParamFiles())
    )
    let error = try #require(result.errors.first)
    #expect(error.code == .fileUnreadable)
    #expect(
      error.awsMessage == "Error parsing parameter '--new-bgp-peer': Unable to load paramfile "
        + "file://missing.json: [Errno 2] No such file or directory: 'missing.json'"
    )
  }

  // MARK: --cli-input-json / --cli-input-yaml

  @Test func cliInputMergesShallowlyAndTheCommandLineWins() {
    let result = parse(
      #"aws directconnect create-bgp-peer --cli-input-json '{"virtualInterfaceId": "v", "newBGPPeer": {"asn": 5}}' --new-bgp-peer asn=6"#
    )
    #expect(result.isValid)
    #expect(result.parameters == ["newBGPPeer": ["asn": 6], "virtualInterfaceId": "v"])
  }

  @Test func cliInputWaivesRequiredOptionsButNotValidation() throws {
    let result = parse(#"aws directconnect create-interconnect --cli-input-json '{"bandwidth": "1", "location": "l"}'"#)
    let error = try #require(result.errors.first)
    #expect(error.code == .missingRequiredParameter)
    #expect(error.message.contains("interconnectName"))
    #expect(error.message.contains("--interconnect-name"))
  }

  @Test func cliInputUnknownKeyPointsIntoTheJSON() throws {
    let result = parse(#"aws directconnect create-bgp-peer --cli-input-json '{"virtualInterfaceId": "v", "Bogus": 1}'"#)
    let error = try #require(result.errors.first)
    #expect(error.code == .unknownParameter)
    #expect(error.option == "--cli-input-json")
    #expect(error.location?.range == 28..<35)
  }

  @Test func cliInputMustBeAnObject() {
    let result = parse("aws directconnect describe-connections --cli-input-json '[1]'")
    #expect(result.errors.map(\.code) == [.cliInputNotObject])
  }

  @Test func onlyOneCLIInput() {
    let result = parse("aws directconnect describe-connections --cli-input-json '{}' --cli-input-yaml 'a: 1'")
    #expect(result.errors.map(\.code).contains(.conflictingOptions))
  }

  @Test func cliInputYAML() {
    let yaml = """
      virtualInterfaceId: dxvif-1  # comment
      newBGPPeer:
        asn: 64600
        addressFamily: ipv6
        authKey: 'it''s'
      """
    let files = InMemoryParamFiles(texts: ["input.yaml": yaml])
    let result = parse(
      "aws directconnect create-bgp-peer --cli-input-yaml file://input.yaml",
      InvocationOptions(files: files)
    )
    #expect(result.isValid)
    #expect(
      result.parameters == [
        "virtualInterfaceId": "dxvif-1", "newBGPPeer": ["asn": 64600, "addressFamily": "ipv6", "authKey": "it's"],
      ]
    )
  }

  // MARK: Skeletons and binary format

  @Test func skeletonWaivesRequiredOptions() {
    let result = parse("aws directconnect create-bgp-peer --generate-cli-skeleton")
    #expect(result.isValid)
    #expect(result.skeleton == "input")
    #expect(parse("aws directconnect create-bgp-peer --generate-cli-skeleton yaml-input").skeleton == "yaml-input")
    #expect(
      parse("aws directconnect create-bgp-peer --generate-cli-skeleton bogus").errors.first?.code
        == .invalidChoice
    )
  }

  @Test func blobsMustBeBase64ByDefault() throws {
    guard let catalog = TestCatalog.botocore else { return }
    let parser = InvocationParser(catalog: catalog)
    let ok = parser.parse(line: "aws kms encrypt --key-id k --plaintext aGVsbG8=")
    #expect(ok.isValid)
    #expect(ok.parameters["Plaintext"] == "aGVsbG8=")
    let line = "aws kms encrypt --key-id k --plaintext hello!"
    let bad = parser.parse(line: line)
    let error = try #require(bad.errors.first)
    #expect(error.code == .invalidBase64)
    #expect(error.awsMessage == #"Invalid base64: "hello!""#)
    // As Python's b64decode: "!" is skipped, and the "o" after the last whole group of four is left over.
    #expect(error.location?.range == 4..<5)
    let raw = parser.parse(line: line + " --cli-binary-format raw-in-base64-out")
    #expect(raw.isValid)
    #expect(raw.parameters["Plaintext"] == "aGVsbG8h")
    let files = InMemoryParamFiles(files: ["data.bin": [0, 1, 2, 255]])
    let bytes = parser.parse(
      line: "aws kms encrypt --key-id k --plaintext fileb://data.bin",
      options: InvocationOptions(files: files)
    )
    #expect(bytes.isValid)
    #expect(bytes.parameters["Plaintext"] == "AAEC/w==")
  }

  // MARK: Partial mode

  @Test func partialModeChecksOnlyWhatIsThere() {
    let options = InvocationOptions(mode: .partial)
    #expect(parse("aws directconnect create-interconnect --bandwidth 1Gbps", options).isValid)
    #expect(parse("aws directconnect create-interconnect --bandwidth", options).isValid)
    #expect(parse("aws directconnect create-interconnect --bandw", options).isValid)
    #expect(parse("aws directconnect create-bgp-peer --new-bgp-peer asn=", options).isValid)
    #expect(parse("aws directconnect create-bgp", options).isValid)
    #expect(
      parse("aws directconnect create-bgp-peer --new-bgp-peer asn=x,addressFamily=ipv6", options).errors
        .map(\.code) == [.invalidInteger]
    )
    // An unknown option takes no value (argparse), so "1" is a stray word.
    #expect(
      parse("aws directconnect create-interconnect --bogus 1 --bandwidth", options).errors.map(\.code)
        == [.unknownOption, .unexpectedArgument]
    )
  }

  // MARK: Other services

  @Test func otherServicesWithBotocore() {
    guard let catalog = TestCatalog.botocore else { return }
    let parser = InvocationParser(catalog: catalog)
    let filters = parser.parse(line: "aws ec2 describe-instances --filters Name=a,Values=b,c --dry-run --max-results 5")
    #expect(filters.isValid)
    #expect(
      filters.parameters == ["DryRun": true, "Filters": [["Name": "a", "Values": ["b", "c"]]], "MaxResults": 5]
    )
    let waiter = parser.parse(line: "aws ec2 wait instance-running --instance-ids i-1 i-2")
    #expect(waiter.isValid)
    #expect(waiter.parameters == ["InstanceIds": ["i-1", "i-2"]])
    let value = parser.parse(
      line: "aws ec2 modify-instance-attribute --instance-id i-1 "
        + "--instance-initiated-shutdown-behavior terminate"
    )
    #expect(value.parameters["InstanceInitiatedShutdownBehavior"] == ["Value": "terminate"])
    let badInteger = parser.parse(line: "aws ec2 describe-instances --max-results abc")
    #expect(badInteger.errors.first?.message == "expected an integer, got \"abc\"")
    #expect(badInteger.errors.first?.option == "--max-results")
  }
}
