import Botocore
import JSON
import Suggestions

/// One problem with the final request parameters.
struct ValidationIssue: Sendable, Hashable {
  var severity: InvocationDiagnostic.Severity
  var code: DiagnosticCode
  var message: String
  /// The value the problem is about.
  var path: ValuePath
  /// The problem is about a key (an unknown key), not a value.
  var isAboutKey: Bool = false
  var suggestions: [String] = []
  /// botocore's message, for errors botocore reports.
  var awsMessage: String?
}

/// The checks of the final request parameters that the Shorthand module's validator does not make: the
/// top-level structure (required members, unknown keys, a union input), and, anywhere, timestamps botocore
/// cannot read and bytes (`fileb://`, YAML `!!binary`) where the model wants something else.
struct ParameterValidator {
  let model: ServiceModel
  /// Values that are already bytes (from `fileb://` or YAML `!!binary`), carried as base64 text.
  var binaryPaths: Set<ValuePath> = []

  /// Required members, unknown keys and union rules of the input structure itself.
  func rootIssues(_ object: JSONObject, shape: Shape) -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    let memberNames = shape.members.map(\.name)
    let path = ValuePath.root
    if shape.isUnion {
      if object.isEmpty {
        issues.append(
          ValidationIssue(
            severity: .error,
            code: .unionEmpty,
            message: "set exactly one of: " + memberNames.joined(separator: ", "),
            path: path,
            awsMessage: "Must set one of the following keys for tagged unionstructure input: "
              + memberNames.joined(separator: ", ") + "."
          )
        )
      } else if object.count > 1 {
        issues.append(
          ValidationIssue(
            severity: .error,
            code: .unionMultiple,
            message: "only one member may be set, got " + object.keys.joined(separator: ", "),
            path: path,
            awsMessage: "Invalid number of parameters set for tagged union structure input. Can only set one "
              + "of the following keys: " + memberNames.joined(separator: ", ") + "."
          )
        )
      }
    }
    // An idempotency token the SDK fills in when it is missing (botocore's `generate_idempotent_uuid`).
    let filledIn = Set(shape.members.filter(\.reference.idempotencyToken).map(\.name))
    for required in shape.required where !object.contains(required) && !filledIn.contains(required) {
      issues.append(
        ValidationIssue(
          severity: .error,
          code: .missingRequiredParameter,
          message: "missing required parameter \"\(required)\"",
          path: path,
          awsMessage: "Missing required parameter in input: \"\(required)\""
        )
      )
    }
    for key in object.keys where shape.member(named: key) == nil {
      let suggestions = ClosestNames.find(key, among: memberNames)
      issues.append(
        ValidationIssue(
          severity: .error,
          code: .unknownParameter,
          message: "unknown parameter \"\(key)\"" + Self.hint(suggestions, all: memberNames),
          path: path.appending(key: key),
          isAboutKey: true,
          suggestions: suggestions,
          awsMessage: "Unknown parameter in input: \"\(key)\", must be one of: " + memberNames.joined(separator: ", ")
        )
      )
    }
    return issues
  }

  /// Timestamps and bytes, anywhere under `path`.
  func extraIssues(_ value: JSONValue, shape: Shape, path: ValuePath) -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    // Nothing to find where no timestamp can be and no bytes were read (a long list is then not walked).
    if binaryPaths.isEmpty, !Self.mayHold(.timestamp, shape, model) { return issues }
    check(value, shape, path, &issues)
    return issues
  }

  /// Whether a value of `shape` can hold a value of `type` anywhere inside it.
  static func mayHold(_ type: ShapeType, _ shape: Shape, _ model: ServiceModel) -> Bool {
    var seen: Set<String> = []
    func visit(_ shape: Shape) -> Bool {
      if shape.type == type { return true }
      if !shape.name.isEmpty, !seen.insert(shape.name).inserted { return false }
      let references = shape.members.map(\.reference) + [shape.member, shape.key, shape.value].compactMap { $0 }
      return references.contains { reference in model.shape(for: reference).map(visit) ?? false }
    }
    return visit(shape)
  }

  private func check(_ value: JSONValue, _ shape: Shape, _ path: ValuePath, _ issues: inout [ValidationIssue]) {
    if shape.isDocument { return }
    if binaryPaths.contains(path), shape.type != .blob {
      issues.append(
        ValidationIssue(
          severity: .error,
          code: .invalidType,
          message: "expected \(Self.expected(shape.type)), got bytes from a binary file",
          path: path,
          awsMessage: "Invalid type for parameter \(path), value: b'...', type: <class 'bytes'>, valid types: "
            + Self.pythonTypes(shape.type)
        )
      )
      return
    }
    switch (shape.type, value) {
    case (.structure, .object(let object)):
      for (key, item) in object {
        guard let member = shape.member(named: key), let memberShape = model.shape(for: member.reference) else {
          continue
        }
        check(item, memberShape, path.appending(key: key), &issues)
      }
    case (.list, .array(let items)):
      guard let memberShape = shape.member.flatMap(model.shape(for:)) else { return }
      for (index, item) in items.enumerated() { check(item, memberShape, path.appending(index: index), &issues) }
    case (.map, .object(let object)):
      guard let valueShape = shape.value.flatMap(model.shape(for:)) else { return }
      for (key, item) in object { check(item, valueShape, path.appending(key: key), &issues) }
    case (.timestamp, .string(let text)):
      if TimestampText.read(text) == .invalid {
        issues.append(
          ValidationIssue(
            severity: .error,
            code: .invalidTimestamp,
            message: "\"\(text)\" is not a timestamp; use ISO 8601 (2024-05-01T10:00:00Z) or epoch seconds",
            path: path,
            awsMessage: "Invalid type for parameter \(path), value: \(text), type: <class 'str'>, valid types: "
              + "<class 'datetime.datetime'>, timestamp-string"
          )
        )
      }
    default:
      return
    }
  }

  static func expected(_ type: ShapeType) -> String {
    switch type {
    case .structure: return "an object"
    case .list: return "a list"
    case .map: return "a map (an object)"
    case .string: return "a string"
    case .integer, .long, .biginteger: return "an integer"
    case .float, .double, .bigdecimal: return "a number"
    case .boolean: return "true or false"
    case .blob: return "binary data (a string)"
    case .timestamp: return "a timestamp"
    }
  }

  static func describe(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return "a boolean (\(flag))"
    case .integer(let number): return "a number (\(number))"
    case .real(let number): return "a number (\(number))"
    case .string(let text): return "a string (\"\(text)\")"
    case .array: return "a list"
    case .object: return "an object"
    }
  }

  static func python(_ value: JSONValue) -> String {
    switch value {
    case .null: return "None"
    case .bool(let flag): return flag ? "True" : "False"
    case .integer(let number): return String(number)
    case .real(let number): return String(number)
    case .string(let text): return text
    case .array(let items): return "[" + items.map(pythonRepr).joined(separator: ", ") + "]"
    case .object(let object):
      return "{" + object.map { "'\($0.key)': " + pythonRepr($0.value) }.joined(separator: ", ") + "}"
    }
  }

  static func pythonRepr(_ value: JSONValue) -> String {
    if case .string(let text) = value { return "'\(text)'" }
    return python(value)
  }

  static func pythonType(_ value: JSONValue) -> String {
    switch value {
    case .null: return "<class 'NoneType'>"
    case .bool: return "<class 'bool'>"
    case .integer: return "<class 'int'>"
    case .real: return "<class 'float'>"
    case .string: return "<class 'str'>"
    case .array: return "<class 'list'>"
    case .object: return "<class 'dict'>"
    }
  }

  static func pythonTypes(_ type: ShapeType) -> String {
    switch type {
    case .structure, .map: return "<class 'dict'>"
    case .list: return "<class 'list'>, <class 'tuple'>"
    case .string: return "<class 'str'>"
    case .integer, .long, .biginteger: return "<class 'int'>"
    case .float, .double, .bigdecimal: return "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>"
    case .boolean: return "<class 'bool'>"
    case .blob: return "<class 'bytes'>, <class 'bytearray'>, file-like object"
    case .timestamp: return "<class 'datetime.datetime'>, timestamp-string"
    }
  }

  static func hint(_ suggestions: [String], all: [String]) -> String {
    if let first = suggestions.first { return "; did you mean \"\(first)\"?" }
    if all.count <= 8 { return "; valid keys: " + all.joined(separator: ", ") }
    return ""
  }
}

/// Matching the models' `pattern` constraints with Swift regular expressions; a pattern Swift cannot compile is
/// treated as matching.
enum PatternCheck {
  static func matches(_ text: String, pattern: String) -> Bool {
    guard let regex = try? Regex(pattern) else { return true }
    return (try? regex.firstMatch(in: text)) != nil
  }
}
