import Botocore
import FileSystem
import JSON
import Shorthand
import Testing

/// Compares the engine with the AWS CLI's recorded behaviour (`Scripts/record-shorthand-vectors.py`, fixture
/// `Fixtures/awscli-shorthand-vectors.json`; `Tests/Differential/test_shorthand_vectors.py` proves the fixture
/// is what the installed AWS CLI does).
///
/// Syntax vectors always run. Argument and documentation vectors need the botocore models the fixture was
/// recorded with, and are skipped when no botocore data folder (of that version) is installed.
@Suite struct DifferentialTests {
  /// The fixture, or the file `ARGOT_SHORTHAND_VECTORS` names (for larger local runs of the recorder).
  static let fixturePath: String = {
    if let override = FileSystem.environment("ARGOT_SHORTHAND_VECTORS") { return override }
    let directory = FileSystem.directoryName(of: #filePath)
    return directory + "/Fixtures/awscli-shorthand-vectors.json"
  }()

  static let fixture: JSONValue = {
    (try? JSONValue(parsing: FileSystem.readFile(fixturePath))) ?? .null
  }()

  static var modelsAvailable: Bool {
    BotocoreModels.dataDirectory != nil && BotocoreModels.version == fixture["botocore"]?.stringValue
  }

  /// Loaded models by service name, shared by the tests.
  static let models: [String: ServiceModel] = {
    guard modelsAvailable else { return [:] }
    var names: Set<String> = []
    for section in ["arguments", "docs"] {
      for vector in fixture[section]?.arrayValue ?? [] {
        if let service = vector["service"]?.stringValue { names.insert(service) }
      }
    }
    var models: [String: ServiceModel] = [:]
    for name in names { models[name] = try? BotocoreModels.load(name) }
    return models
  }()

  // MARK: - Syntax

  @Test func fixtureIsLargeEnough() throws {
    let syntax = try #require(Self.fixture["syntax"]?.arrayValue)
    let arguments = try #require(Self.fixture["arguments"]?.arrayValue)
    let docs = try #require(Self.fixture["docs"]?.arrayValue)
    #expect(syntax.count + arguments.count >= 500)
    #expect(docs.count >= 100)
  }

  @Test func syntaxMatchesTheAWSCLI() throws {
    let vectors = try #require(Self.fixture["syntax"]?.arrayValue)
    var agreed = 0
    for vector in vectors {
      let input = try #require(vector["input"]?.stringValue)
      let parse = ShorthandParser.parse(input, fileLoader: .fileSystem)
      if let expected = vector["value"] {
        if parse.diagnostics.isEmpty, DifferentialComparison.same(parse.value, expected, ordered: true) {
          agreed += 1
        } else {
          Issue.record("\(debug(input)): expected \(expected), got \(parse.value) \(parse.diagnostics)")
        }
      } else if let error = vector["error"] {
        if let problem = DifferentialComparison.syntaxMismatch(error, parse.diagnostics) {
          Issue.record("\(debug(input)): \(problem)")
        } else {
          agreed += 1
        }
      }
    }
    #expect(agreed == vectors.count)
  }

  // MARK: - Arguments

  @Test(.enabled(if: DifferentialTests.modelsAvailable, "needs the botocore models the fixture was recorded with"))
  func argumentsMatchTheAWSCLI() throws {
    let vectors = try #require(Self.fixture["arguments"]?.arrayValue)
    var agreed = 0
    var deliberate = 0
    for vector in vectors {
      let service = try #require(vector["service"]?.stringValue)
      let operation = try #require(vector["operation"]?.stringValue)
      let member = try #require(vector["member"]?.stringValue)
      let words = try #require(vector["words"]?.arrayValue).compactMap(\.stringValue)
      let model = try #require(Self.models[service], "model \(service)")
      let shape = try #require(BotocoreModels.memberShape(model, operation: operation, member: member))
      let context = ShorthandArgumentContext(service: service, operation: operation, member: member)
      let result = ShorthandArgument.parse(words: words, shape: shape, model: model, context: context)
      let label = "\(service) \(operation) \(member) \(words.map(debug))"
      switch vector["kind"]?.stringValue {
      case "json":
        #expect(result.kind == .json, "\(label)")
        if result.kind == .json { agreed += 1 }
        continue
      case "notShorthand":
        #expect(result.kind == .notShorthand, "\(label)")
        if result.kind == .notShorthand { agreed += 1 }
        continue
      default:
        break
      }
      guard result.kind == .shorthand else {
        Issue.record("\(label): expected shorthand, got \(result.kind)")
        continue
      }
      if let expected = vector["value"] {
        if DifferentialComparison.containsTag(expected) {
          // Deliberate: integers beyond 64 bits and non-finite floats are errors here.
          let codes = Set(result.diagnostics.map(\.code))
          if codes.contains("value.integer-out-of-range") || codes.contains("value.not-finite") {
            deliberate += 1
          } else {
            Issue.record("\(label): expected a deliberate out-of-range diagnostic, got \(result.diagnostics)")
          }
          continue
        }
        if result.isValid, let value = result.value, DifferentialComparison.same(value, expected, ordered: false) {
          agreed += 1
        } else {
          Issue.record("\(label): expected \(expected), got \(String(describing: result.value)) \(result.diagnostics)")
        }
        continue
      }
      let error = try #require(vector["error"])
      let errorClass = error["class"]?.stringValue ?? ""
      if errorClass == "ShorthandParseSyntaxError" || errorClass == "DuplicateKeyInObjectError" {
        let word = Int(error["word"]?.integerValue ?? 0)
        let syntax = result.diagnostics.filter { $0.word == word && $0.code.hasPrefix("shorthand.") }
        if let problem = DifferentialComparison.syntaxMismatch(error, syntax) {
          Issue.record("\(label): \(problem)")
        } else {
          agreed += 1
        }
      } else {
        let message = error["message"]?.stringValue
        if result.diagnostics.contains(where: { $0.awsMessage == message && $0.isError }) {
          agreed += 1
        } else {
          Issue.record("\(label): expected \(errorClass) \(message ?? ""), got \(result.diagnostics)")
        }
      }
    }
    #expect(agreed + deliberate == vectors.count)
    print(
      "shorthand differential: \(agreed) of \(vectors.count) argument vectors agree, \(deliberate) differ on purpose"
    )
  }

  // MARK: - Documentation

  @Test(.enabled(if: DifferentialTests.modelsAvailable, "needs the botocore models the fixture was recorded with"))
  func syntaxLinesMatchTheAWSCLI() throws {
    let vectors = try #require(Self.fixture["docs"]?.arrayValue)
    var agreed = 0
    for vector in vectors {
      let service = try #require(vector["service"]?.stringValue)
      let operation = try #require(vector["operation"]?.stringValue)
      let member = try #require(vector["member"]?.stringValue)
      let model = try #require(Self.models[service])
      let shape = try #require(BotocoreModels.memberShape(model, operation: operation, member: member))
      let line = ShorthandSyntaxLine.make(
        for: shape,
        in: model,
        context: ShorthandArgumentContext(service: service, operation: operation, member: member),
        cliName: vector["cli"]?.stringValue
      )
      if line == vector["line"]?.stringValue {
        agreed += 1
      } else {
        Issue.record(
          "\(service) \(operation) \(member): expected \(String(describing: vector["line"])), got \(String(describing: line))"
        )
      }
    }
    #expect(agreed == vectors.count)
  }

  func debug(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      result += scalar.value < 0x20 ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
    }
    return "«" + result + "»"
  }
}

