public import Botocore
public import JSON

/// A parsed value after typing by the model, with what went wrong.
public struct ShorthandTyped: Sendable {
  /// The value with numbers and booleans converted where the AWS CLI converts them. Values that could not be
  /// converted are left as the parsed strings.
  public var value: JSONValue
  /// Conversion errors (the AWS CLI fails on these), each with the member's path and text range.
  public var diagnostics: [ShorthandDiagnostic]
}

/// Types a parsed shorthand value by the argument's model, exactly as the AWS CLI's `BackCompatVisitor` does:
///
/// - structure members are visited in model order; keys the model doesn't know are kept and left alone;
/// - `integer`/`long` go through Python's `int()`, `float`/`double` through `float()`;
/// - `boolean` becomes `true`/`false` only for `true`/`false` in any case, anything else stays a string;
/// - a value where the model wants a list becomes a one-item list, and is **not** typed further (so
///   `Ports=80` for a list of integers stays `["80"]`; botocore then refuses it);
/// - map values are typed by the map's value shape, map keys are left alone;
/// - a value for a document member is an error naming the nearest structure member.
///
/// Where the AWS CLI would crash with a Python error (`invalid literal for int() with base 10: 'abc'`), this
/// reports a diagnostic with the member's path and the value's text range, and keeps `awsMessage` as the
/// Python text. Deliberate differences: integers beyond 64 bits and non-finite floats (`nan`, `inf`) are
/// errors here (the AWS CLI would send them), because JSON values can't hold them.
public enum ShorthandTyping {
  /// Types the value of a parsed word against the shape of the argument (or, for one word of a list argument,
  /// against the list's element shape).
  public static func apply(_ parse: ShorthandParse, shape: Shape, model: ServiceModel) -> ShorthandTyped {
    apply(parse.value, sourceMap: parse.sourceMap, shape: shape, model: model)
  }

  /// Types a value with its source map; `prefix` is put in front of every diagnostic path and `word` names the
  /// word of a multi-word argument.
  public static func apply(
    _ value: JSONValue,
    sourceMap: ShorthandSourceMap,
    shape: Shape,
    model: ServiceModel,
    prefix: ShorthandPath = .root,
    word: Int = 0
  ) -> ShorthandTyped {
    var visitor = ShorthandTypingVisitor(model: model, sourceMap: sourceMap, prefix: prefix, word: word)
    let typed = visitor.visit(value, shape: shape, path: .root, member: nil)
    return ShorthandTyped(value: typed, diagnostics: visitor.diagnostics)
  }
}

struct ShorthandTypingVisitor {
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

  /// `member` is the name of the nearest enclosing structure member, for the document error.
  mutating func visit(_ value: JSONValue, shape: Shape, path: ShorthandPath, member: String?) -> JSONValue {
    switch shape.type {
    case .structure:
      if shape.isDocument {
        report(
          code: "value.document",
          path: path,
          message: "\(path.isRoot ? "this argument" : path.description) is a document (free-form JSON), which "
            + "shorthand can't express; give the whole argument as JSON",
          aws: "Shorthand syntax does not support document types. Use JSON input for top-level argument to specify "
            + "nested parameter: \(member ?? path.description)"
        )
        return value
      }
      guard case .object(var object) = value else { return value }
      for memberShape in shape.members {
        guard let memberValue = object[memberShape.name], let target = model.shape(for: memberShape.reference) else {
          continue
        }
        object[memberShape.name] = visit(
          memberValue,
          shape: target,
          path: path.appending(key: memberShape.name),
          member: memberShape.name
        )
      }
      return .object(object)
    case .list:
      guard case .array(let items) = value else { return .array([value]) }
      guard let element = model.elementShape(of: shape) else { return value }
      return .array(
        items.enumerated().map {
          visit($0.element, shape: element, path: path.appending(index: $0.offset), member: member)
        }
      )
    case .map:
      guard case .object(var object) = value, let valueShape = model.valueShape(of: shape) else { return value }
      for key in object.keys {
        object[key] = visit(object[key]!, shape: valueShape, path: path.appending(key: key), member: member)
      }
      return .object(object)
    case .integer, .long:
      return integer(value, shape: shape, path: path)
    case .float, .double:
      return float(value, shape: shape, path: path)
    case .boolean:
      return boolean(value, path: path)
    default:
      return value
    }
  }

