import Botocore
import JSON
import Testing

@testable import Shorthand

/// Writing values back as shorthand, and the round-trip property: format, parse and type gives the value back.
@Suite struct FormatterTests {
  let model = TestModel.model

  func format(_ value: JSONValue, _ shape: String) -> String? {
    ShorthandFormatter.format(value, shape: TestModel.shape(shape), model: model)
  }

  @Test func writesPlainValuesBare() {
    #expect(
      format(["asn": 64600, "family": "ipv6", "enabled": true, "ratio": 0.5], "Peer")
        == "asn=64600,family=ipv6,enabled=true,ratio=0.5"
    )
    #expect(
      format(["ports": [80, 443], "ebs": ["VolumeSize": 10, "VolumeType": "gp3"]], "Peer")
        == "ports=80,443,ebs={VolumeSize=10,VolumeType=gp3}"
    )
    #expect(format(["ports": [80]], "Peer") == "ports=[80]")
    #expect(format(["tags": [["Key": "a", "Value": "b"]]], "CreateInput") == "tags=[{Key=a,Value=b}]")
    #expect(format(["ids": ["only"]], "CreateInput") == "ids=only")
    #expect(format(["ids": []], "CreateInput") == "ids=[]")
    #expect(format(["Policy": "x"], "AttributeMap") == "Policy=x")
  }

  @Test func escapesAndQuotesWhenNeeded() {
    #expect(format(["name": "a,b"], "Peer") == "name=a\\,b")
    #expect(format(["name": " lead"], "Peer") == "name=' lead'")
    #expect(format(["name": "trail "], "Peer") == "name='trail '")
    #expect(format(["name": "it's"], "Peer") == "name=\"it's\"")
    #expect(format(["name": "both ' and \""], "Peer") == "name='both \\' and \"'")
    #expect(format(["name": "😀"], "Peer") == "name='😀'")
    #expect(format(["name": "[x]"], "Peer") == "name='[x]'")
    #expect(format(["name": "a=b"], "Peer") == "name=a=b")
    #expect(format(["ids": ["a=b", "c"]], "CreateInput") == "ids=a=b,c")
    #expect(format(["ids": ["c", "a=b"]], "CreateInput") == "ids=c,'a=b'")
    #expect(format(["ids": ["x", ""]], "CreateInput") == "ids=x,''")
    #expect(format(["name": "end\\"], "Peer") == "name=end\\ ")
    #expect(format(["name": ""], "Peer") == "name=")
  }

  @Test func refusesWhatShorthandCantExpress() {
    #expect(format([:], "Peer") == nil)
    #expect(format(["asn": "64600"], "Peer") == nil)
    #expect(format(["name": 5], "Peer") == nil)
    #expect(format(["name": nil], "Peer") == nil)
    #expect(format(["extra": ["a": "b"]], "Peer") == nil)
    #expect(format(["labels": ["bad key": 1]], "Peer") == nil)
    #expect(format(["ratio": .real(.infinity)], "Peer") == nil)
  }

  @Test func formatsWholeArguments() {
    let tags = TestModel.shape("TagList")
    #expect(
      ShorthandFormatter.formatWords([["Key": "a", "Value": "b"], ["Key": "c"]], shape: tags, model: model)
        == ["Key=a,Value=b", "Key=c"]
    )
    #expect(
      ShorthandFormatter.formatWords(["Value": "terminate"], shape: TestModel.shape("AttributeValue"), model: model)
        == ["terminate"]
    )
    #expect(ShorthandFormatter.formatWords(["a", "b"], shape: TestModel.shape("StringList"), model: model) == nil)
  }

  // MARK: - Round trips

  @Test func randomValuesOfTheTestModelRoundTrip() {
    var generator = ValueGenerator(model: model, seed: 42)
    var formatted = 0
    var total = 0
    for name in ["Peer", "CreateInput", "Mapping", "Grid", "Node", "AttributeMap", "Tag"] {
      for _ in 0..<150 {
        let shape = TestModel.shape(name)
        let value = generator.value(for: shape, depth: 0)
        total += 1
        if roundTrips(value, shape: shape, model: model) { formatted += 1 }
      }
    }
    // The writer gives up on very few values (strings ending in a backslash inside quotes).
    #expect(Double(formatted) >= Double(total) * 0.9, "\(formatted) of \(total)")
    print("formatter round trips (test model): \(formatted) of \(total)")
  }

  @Test(.enabled(if: BotocoreModels.dataDirectory != nil, "needs botocore models"))
  func randomValuesOfRealArgumentsRoundTrip() throws {
    var formatted = 0
    var total = 0
    for service in ["directconnect", "ec2", "ecs", "dynamodb", "elbv2"] {
      let model = try BotocoreModels.load(service)
      var generator = ValueGenerator(model: model, seed: UInt64(service.utf8.count))
      for operation in model.operations.prefix(120) {
        guard let input = model.inputShape(of: operation) else { continue }
        for member in input.members {
          guard let shape = model.shape(for: member.reference), ShorthandArgument.acceptsShorthand(shape, in: model)
          else { continue }
          let target = shape.type == .list ? model.shape(for: shape.member!)! : shape
          guard target.type != .list else { continue }
          let value = generator.value(for: target, depth: 0)
          total += 1
          if roundTrips(value, shape: target, model: model) { formatted += 1 }
        }
      }
    }
    #expect(total > 100)
    #expect(Double(formatted) >= Double(total) * 0.85, "\(formatted) of \(total)")
    print("formatter round trips (botocore models): \(formatted) of \(total)")
  }

  /// Checks the raw writer (before the formatter's own check): when it writes something, parsing and typing
  /// it gives the value back. Returns whether it wrote something.
  func roundTrips(_ value: JSONValue, shape: Shape, model: ServiceModel) -> Bool {
    guard case .object(let object) = value, !object.isEmpty else { return false }
    var writer = ShorthandTextWriter(model: model)
    guard let text = writer.topLevel(object, shape: shape) else { return false }
    let parse = ShorthandParser.parse(text)
    let typed = ShorthandTyping.apply(parse, shape: shape, model: model)
    #expect(parse.diagnostics == [], "\(text)")
    #expect(typed.diagnostics == [], "\(text)")
    #expect(ShorthandTextWriter.sameValue(typed.value, value), "\(text) gave \(typed.value), wanted \(value)")
    #expect(ShorthandFormatter.format(value, shape: shape, model: model) == text)
    return true
  }
}

