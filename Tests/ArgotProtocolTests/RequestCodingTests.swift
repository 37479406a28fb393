import ArgotProtocol
import JSON
import JSONRPC
import Testing

@Suite struct RequestCodingTests {
  static let bgp = CommandName(service: "directconnect", operation: "create-bgp-peer")

  /// Decoding what a request encodes gives the request back.
  func roundTrip<Request: ArgotRequest>(_ request: Request, _ json: String) throws {
    let expected = try JSONValue(parsing: json)
    #expect(request.params == expected, "\(Request.method): \(request.params.serialized())")
    #expect(try Request(params: request.params) == request)
  }

  @Test func everyRequestRoundTrips() throws {
    try roundTrip(
      InitializeRequest(clientName: "vim", clientVersion: "9"),
      #"{"clientInfo":{"name":"vim","version":"9"}}"#
    )
    try roundTrip(InitializeRequest(), "{}")
    try roundTrip(ShutdownRequest(), "{}")
    try roundTrip(ServicesRequest(), "{}")
    try roundTrip(OperationsRequest(service: "ec2"), #"{"service":"ec2"}"#)
    try roundTrip(CompleteRequest(line: "aws dir"), #"{"line":"aws dir"}"#)
    try roundTrip(CompleteRequest(line: "aws dir", point: 5), #"{"line":"aws dir","point":5}"#)
    try roundTrip(
      SchemaRequest(command: Self.bgp, format: .jsonSchema, includesGlobalOptions: false),
      #"{"service":"directconnect","operation":"create-bgp-peer","format":"json-schema","globalOptions":false}"#
    )
    try roundTrip(
      DocRequest(command: Self.bgp, width: 100),
      #"{"service":"directconnect","operation":"create-bgp-peer","width":100}"#
    )
    try roundTrip(
      SkeletonRequest(
        command: Self.bgp,
        kind: "yaml-input",
        requiredOnly: true,
        oneUnionMember: true,
        prefill: ["virtualInterfaceId": "dxvif-1"]
      ),
      #"{"service":"directconnect","operation":"create-bgp-peer","kind":"yaml-input","requiredOnly":true,"#
        + #""oneUnionMember":true,"prefill":{"virtualInterfaceId":"dxvif-1"}}"#
    )
    try roundTrip(
      ParseRequest(input: .argv(["aws", "s3api", "list-buckets"]), isPartial: true),
      #"{"argv":["aws","s3api","list-buckets"],"partial":true}"#
    )
    try roundTrip(ParseRequest(input: .line("aws ec2 describe-instances")), #"{"line":"aws ec2 describe-instances"}"#)
    try roundTrip(
      ValidateRequest(input: .input(Self.bgp, text: #"{"a":1}"#)),
      #"{"service":"directconnect","operation":"create-bgp-peer","input":"{\"a\":1}"}"#
    )
    try roundTrip(
      ShorthandRequest(command: Self.bgp, option: "--new-bgp-peer", words: ["asn=1"]),
      #"{"service":"directconnect","operation":"create-bgp-peer","option":"--new-bgp-peer","text":"asn=1"}"#
    )
    try roundTrip(
      ShorthandRequest(command: Self.bgp, option: "--tags", words: ["a=1", "b=2"], isPartial: true),
      #"{"service":"directconnect","operation":"create-bgp-peer","option":"--tags","text":["a=1","b=2"],"#
        + #""partial":true}"#
    )
    try roundTrip(
      FormatRequest(command: Self.bgp, option: "--new-bgp-peer", value: ["asn": 1]),
      #"{"service":"directconnect","operation":"create-bgp-peer","option":"--new-bgp-peer","value":{"asn":1}}"#
    )
  }

  @Test func inputMayBeTheDocumentItself() throws {
    let request = try ValidateRequest(params: [
      "service": "directconnect", "operation": "create-bgp-peer", "input": ["newBGPPeer": ["asn": 1]],
    ])
    #expect(request.input == .input(Self.bgp, text: #"{"newBGPPeer":{"asn":1}}"#))
  }

  @Test func defaultsAreTheCommandLineDefaults() throws {
    let schema = try SchemaRequest(params: ["service": "s", "operation": "o"])
    #expect(schema.format == .argot && schema.includesGlobalOptions)
    let skeleton = try SkeletonRequest(params: ["service": "s", "operation": "o"])
    #expect(skeleton.kind == "input" && !skeleton.requiredOnly && !skeleton.oneUnionMember && skeleton.prefill == nil)
    #expect(try DocRequest(params: ["service": "s", "operation": "o"]).width == 80)
    #expect(try ParseRequest(params: ["line": "aws"]).isPartial == false)
  }

  @Test func waitersAreNamedAfterWait() {
    #expect(CommandName(service: "ec2", operation: "wait instance-running").waiter == "instance-running")
    #expect(
      CommandName(service: "ec2", operation: "wait instance-running").words == ["ec2", "wait", "instance-running"]
    )
    #expect(CommandName(service: "ec2", operation: "wait").waiter == nil)
    #expect(CommandName(service: "ec2", operation: "wait ").waiter == nil)
    #expect(CommandName(service: "ec2", operation: "waiter-x").waiter == nil)
    #expect(Self.bgp.words == ["directconnect", "create-bgp-peer"])
  }

  @Test func methodNamesAreUniqueAndListed() {
    let methods = ArgotMethods.requests.map { $0.method }
    #expect(Set(methods).count == methods.count)
    #expect(ArgotMethods.all == (methods + ["exit", "initialized"]).sorted())
    #expect(ArgotMethods.all.contains(CompleteRequest.method))
    #expect(ArgotMethods.reserved.isEmpty)
  }
}