  mutating func integer(_ value: JSONValue, shape: Shape, path: ShorthandPath) -> JSONValue {
    switch value {
    case .string(let text):
      switch PythonNumber.integer(text) {
      case .value(let number):
        return .integer(number)
      case .tooLarge(let digits):
        report(
          code: "value.integer-out-of-range",
          path: path,
          message: "\(digits) is too large for \(name(path)) (64-bit integers only)",
          aws: nil
        )
      case .invalid:
        report(
          code: "value.not-integer",
          path: path,
          message: "\(name(path)) takes a whole number (\(shape.type.rawValue)), found \(describe(text))",
          aws: "invalid literal for int() with base 10: \(PythonText.repr(text))"
        )
      }
    case .array, .object:
      report(
        code: "value.not-scalar",
        path: path,
        message: "\(name(path)) takes one whole number, found \(kind(value))\(hint(value))",
        aws: "int() argument must be a string, a bytes-like object or a real number, not '\(pythonType(value))'"
      )
    default:
      break
    }
    return value
  }

  mutating func float(_ value: JSONValue, shape: Shape, path: ShorthandPath) -> JSONValue {
    switch value {
    case .string(let text):
      guard let number = PythonNumber.float(text) else {
        report(
          code: "value.not-number",
          path: path,
          message: "\(name(path)) takes a number (\(shape.type.rawValue)), found \(describe(text))",
          aws: "could not convert string to float: \(PythonText.repr(text))"
        )
        return value
      }
      guard number.isFinite else {
        report(
          code: "value.not-finite",
          path: path,
          message: "\(name(path)) takes a finite number, found \(describe(text))",
          aws: nil
        )
        return value
      }
      return .real(number)
    case .array, .object:
      report(
        code: "value.not-scalar",
        path: path,
        message: "\(name(path)) takes one number, found \(kind(value))\(hint(value))",
        aws: "float() argument must be a string or a real number, not '\(pythonType(value))'"
      )
    default:
      break
    }
    return value
  }

  mutating func boolean(_ value: JSONValue, path: ShorthandPath) -> JSONValue {
    switch value {
    case .string(let text):
      if text.lowercased() == "true" { return .bool(true) }
      if text.lowercased() == "false" { return .bool(false) }
    case .array, .object:
      report(
        code: "value.not-scalar",
        path: path,
        message: "\(name(path)) takes true or false, found \(kind(value))\(hint(value))",
        aws: "'\(pythonType(value))' object has no attribute 'lower'"
      )
    default:
      break
    }
    return value
  }

  // MARK: - Wording

  func name(_ path: ShorthandPath) -> String {
    let full = prefix.components + path.components
    return full.isEmpty ? "the argument" : ShorthandPath(full).description
  }

  func kind(_ value: JSONValue) -> String {
    switch value {
    case .array: return "a list"
    case .object: return "a structure"
    default: return value.kindName
    }
  }

  func hint(_ value: JSONValue) -> String {
    if case .array = value { return " (a \",\" in an unquoted value starts a list; quote the value or write \\,)" }
    return ""
  }

  func describe(_ text: String) -> String {
    text.isEmpty ? "an empty value" : "\"\(text)\""
  }

  func pythonType(_ value: JSONValue) -> String {
    if case .array = value { return "list" }
    return "dict"
  }

  mutating func report(code: String, path: ShorthandPath, message: String, aws: String?) {
    diagnostics.append(
      ShorthandDiagnostic(
        severity: .error,
        code: code,
        message: message,
        path: ShorthandPath(prefix.components + path.components),
        range: sourceMap.valueRange(of: path),
        word: word,
        awsMessage: aws
      )
    )
  }
}
