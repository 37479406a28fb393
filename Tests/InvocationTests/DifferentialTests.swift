import CLISchema
import FileSystem
import Invocation
import JSON
import Testing

/// Replays `Fixtures/awscli-invocations.json` (recorded from the real AWS CLI v1 by
/// `Scripts/record-invocations.py`) through `InvocationParser`.
///
/// The comparison: where the AWS CLI sent parameters without a validation error, argot must find no error and
/// the same parameters; where it stopped with an error (usage, parsing or botocore validation), argot must
/// report at least one error; where it printed a skeleton, argot must see the skeleton request without error.
/// Cases replay with `--cli-binary-format raw-in-base64-out`, the v1 behaviour (v1 sends blob strings as their
/// UTF-8 bytes; the fixture stores blobs as base64 of those bytes). Deliberate differences are listed in
/// `deviations` with the reason.
@Suite struct DifferentialTests {
  /// Lines where argot deliberately disagrees with AWS CLI v1, and why.
  static let deviations: [String: String] = [
    "aws lambda update-function-code --function-name f --zip-file fileb://data.bin":
      "the AWS CLI's lambda customization checks that --zip-file is a zip archive; argot does not",
    "aws lambda update-function-code --function-name f --zip-file aGVsbG8=":
      "the AWS CLI's lambda customization requires fileb:// for --zip-file; argot does not",
    "aws s3api list-objects-v2 --bucket b --prefix p/ --max-keys 10":
      "recorded before botocore's own handlers; argot prints what botocore then sends (EncodingType url)",
    "aws s3api get-object --bucket b --key k out.txt":
      "recorded before botocore's own handlers; argot prints what botocore then sends (ChecksumMode ENABLED)",
  ]

  struct Case {
    var line: String
    var outcome: String
    var parameters: JSONValue?
    var message: String?
  }

  static func load() throws -> (cases: [Case], files: InMemoryParamFiles) {
    let path = TestCatalog.directory() + "/Fixtures/awscli-invocations.json"
    let document = try JSONValue(parsing: try FileSystem.readText(path))
    var texts: [String: String] = [:]
    for (name, value) in document["files"]?.objectValue ?? JSONObject() { texts[name] = value.stringValue }
    let cases = (document["cases"]?.arrayValue ?? []).map { item in
      Case(
        line: item["line"]?.stringValue ?? "",
        outcome: item["outcome"]?.stringValue ?? "",
        parameters: item["params"].map(unmarkBytes),
        message: item["message"]?.stringValue
      )
    }
    return (cases, InMemoryParamFiles(texts: texts, homeDirectory: "/home/user"))
  }

  /// `{"$bytes": b64}` → the base64 string argot uses for bytes.
  static func unmarkBytes(_ value: JSONValue) -> JSONValue {
    switch value {
    case .object(let object):
      if object.count == 1, let bytes = object["$bytes"]?.stringValue { return .string(bytes) }
      if object.count == 1, let file = object["$file"]?.stringValue { return .string(file) }
      return .object(JSONObject(object.map { ($0.key, unmarkBytes($0.value)) }))
    case .array(let items):
      return .array(items.map(unmarkBytes))
    default:
      return value
    }
  }

  /// Equality that ignores the order of object members (the service does not see it).
  static func sameValue(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.object(let left), .object(let right)):
      return left.count == right.count
        && left.allSatisfy { member in right[member.key].map { sameValue(member.value, $0) } ?? false }
    case (.array(let left), .array(let right)):
      return left.count == right.count && zip(left, right).allSatisfy { sameValue($0, $1) }
    default:
      return lhs == rhs
    }
  }

  /// Why argot's result disagrees with the recorded one, or nil when they agree.
  static func disagreement(_ item: Case, _ result: Invocation) -> String? {
    let renderer = DiagnosticRenderer(showsExcerpt: false)
    let errors = result.errors.map { renderer.render($0, in: result) }.joined(separator: " | ")
    switch item.outcome {
    case "ok":
      if !result.isValid { return "AWS CLI accepted it; argot: \(errors)" }
      if let expected = item.parameters, !sameValue(expected, result.parameters) {
        return "parameters differ:\n  aws:   \(expected.serialized())\n  argot: \(result.parameters.serialized())"
      }
    case "no-call":
      if !result.isValid { return "AWS CLI printed a skeleton; argot: \(errors)" }
      if result.skeleton == nil { return "argot did not see the skeleton request" }
    default:
      if result.isValid { return "AWS CLI refused it (\(item.outcome): \(item.message ?? "")); argot found no error" }
    }
    return nil
  }

  @Test func replayAgainstTheAWSCLI() throws {
    guard let catalog = TestCatalog.botocore else { return }
    let (cases, files) = try Self.load()
    #expect(cases.count >= 300)
    let parser = InvocationParser(catalog: catalog)
    let options = InvocationOptions(binaryFormat: .rawInBase64Out, files: files)
    var failures: [String] = []
    var agreed = 0
    for item in cases {
      let result = parser.parse(line: item.line, options: options)
      if let problem = Self.disagreement(item, result) {
        if Self.deviations[item.line] == nil { failures.append("\(item.line)\n  \(problem)") }
      } else if Self.deviations[item.line] != nil {
        failures.append("\(item.line)\n  listed as a deviation but now agrees: remove it from `deviations`")
      } else {
        agreed += 1
      }
    }
    print(
      "differential: \(agreed) of \(cases.count) cases agree with the AWS CLI (\(Self.deviations.count) documented deviations)"
    )
    #expect(failures.isEmpty, Comment(rawValue: failures.joined(separator: "\n")))
  }
}
