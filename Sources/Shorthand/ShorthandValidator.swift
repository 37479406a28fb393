public import Botocore
public import JSON
import Suggestions

/// Checks a typed value against the model: what the AWS CLI leaves to botocore or to the service.
///
/// Errors are what botocore's parameter validation would refuse before sending: unknown keys (with a "did you
/// mean"), wrong types (including booleans that are not `true`/`false` and values the AWS CLI wrapped into a
/// list without typing them), missing required members, too many or no members of a union, and `min`
/// (length, count or value). Warnings are what the AWS CLI would send and the service would probably refuse:
/// enum values, `max`, and `pattern` (checked with the standard library's `Regex`; patterns it can't compile are
/// skipped). Every diagnostic has the value's path and its text range (from the parse's source map; a value
/// the typing moved into a list points at the original text).
public enum ShorthandValidator {
  /// Validates `value` against `shape`.
  ///
  /// - Parameters:
  ///   - sourceMap: ranges of the parsed text; pass an empty map for values that didn't come from text.
  ///   - prefix: put in front of every path (`[2]` for the third word of a list argument).
  ///   - word: the word of a multi-word argument that the ranges refer to.
  public static func validate(
    _ value: JSONValue,
    shape: Shape,
    model: ServiceModel,
    sourceMap: ShorthandSourceMap,
    prefix: ShorthandPath = .root,
    word: Int = 0
  ) -> [ShorthandDiagnostic] {
    var walker = ShorthandValidationWalker(model: model, sourceMap: sourceMap, prefix: prefix, word: word)
    walker.check(value, shape: shape, path: .root)
    return walker.diagnostics
  }

  /// Checks only the number of items of a list argument given as several words (the whole argument is
  /// pointed at: an empty range at the start of the first word).
  static func validateCount(_ value: JSONValue, shape: Shape) -> [ShorthandDiagnostic] {
    guard case .array(let items) = value else { return [] }
    var diagnostics: [ShorthandDiagnostic] = []
    if let min = shape.min, Double(items.count) < min {
      diagnostics.append(
        ShorthandDiagnostic(
          severity: .error,
          code: "value.too-short",
          message: "the argument needs at least \(Int(min)) items, found \(items.count)",
          range: 0..<0
        )
      )
    }
    if let max = shape.max, Double(items.count) > max {
      diagnostics.append(
        ShorthandDiagnostic(
          severity: .warning,
          code: "value.too-long",
          message: "the argument takes at most \(Int(max)) items, found \(items.count)",
          range: 0..<0
        )
      )
    }
    return diagnostics
  }
}

struct ShorthandValidationWalker {
  let model: ServiceModel
  let sourceMap: ShorthandSourceMap
  let prefix: ShorthandPath
  let word: Int
  var diagnostics: [ShorthandDiagnostic] = []

  init(model: ServiceModel, sourceMap: ShorthandSourceMap, prefix: ShorthandPath, word: Int) {
    self.model = model
    self.sourceMap = sourceMap
    self.prefix = prefix
    self.word = word
  }

  mutating func check(_ value: JSONValue, shape: Shape, path: ShorthandPath) {
    if shape.isDocument { return }
    switch shape.type {
    case .structure: checkStructure(value, shape: shape, path: path)
    case .list: checkList(value, shape: shape, path: path)
    case .map: checkMap(value, shape: shape, path: path)
    case .string: checkString(value, shape: shape, path: path)
    case .integer, .long: checkInteger(value, shape: shape, path: path)
    case .float, .double: checkFloat(value, shape: shape, path: path)
    case .boolean: checkBoolean(value, path: path)
    case .timestamp, .biginteger, .bigdecimal:
      if !isScalarNumberOrString(value) { wrongType(value, expected: shape.type.rawValue, path: path) }
    case .blob:
      if value.stringValue == nil { wrongType(value, expected: "blob (text or fileb://)", path: path) }
    }
  }

  // MARK: - Containers

