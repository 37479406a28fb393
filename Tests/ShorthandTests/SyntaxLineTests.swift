import Botocore
import Shorthand
import Testing

/// Help's "Shorthand Syntax" lines. The expected strings are what `ParamShorthandDocGen` prints for the same
/// shapes (checked by running it on `TestModel`), plus the real models when botocore is installed.
@Suite struct SyntaxLineTests {
  func line(_ shape: String) -> String? {
    ShorthandSyntaxLine.make(for: TestModel.shape(shape), in: TestModel.model)
  }

  @Test func structuresListTheirMembersWithTypes() {
    #expect(
      line("Peer")
        == "asn=integer,asnLong=long,ratio=double,enabled=boolean,name=string,family=string,ports=integer,integer,"
        + "ebs={VolumeSize=integer,Encrypted=boolean,VolumeType=string},labels={KeyName1=integer,KeyName2=integer},"
        + "when=timestamp,blob=blob"
    )
  }

  @Test func listArgumentsDocumentOneElement() {
    #expect(line("TagList") == "Key=string,Value=string ...")
    #expect(line("Rows") == "string,string ...")
    // Lists of documents are left out of the element.
    #expect(line("MappingList") == "DeviceName=string,Ebs={VolumeSize=integer,Encrypted=boolean,VolumeType=string} ...")
  }

  @Test func mapsListValidKeyNamesAtTheTop() {
    #expect(line("LabelMap") == "KeyName1=integer,KeyName2=integer\n\nWhere valid key names are:\n  alpha\n  beta\n")
    #expect(
      line("FlagMap")
        == "KeyName1={VolumeSize=integer,Encrypted=boolean,VolumeType=string},"
        + "KeyName2={VolumeSize=integer,Encrypted=boolean,VolumeType=string}"
    )
  }

  @Test func nestedListsAndMapsAreBracketed() {
    #expect(
      line("Grid")
        == "rows=[[string,string],[string,string]],flags={KeyName1={VolumeSize=integer,Encrypted=boolean,"
        + "VolumeType=string},KeyName2={VolumeSize=integer,Encrypted=boolean,VolumeType=string}}"
    )
  }

  @Test func recursionAndDepth() {
    #expect(
      line("Node") == "name=string,children=[{name=string,( ... recursive ... )},{name=string,( ... recursive ... )}]"
    )
    #expect(line("Level1") == "")
    #expect(line("CreateInput") == "")
  }

  @Test func specialCases() {
    #expect(line("AttributeValue") == nil)
    #expect(line("StringList") == nil)
    #expect(line("Document") == nil)
  }

  @Test(.enabled(if: BotocoreModels.dataDirectory != nil, "needs botocore models"))
  func realArguments() throws {
    let directconnect = try BotocoreModels.load("directconnect")
    let peer = try #require(BotocoreModels.memberShape(directconnect, operation: "CreateBGPPeer", member: "newBGPPeer"))
    #expect(
      ShorthandSyntaxLine.make(for: peer, in: directconnect)
        == "asn=integer,asnLong=long,authKey=string,addressFamily=string,amazonAddress=string,customerAddress=string"
    )
    let tags = try #require(BotocoreModels.memberShape(directconnect, operation: "CreateInterconnect", member: "tags"))
    #expect(ShorthandSyntaxLine.make(for: tags, in: directconnect) == "key=string,value=string ...")
    let elb = try BotocoreModels.load("elb")
    let instances = try #require(
      BotocoreModels.memberShape(elb, operation: "RegisterInstancesWithLoadBalancer", member: "Instances")
    )
    let context = ShorthandArgumentContext(
      service: "elb",
      operation: "RegisterInstancesWithLoadBalancer",
      member: "Instances"
    )
    #expect(
      ShorthandSyntaxLine.make(for: instances, in: elb, context: context, cliName: "--instances")
        == "--instances InstanceId1 InstanceId2 InstanceId3"
    )
  }
}
