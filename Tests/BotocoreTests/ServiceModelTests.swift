import Botocore
import JSON
import Testing

@Suite struct ServiceModelTests {
  static let modelText = #"""
    {"metadata": {"apiVersion": "2020-01-01", "serviceId": "Demo", "protocol": "json"},
     "operations": {
       "CreateThing": {"name": "CreateThing", "http": {"method": "POST", "requestUri": "/"},
                       "input": {"shape": "CreateThingRequest"}, "output": {"shape": "Thing"},
                       "documentation": "<p>Makes a thing.</p>"},
       "ListThings": {"name": "ListThings", "input": {"shape": "ListThingsRequest"}}
     },
     "shapes": {
       "CreateThingRequest": {"type": "structure", "required": ["name"],
         "members": {"zeta": {"shape": "Count", "documentation": "member docs"},
                     "name": {"shape": "Name"},
                     "kind": {"shape": "Kind"},
                     "tags": {"shape": "TagList"}}},
       "Count": {"type": "integer", "min": 1, "max": 99.5},
       "Name": {"type": "string", "pattern": "^[a-z]+$", "documentation": "shape docs"},
       "Kind": {"type": "string", "enum": ["big", "small"]},
       "TagList": {"type": "list", "member": {"shape": "Name"}},
       "Thing": {"type": "structure", "members": {"data": {"shape": "Doc"}}},
       "Doc": {"type": "structure", "members": {}, "document": true},
       "ListThingsRequest": {"type": "structure", "members": {"NextToken": {"shape": "Name"}}}
     }}
    """#

  @Test func readsOperationsShapesAndOrder() throws {
    let model = try ServiceModel(
      serviceName: "demo",
      service: try JSONValue(parsing: Self.modelText),
      paginators: try JSONValue(
        parsing:
          #"{"pagination": {"ListThings": {"input_token": "NextToken", "output_token": "NextToken", "result_key": "Things"}}}"#
      ),
      source: "test"
    )
    #expect(model.operations.map(\.name) == ["CreateThing", "ListThings"])
    let create = try #require(model.operation(named: "CreateThing"))
    #expect(create.httpMethod == "POST")
    let input = try #require(model.inputShape(of: create))
    #expect(input.members.map(\.name) == ["zeta", "name", "kind", "tags"])
    #expect(input.required == ["name"])
    #expect(input.members[0].reference.documentation == "member docs")
    #expect(model.shape(named: "Count")?.max == 99.5)
    #expect(model.shape(named: "Kind")?.enumValues == ["big", "small"])
    #expect(model.shape(named: "TagList")?.member?.shapeName == "Name")
    #expect(model.shape(named: "Doc")?.isDocument == true)
    #expect(model.paginators["ListThings"]?.inputTokens == ["NextToken"])
  }

  @Test func namesTheSpotOfAMalformedModel() throws {
    let broken = try JSONValue(
      parsing: #"{"metadata": {"apiVersion": "1"}, "operations": {}, "shapes": {"A": {"type": "wibble"}}}"#
    )
    #expect(throws: ModelError(source: "m.json", path: "shapes.A.type", message: "unknown shape type \"wibble\"")) {
      try ServiceModel(serviceName: "x", service: broken, source: "m.json")
    }
  }

  @Test func inflatesGzip() throws {
    // "hello\n" compressed by gzip -n.
    let compressed: [UInt8] = [
      0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0xe7, 0x02, 0x00,
      0x20, 0x30, 0x3a, 0x36, 0x06, 0x00, 0x00, 0x00,
    ]
    #expect(Gunzip.isGzip(compressed))
    #expect(try Gunzip.inflate(compressed, source: "t") == Array("hello\n".utf8))
    #expect(throws: ModelError.self) { try Gunzip.inflate([0x1f, 0x8b, 1, 2, 3], source: "t") }
    // The start of the stream only: a limit, or the first bytes of the compressed data.
    #expect(Gunzip.inflatePrefix(compressed, limit: 3) == Array("hel".utf8))
    #expect(Gunzip.inflatePrefix(compressed, limit: 100) == Array("hello\n".utf8))
    #expect(
      Gunzip.inflatePrefix(Array(compressed.prefix(14)), limit: 100).map { Array("hello\n".utf8).starts(with: $0) }
        == true
    )
    #expect(Gunzip.inflatePrefix([0x1f, 0x8b, 1, 2, 3], limit: 10) == nil)
  }
}
