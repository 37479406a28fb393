import ArgotProtocol
import JSON
import JSONRPC
import Testing

/// Results and errors encode to exactly this JSON, member order included.
@Suite struct ResultEncodingTests {
  func check(_ value: JSONValue, _ json: String) throws {
    let expected = try JSONValue(parsing: json, options: .allowScalars)
    #expect(value == expected, "got \(value.serialized())")
    #expect(value.serialized() == expected.serialized())
  }

  @Test func diagnosticHasEveryMember() throws {
    let full = Diagnostic(
      severity: .error,
      code: "invalid-integer",
      message: "expected an integer, got \"abc\"",
      option: "--new-bgp-peer",
      path: "asn",
      word: 5,
      range: TextRange(4..<7),
      utf16Range: TextRange(start: 5, end: 8),
      suggestions: ["x"],
      awsMessage: "invalid literal"
    )
    try check(
      full.jsonValue,
      #"{"severity":"error","code":"invalid-integer","message":"expected an integer, got \"abc\"","#
        + #""option":"--new-bgp-peer","path":"asn","word":5,"range":{"start":4,"end":7},"#
        + #""utf16Range":{"start":5,"end":8},"suggestions":["x"],"awsMessage":"invalid literal"}"#
    )
    let bare = Diagnostic(severity: .note, code: "c", message: "m")
    try check(
      bare.jsonValue,
      #"{"severity":"note","code":"c","message":"m","option":null,"path":null,"word":null,"range":null,"#
        + #""utf16Range":null,"suggestions":[],"awsMessage":null}"#
    )
    #expect(full.isError && !bare.isError)
  }