  mutating func checkStructure(_ value: JSONValue, shape: Shape, path: ShorthandPath) {
    guard case .object(let object) = value else {
      wrongType(value, expected: "structure (written {key=value,...})", path: path)
      return
    }
    // The member names are for messages and unions only: not gathered for a structure whose keys all pass.
    var names: [String] { shape.members.map(\.name) }
    if shape.isUnion {
      let set = object.keys.filter { names.contains($0) }
      if object.isEmpty {
        report(
          .error,
          "value.union-empty",
          path: path,
          range: valueRange(path),
          "\(name(path)) needs exactly one of: \(names.joined(separator: ", "))"
        )
      } else if set.count > 1 {
        report(
          .error,
          "value.union-multiple",
          path: path,
          range: keyRange(path.appending(key: set[1])),
          "\(name(path)) takes only one of its members, found \(set.joined(separator: " and "))"
        )
      }
    }
    for required in shape.required where object[required] == nil {
      report(
        .error,
        "value.missing-required",
        path: path.appending(key: required),
        range: valueRange(path),
        "\(name(path)) is missing the required member \(required)"
      )
    }
    for key in object.keys {
      guard let member = shape.member(named: key) else {
        let suggestions = ClosestNames.find(key, among: names)
        var message = "unknown key \"\(key)\" in \(name(path))"
        if let best = suggestions.first {
          message += "; did you mean \"\(best)\"?"
        } else if !names.isEmpty {
          message += "; valid keys: \(names.joined(separator: ", "))"
        }
        report(
          .error,
          "value.unknown-key",
          path: path.appending(key: key),
          range: keyRange(path.appending(key: key)),
          message
        )
        continue
      }
      guard let target = model.shape(for: member.reference) else { continue }
      check(object[key]!, shape: target, path: path.appending(key: key))
    }
  }

  mutating func checkList(_ value: JSONValue, shape: Shape, path: ShorthandPath) {
    guard case .array(let items) = value else {
      wrongType(value, expected: "list", path: path)
      return
    }
    checkCount(items.count, shape: shape, path: path, noun: "items")
    guard let element = model.elementShape(of: shape) else { return }
    for (index, item) in items.enumerated() {
      let itemPath = path.appending(index: index)
      if sourceMap[itemPath] == nil, case .string(let text) = item,
        element.type.isInteger || element.type.isFloatingPoint
          || element.type == .boolean
      {
        // The AWS CLI wrapped a single value into a list and did not type it.
        report(
          .error,
          "value.untyped-list-item",
          path: itemPath,
          range: valueRange(itemPath),
          "\(name(path)) is a list of \(element.type.rawValue) values, but the AWS CLI sends \"\(text)\" as text "
            + "when one value is given without brackets; write \(path.lastKey ?? "key")=[\(text)]"
        )
        continue
      }
      check(item, shape: element, path: itemPath)
    }
  }

  mutating func checkMap(_ value: JSONValue, shape: Shape, path: ShorthandPath) {
    guard case .object(let object) = value else {
      wrongType(value, expected: "map (written {key=value,...})", path: path)
      return
    }
    checkCount(object.count, shape: shape, path: path, noun: "entries")
    let keyShape = model.keyShape(of: shape)
    let valueShape = model.valueShape(of: shape)
    let prefix = prefix
    let sourceMap = sourceMap
    for (key, member) in object {
      let memberPath = path.appending(key: key)
      if let keyShape, keyShape.type == .string {
        checkText(
          key,
          shape: keyShape,
          path: memberPath,
          range: sourceMap.keyRange(of: memberPath),
          what: "key \"\(key)\" of \(Self.name(path, prefix: prefix))"
        )
      }
      if let valueShape { check(member, shape: valueShape, path: memberPath) }
    }
  }

  mutating func checkCount(_ count: Int, shape: Shape, path: ShorthandPath, noun: String) {
    if let min = shape.min, Double(count) < min {
      report(
        .error,
        "value.too-short",
        path: path,
        range: valueRange(path),
        "\(name(path)) needs at least \(format(min)) \(noun), found \(count)"
      )
    }
    if let max = shape.max, Double(count) > max {
      report(
        .warning,
        "value.too-long",
        path: path,
        range: valueRange(path),
        "\(name(path)) takes at most \(format(max)) \(noun), found \(count)"
      )
    }
  }

  // MARK: - Scalars

  mutating func checkString(_ value: JSONValue, shape: Shape, path: ShorthandPath) {
    guard case .string(let text) = value else {
      wrongType(value, expected: "string", path: path)
      return
    }
    let prefix = prefix
    let sourceMap = sourceMap
    checkText(
      text,
      shape: shape,
      path: path,
      range: sourceMap.valueRange(of: path),
      what: Self.name(path, prefix: prefix)
    )
  }