/// Random values for shapes, with strings full of the characters shorthand treats specially.
struct ValueGenerator {
  let model: ServiceModel
  var state: UInt64

  init(model: ServiceModel, seed: UInt64) {
    self.model = model
    self.state = seed &+ 0x9E37_79B9_7F4A_7C15
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  static let pieces: [String] = [
    "a", "b", "Z", "0", " ", ",", "=", "[", "]", "{", "}", "'", "\"", "\\", "😀", "é", "\n", "\t", "@", ":", "/",
    "\\,", "\u{a0}", "✓", "-", "#",
  ]

  mutating func string() -> String {
    if below(3) == 0 { return ["abc", "my-name", "10.0.0.0/16", "x y", ""][below(5)] }
    return (0..<(1 + below(8))).map { _ in Self.pieces[below(Self.pieces.count)] }.joined()
  }

  mutating func value(for shape: Shape, depth: Int) -> JSONValue {
    switch shape.type {
    case .structure:
      var object = JSONObject()
      guard depth < 4, !shape.isDocument else { return .object(object) }
      for member in shape.members where below(2) == 0 || shape.required.contains(member.name) {
        guard let target = model.shape(for: member.reference), !model.isDocumentContainer(target) else { continue }
        if depth >= 3, target.type.isContainer { continue }
        object[member.name] = value(for: target, depth: depth + 1)
      }
      if object.isEmpty, let member = shape.members.first(where: { model.shape(for: $0.reference)?.type == .string }) {
        object[member.name] = .string(string())
      }
      return .object(object)
    case .list:
      guard depth < 4, let element = model.shape(for: shape.member!) else { return .array([]) }
      return .array((0..<below(4)).map { _ in value(for: element, depth: depth + 1) })
    case .map:
      var object = JSONObject()
      guard depth < 4, let valueShape = model.shape(for: shape.value!) else { return .object(object) }
      let keys = model.shape(for: shape.key!)?.enumValues ?? ["k1", "a:b", "x.y", "#h", "-"]
      for _ in 0..<(1 + below(3)) { object[keys[below(keys.count)]] = value(for: valueShape, depth: depth + 1) }
      return .object(object)
    case .string:
      if let values = shape.enumValues, !values.isEmpty, below(2) == 0 { return .string(values[below(values.count)]) }
      return .string(string())
    case .integer:
      return .integer(Int64(Int32.min) + Int64(below(Int(UInt32.max))))
    case .long:
      return .integer(Int64(bitPattern: next()))
    case .float, .double:
      return [.real(0.1), .real(-2.5e-7), .real(1e300), .real(Double(below(1000)) / 7), .integer(3)][below(5)]
    case .boolean:
      return .bool(below(2) == 0)
    default:
      return .string(string())
    }
  }
}