/// How recorded AWS CLI results are compared with ours.
enum DifferentialComparison {
  /// Equal values; `ordered` compares object member order too. Tagged values (`$bytes`) compare to base64 text.
  static func same(_ actual: JSONValue, _ expected: JSONValue, ordered: Bool) -> Bool {
    if case .object(let tagged) = expected, tagged.count == 1, let bytes = tagged["$bytes"]?.stringValue {
      return actual == .string(bytes)
    }
    switch (actual, expected) {
    case (.array(let left), .array(let right)):
      return left.count == right.count && zip(left, right).allSatisfy { same($0, $1, ordered: ordered) }
    case (.object(let left), .object(let right)):
      if ordered, left.keys != right.keys { return false }
      return left.count == right.count
        && right.allSatisfy { member in left[member.key].map { same($0, member.value, ordered: ordered) } ?? false }
    default:
      return actual == expected
    }
  }

  /// Whether an expected value holds a `$bigint` or `$float` tag (values JSON can't carry).
  static func containsTag(_ value: JSONValue) -> Bool {
    switch value {
    case .object(let object):
      if object.count == 1, object["$bigint"] != nil || object["$float"] != nil { return true }
      return object.contains { containsTag($0.value) }
    case .array(let items):
      return items.contains(where: containsTag)
    default:
      return false
    }
  }

  /// Nil when our first syntax diagnostic is the recorded AWS CLI error (class, message, caret), else why not.
  static func syntaxMismatch(_ error: JSONValue, _ diagnostics: [ShorthandDiagnostic]) -> String? {
    guard let first = diagnostics.first(where: \.isError) else { return "expected \(error), got no error" }
    let errorClass = error["class"]?.stringValue ?? ""
    let expectedCode: String? =
      switch errorClass {
      case "DuplicateKeyInObjectError": "shorthand.duplicate-key"
      case "ResourceLoadingError": "shorthand.file-load"
      default: nil
      }
    if let expectedCode, first.code != expectedCode { return "expected \(errorClass), got \(first)" }
    if expectedCode == nil, first.code == "shorthand.duplicate-key" || first.code == "shorthand.file-load" {
      return "expected \(errorClass), got \(first)"
    }
    if first.awsMessage != error["message"]?.stringValue {
      return "expected message \(error["message"]?.stringValue ?? ""), got \(first.awsMessage ?? "nil")"
    }
    if let index = error["index"]?.integerValue, first.awsOffset != Int(index) {
      return "expected caret at \(index), got \(String(describing: first.awsOffset))"
    }
    return nil
  }
}
