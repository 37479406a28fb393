import Botocore
import JSON
import Testing

@Suite struct ShapeGraphTests {
  static func model(shapes: String, input: String = "Request") throws -> String {
    #"{"metadata": {"apiVersion": "2020-01-01"}, "operations": {"Go": {"input": {"shape": "\#(input)"}}}, "shapes": {\#(shapes)}}"#
  }

  static func read(_ text: String) throws(ModelError) -> ServiceModel {
    let json: JSONValue
    do { json = try JSONValue(parsing: text) } catch { fatalError("test JSON does not parse: \(error)") }
    return try ServiceModel(serviceName: "demo", service: json, source: "demo/service-2.json")
  }

  /// A chain of `count` structures, each holding the next: `S0 → S1 → … → S(count-1)`, the first named Request.
  static func chain(_ count: Int) -> String {
    (0..<count).map { level in
      let name = level == 0 ? "Request" : "S\(level)"
      let member = level + 1 < count ? #"{"next": {"shape": "S\#(level + 1)"}}"# : "{}"
      return #""\#(name)": {"type": "structure", "members": \#(member)}"#
    }.joined(separator: ", ")
  }

  @Test func missingInputShapeIsAnErrorNamingIt() throws {
    let text = try Self.model(shapes: #""Other": {"type": "string"}"#, input: "Missing")
    #expect(
      throws: ModelError(
        source: "demo/service-2.json",
        path: "operations.Go.input",
        message: #"refers to shape "Missing", which the model does not define"#
      )
    ) { try Self.read(text) }
  }

  @Test func missingMemberShapeIsAnErrorNamingIt() throws {
    let text = try Self.model(shapes: #""Request": {"type": "structure", "members": {"a": {"shape": "Gone"}}}"#)
    let error = #expect(throws: ModelError.self) { try Self.read(text) }
    #expect(error?.path == "shapes.Request.members.a")
    #expect(error?.description.contains(#""Gone""#) == true)
  }

  @Test func missingListMemberIsAnError() throws {
    let text = try Self.model(
      shapes:
        #""Request": {"type": "structure", "members": {"l": {"shape": "L"}}}, "L": {"type": "list", "member": {"shape": "X"}}"#
    )
    let error = #expect(throws: ModelError.self) { try Self.read(text) }
    #expect(error?.path == "shapes.L.member")
  }

  /// 5,000 nested structures: a clear error naming the file and the shape, read without deep recursion.
  @Test func deepChainIsAClearError() throws {
    let text = try Self.model(shapes: Self.chain(5_000))
    let error = #expect(throws: ModelError.self) { try Self.read(text) }
    #expect(error?.source == "demo/service-2.json")
    #expect(error?.path == "shapes.Request")
    #expect(error?.message.contains("5000 levels") == true)
  }

  @Test func chainAtTheLimitIsRead() throws {
    let model = try Self.read(try Self.model(shapes: Self.chain(256)))
    #expect(model.shapes.count == 256)
    let tooDeep = try Self.model(shapes: Self.chain(257))
    #expect(throws: ModelError.self) { try Self.read(tooDeep) }
  }

  /// Recursive shapes (like DynamoDB's AttributeValue) are fine: a cycle counts as deep as its size.
  @Test func recursiveShapesAreRead() throws {
    let text = try Self.model(
      shapes: #"""
        "Request": {"type": "structure", "members": {"v": {"shape": "Value"}}},
        "Value": {"type": "structure", "members": {"l": {"shape": "Values"}, "m": {"shape": "Map"}, "s": {"shape": "Str"}}},
        "Values": {"type": "list", "member": {"shape": "Value"}},
        "Map": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Value"}},
        "Str": {"type": "string"}
        """#
    )
    #expect(try Self.read(text).shapes.count == 5)
  }
}