  mutating func checkText(
    _ text: String,
    shape: Shape,
    path: ShorthandPath,
    range locate: @autoclosure () -> Range<Int>,
    what describe: @autoclosure () -> String
  ) {
    // The range and the name are only needed for a message: not looked up or built for the values that pass.
    var range: Range<Int> { locate() }
    var what: String { describe() }
    let length = text.unicodeScalars.count
    if let min = shape.min, Double(length) < min {
      report(
        .error,
        "value.too-short",
        path: path,
        range: range,
        "\(what) needs at least \(format(min)) character\(min == 1 ? "" : "s"), found \(length)"
      )
    }
    if let max = shape.max, Double(length) > max {
      report(
        .warning,
        "value.too-long",
        path: path,
        range: range,
        "\(what) takes at most \(format(max)) characters, found \(length)"
      )
    }
    if let values = shape.enumValues, !values.isEmpty, !values.contains(text) {
      var message = "\"\(text)\" is not a valid value for \(what)"
      if let best = ClosestNames.find(text, among: values).first {
        message += "; did you mean \"\(best)\"?"
      } else if values.count <= 12 {
        message += "; valid values: \(values.joined(separator: ", "))"
      }
      report(.warning, "value.enum", path: path, range: range, message)
    }
    if let pattern = shape.pattern, CompiledPatterns.shared.matches(pattern, text) == false {
      report(
        .warning,
        "value.pattern",
        path: path,
        range: range,
        "\"\(text)\" doesn't match the pattern of \(what): \(pattern)"
      )
    }
  }

  mutating func checkInteger(_ value: JSONValue, shape: Shape, path: ShorthandPath) {
    guard case .integer(let number) = value else {
      wrongType(value, expected: "integer", path: path)
      return
    }
    checkRange(Double(number), shape: shape, path: path)
  }

  mutating func checkFloat(_ value: JSONValue, shape: Shape, path: ShorthandPath) {
    guard let number = value.doubleValue else {
      wrongType(value, expected: "number", path: path)
      return
    }
    checkRange(number, shape: shape, path: path)
  }

  mutating func checkRange(_ number: Double, shape: Shape, path: ShorthandPath) {
    if let min = shape.min, number < min {
      report(
        .error,
        "value.below-minimum",
        path: path,
        range: valueRange(path),
        "\(name(path)) must be at least \(format(min)), found \(format(number))"
      )
    }
    if let max = shape.max, number > max {
      report(
        .warning,
        "value.above-maximum",
        path: path,
        range: valueRange(path),
        "\(name(path)) must be at most \(format(max)), found \(format(number))"
      )
    }
  }

  mutating func checkBoolean(_ value: JSONValue, path: ShorthandPath) {
    switch value {
    case .bool: return
    case .string(let text):
      report(
        .error,
        "value.not-boolean",
        path: path,
        range: valueRange(path),
        "\(name(path)) takes true or false, found \"\(text)\""
      )
    default:
      wrongType(value, expected: "boolean", path: path)
    }
  }

  // MARK: - Reporting

  func isScalarNumberOrString(_ value: JSONValue) -> Bool {
    switch value {
    case .string, .integer, .real: return true
    default: return false
    }
  }

  mutating func wrongType(_ value: JSONValue, expected: String, path: ShorthandPath) {
    let found: String
    switch value {
    case .string(let text): found = "\"\(text)\""
    case .array: found = "a list"
    case .object: found = "a structure"
    default: found = value.kindName
    }
    report(
      .error,
      "value.wrong-type",
      path: path,
      range: valueRange(path),
      "\(name(path)) takes a \(expected), found \(found)"
    )
  }

  func name(_ path: ShorthandPath) -> String { Self.name(path, prefix: prefix) }

  /// The name of the value at `path` below `prefix`, for messages.
  static func name(_ path: ShorthandPath, prefix: ShorthandPath) -> String {
    let full = prefix.components + path.components
    return full.isEmpty ? "the argument" : ShorthandPath(full).description
  }

  func valueRange(_ path: ShorthandPath) -> Range<Int> { sourceMap.valueRange(of: path) }

  func keyRange(_ path: ShorthandPath) -> Range<Int> { sourceMap.keyRange(of: path) }

  func format(_ number: Double) -> String {
    number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
  }

  mutating func report(
    _ severity: ShorthandDiagnostic.Severity,
    _ code: String,
    path: ShorthandPath,
    range: Range<Int>,
    _ message: String
  ) {
    diagnostics.append(
      ShorthandDiagnostic(
        severity: severity,
        code: code,
        message: message,
        path: ShorthandPath(prefix.components + path.components),
        range: range,
        word: word
      )
    )
  }
}