  @Test func results() throws {
    try check(EmptyResult().jsonValue, "null")
    try check(
      CompleteResult(
        items: [
          .init(label: "addressFamily", insertText: "addressFamily=", kind: "key", detail: "enum", noSpace: true),
          .init(label: "ec2", insertText: "ec2", kind: "service", documentation: "Amazon EC2."),
        ],
        replace: 4..<7
      ).jsonValue,
      #"{"items":[{"label":"addressFamily","insertText":"addressFamily=","kind":"key","detail":"enum","noSpace":true},"#
        + #"{"label":"ec2","insertText":"ec2","kind":"service","documentation":"Amazon EC2.","noSpace":false}],"#
        + #""replace":{"start":4,"end":7}}"#
    )
    try check(TextResult(text: "a\n").jsonValue, #"{"text":"a\n"}"#)
    try check(
      ServicesResult(
        services: [.init(name: "s3api", serviceName: "s3", isHidden: false)],
        customCommands: ["s3"]
      ).jsonValue,
      #"{"services":[{"name":"s3api","serviceName":"s3","hidden":false}],"customCommands":["s3"]}"#
    )
    try check(
      OperationsResult(
        service: "directconnect",
        serviceName: "directconnect",
        operations: [.init(name: "create-bgp-peer", operation: "CreateBGPPeer", isHidden: false)],
        waiters: [],
        customCommands: []
      ).jsonValue,
      #"{"service":{"name":"directconnect","serviceName":"directconnect"},"#
        + #""operations":[{"name":"create-bgp-peer","operation":"CreateBGPPeer","hidden":false}],"#
        + #""waiters":[],"customCommands":[]}"#
    )
    try check(
      ParseResult(command: RequestCodingTests.bgp, params: ["a": 1], diagnostics: []).jsonValue,
      #"{"command":{"service":"directconnect","operation":"create-bgp-peer"},"params":{"a":1},"diagnostics":[]}"#
    )
    try check(
      ParseResult(command: nil, params: [:], diagnostics: []).jsonValue,
      #"{"command":null,"params":{},"diagnostics":[]}"#
    )
    try check(ValidateResult(diagnostics: []).jsonValue, #"{"diagnostics":[]}"#)
    try check(
      ShorthandResult(syntax: "json", value: nil, diagnostics: []).jsonValue,
      #"{"syntax":"json","value":null,"diagnostics":[]}"#
    )
    try check(
      FormatResult(syntax: "shorthand", words: ["a=1", "b=2"], text: "a=1 b=2").jsonValue,
      #"{"syntax":"shorthand","words":["a=1","b=2"],"text":"a=1 b=2"}"#
    )
    try check(SchemaResult(document: ["type": "object"]).jsonValue, #"{"type":"object"}"#)
  }

  @Test func initializeResult() throws {
    let result = InitializeResult(
      serverInfo: ServerInfo(name: "argot", version: "1.2.3"),
      capabilities: ServerCapabilities(
        methods: ["a"],
        reservedMethods: ["b"],
        maximumMessageSize: 1024,
        maximumNestingDepth: 9
      ),
      models: ModelDataInfo(
        searchPath: ["/d"],
        botocoreDataDirectory: "/d",
        botocoreVersion: "1.0",
        embeddedServices: ["x"],
        serviceCount: 3,
        cacheDirectory: nil
      )
    )
    try check(
      result.jsonValue,
      #"{"serverInfo":{"name":"argot","version":"1.2.3"},"capabilities":{"methods":["a"],"reservedMethods":["b"],"#
        + #""framings":["content-length","newline-delimited"],"batches":true,"cancellation":true,"#
        + #""maximumMessageSize":1024,"maximumNestingDepth":9,"positionEncoding":"utf-16","#
        + #""textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},"#
        + #""completionProvider":{"triggerCharacters":["-","=",","," ","{","[","/",":"],"resolveProvider":false},"#
        + #""hoverProvider":true,"codeActionProvider":{"codeActionKinds":["quickfix","refactor.rewrite"]}},"#
        + #""models":{"searchPath":["/d"],"#
        + #""botocoreDataDirectory":"/d","botocoreVersion":"1.0","embeddedServices":["x"],"serviceCount":3,"#
        + #""cacheDirectory":null,"awsCLI":{"program":null,"version":null,"rules":"v2","rulesOverridden":false},"#
        + #""fallback":null}}"#
    )
  }

  @Test func applicationErrorsCarryTheirData() throws {
    #expect(ErrorCode.unknownService.rawValue == -32010)
    #expect(ErrorCode.unknownOperation.rawValue == -32011)
    #expect(ErrorCode.unknownOption.rawValue == -32012)
    #expect(ErrorCode.customCommand.rawValue == -32013)
    #expect(ErrorCode.modelUnavailable.rawValue == -32014)
    #expect(ErrorCode.notShorthand.rawValue == -32015)
    try check(
      ResponseError.unknownService("ec3", suggestions: ["ec2", "ecs"]).jsonValue,
      #"{"code":-32010,"message":"unknown service \"ec3\"; did you mean \"ec2\", \"ecs\"?","#
        + #""data":{"service":"ec3","suggestions":["ec2","ecs"]}}"#
    )
    try check(
      ResponseError.unknownOperation(service: "ec2", operation: "run-instance", suggestions: []).jsonValue,
      #"{"code":-32011,"message":"\"run-instance\" is not an operation of \"ec2\"","#
        + #""data":{"service":"ec2","operation":"run-instance","suggestions":[]}}"#
    )
    try check(
      ResponseError.unknownOption(service: "s", operation: "o", option: "--x", suggestions: ["--y"]).jsonValue,
      #"{"code":-32012,"message":"\"--x\" is not an option of \"aws s o\"; did you mean \"--y\"?","#
        + #""data":{"service":"s","operation":"o","option":"--x","suggestions":["--y"]}}"#
    )
    try check(
      ResponseError.customCommand("s3 cp").jsonValue,
      #"{"code":-32013,"message":"\"s3 cp\" is a command the AWS CLI implements itself; argot has no model for it","#
        + #""data":{"command":"s3 cp"}}"#
    )
    try check(
      ResponseError.modelUnavailable("bad file").jsonValue,
      #"{"code":-32014,"message":"model data unavailable: bad file","data":{"detail":"bad file"}}"#
    )
    try check(
      ResponseError.notShorthand(option: "--ids", type: "list").jsonValue,
      #"{"code":-32015,"message":"--ids takes a list, which is not written in shorthand","#
        + #""data":{"option":"--ids","type":"list"}}"#
    )
  }
}
