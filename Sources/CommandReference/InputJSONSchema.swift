public import Botocore
public import CLISchema
import DocumentationText
public import JSON

/// A JSON Schema (draft-07) for an operation's `--cli-input-json` document.
///
/// Keys are API member names. Structures are objects with `properties`, `required` (idempotency tokens excepted,
/// since the SDK fills them) and `additionalProperties: false`; tagged unions also have exactly one property.
/// Lists are arrays, maps are objects whose values follow `additionalProperties` and whose keys follow
/// `propertyNames`; documents accept any JSON. Strings carry `enum`, `minLength`, `maxLength` and `pattern`;
/// numbers `minimum` and `maximum`; lists `minItems` and `maxItems`; maps `minProperties` and `maxProperties`.
/// Blobs are strings (base64, as `--cli-binary-format base64` expects); timestamps are strings or numbers (epoch
/// seconds), as botocore accepts. A model pattern that JSON Schema validators would read differently (Unicode
/// properties, `\A`, possessive quantifiers, …) is kept as `x-modelPattern`, which validators ignore.
/// Shapes that contain themselves live under `definitions` and are referenced with `$ref`; every other shape is
/// written in place. Descriptions are the plain-text documentation.
///
/// The schema is stricter than the AWS CLI, which checks only types, required and unknown members and `min`
/// before sending: enums, `max` and patterns are checked by the service, and this schema checks them up front.
public struct InputJSONSchema: Sendable {
  /// The JSON Schema dialect written as `$schema`.
  public static let dialect = "http://json-schema.org/draft-07/schema#"

  /// The schema.
  public let json: JSONValue

  /// The schema of `command`'s `--cli-input-json` document.
  ///
  /// - Parameter topLevelRequired: whether the top-level `required` list is kept. Pass `false` to describe a
  ///   partial document whose missing members come from the command line.
  public init(command: OperationCommand, topLevelRequired: Bool = true) {
    self.init(
      operation: command.operation,
      model: command.model,
      title: command.commandLine + " --cli-input-json",
      topLevelRequired: topLevelRequired
    )
  }

  /// The schema of an operation's input document.
  public init(operation: Operation, model: ServiceModel, title: String? = nil, topLevelRequired: Bool = true) {
    var builder = Builder(model: model)
    var root = JSONObject()
    root["$schema"] = .string(Self.dialect)
    if let title { root["title"] = .string(title) }
    let description = HTMLText.plainText(operation.documentation ?? "")
    if !description.isEmpty { root["description"] = .string(description) }
    if let input = model.inputShape(of: operation) {
      builder.findRecursiveShapes(from: input)
      if builder.recursive.contains(input.name) {
        root["allOf"] = [.object(JSONObject([("$ref", .string(Builder.pointer(input.name)))]))]
        builder.define(input.name)
      } else {
        var body = builder.structure(input, expanding: [])
        if !topLevelRequired { body["required"] = nil }
        for (key, value) in body where key != "description" { root[key] = value }
      }
    } else {
      root["type"] = "object"
      root["additionalProperties"] = false
    }
    builder.defineAll()
    if !builder.definitions.isEmpty {
      root["definitions"] = .object(builder.definitions)
    }
    json = .object(root)
  }

  /// Whether a model pattern is written as `pattern` (validators read it as the model means it) rather than kept
  /// as `x-modelPattern`.
  public static func isPortablePattern(_ pattern: String) -> Bool {
    PortablePattern.isPortable(pattern)
  }

  /// The schema as text (`.pretty` by default), with a final newline.
  public func serialized(_ format: JSONFormat = .pretty) -> String {
    json.serialized(format) + "\n"
  }

  /// Writes shape schemas, inlining all but the shapes that contain themselves.
  struct Builder {
    let model: ServiceModel
    /// Shapes written under `definitions` and referenced.
    var recursive: Set<String> = []
    var definitions = JSONObject()
    private var pending: [String] = []

    init(model: ServiceModel) { self.model = model }

    static func pointer(_ name: String) -> String { "#/definitions/" + name }

    /// Marks the target of every back edge of a depth-first walk; every cycle holds at least one such shape,
    /// so writing the marked shapes by reference ends every expansion.
    mutating func findRecursiveShapes(from root: Shape) {
      var state: [String: Bool] = [:]  // false: on the current path, true: done
      func visit(_ shape: Shape) {
        state[shape.name] = false
        for name in shape.referencedShapeNames {
          guard let next = model.shape(named: name) else { continue }
          switch state[name] {
          case .some(false): recursive.insert(name)
          case .some(true): break
          case .none: visit(next)
          }
        }
        state[shape.name] = true
      }
      visit(root)
    }

    mutating func define(_ name: String) {
      if definitions.contains(name) || pending.contains(name) { return }
      pending.append(name)
    }

    mutating func defineAll() {
      while let name = pending.first {
        pending.removeFirst()
        guard let shape = model.shape(named: name), !definitions.contains(name) else { continue }
        definitions[name] = .null  // reserve the position
        var body = schema(for: shape, expanding: [name])
        let description = HTMLText.plainText(shape.documentation ?? "")
        if !description.isEmpty { body["description"] = .string(description) }
        definitions[name] = .object(body)
      }
    }

    /// The schema of a use of a shape, with the use's documentation.
    mutating func schema(for reference: ShapeReference, expanding: [String]) -> JSONObject {
      guard let shape = model.shape(for: reference) else { return JSONObject() }
      let description = HTMLText.plainText(ShapeFacts.documentation(reference, shape))
      var body: JSONObject
      if recursive.contains(shape.name) {
        define(shape.name)
        body = JSONObject([("$ref", .string(Self.pointer(shape.name)))])
      } else {
        body = schema(for: shape, expanding: expanding)
      }
      if !description.isEmpty { body["description"] = .string(description) }
      return body
    }

    mutating func schema(for shape: Shape, expanding: [String]) -> JSONObject {
      var body = JSONObject()
      switch shape.type {
      case .structure:
        if shape.isDocument { return body }
        return structure(shape, expanding: expanding)
      case .list:
        body["type"] = "array"
        if let element = shape.member {
          body["items"] = .object(schema(for: element, expanding: expanding + [shape.name]))
        }
        put(&body, "minItems", shape.min, whole: true)
        put(&body, "maxItems", shape.max, whole: true)
      case .map:
        body["type"] = "object"
        if let key = shape.key, let keyShape = model.shape(for: key) {
          let keySchema = string(keyShape)
          if keySchema.count > 1 { body["propertyNames"] = .object(keySchema) }
        }
        if let value = shape.value {
          body["additionalProperties"] = .object(schema(for: value, expanding: expanding + [shape.name]))
        }
        put(&body, "minProperties", shape.min, whole: true)
        put(&body, "maxProperties", shape.max, whole: true)
      case .string:
        return string(shape)
      case .integer, .long, .biginteger:
        body["type"] = "integer"
        put(&body, "minimum", shape.min, whole: false)
        put(&body, "maximum", shape.max, whole: false)
      case .float, .double, .bigdecimal:
        body["type"] = "number"
        put(&body, "minimum", shape.min, whole: false)
        put(&body, "maximum", shape.max, whole: false)
      case .boolean:
        body["type"] = "boolean"
      case .blob:
        body["type"] = "string"
        body["contentEncoding"] = "base64"
      case .timestamp:
        body["type"] = ["string", "number"]
      }
      return body
    }

    mutating func structure(_ shape: Shape, expanding: [String]) -> JSONObject {
      var body = JSONObject()
      body["type"] = "object"
      var properties = JSONObject()
      for member in shape.members {
        properties[member.name] = .object(schema(for: member.reference, expanding: expanding + [shape.name]))
      }
      body["properties"] = .object(properties)
      let required = shape.required.filter { name in
        guard let member = shape.member(named: name) else { return false }
        return !member.reference.idempotencyToken
      }
      if !required.isEmpty { body["required"] = .array(required.map(JSONValue.string)) }
      body["additionalProperties"] = false
      if shape.isUnion {
        body["minProperties"] = 1
        body["maxProperties"] = 1
      }
      return body
    }

    func string(_ shape: Shape) -> JSONObject {
      var body = JSONObject()
      body["type"] = "string"
      if let values = shape.enumValues, !values.isEmpty { body["enum"] = .array(values.map(JSONValue.string)) }
      put(&body, "minLength", shape.min, whole: true)
      put(&body, "maxLength", shape.max, whole: true)
      if let pattern = shape.pattern {
        body[PortablePattern.isPortable(pattern) ? "pattern" : "x-modelPattern"] = .string(pattern)
      }
      return body
    }

    private func put(_ body: inout JSONObject, _ key: String, _ value: Double?, whole: Bool) {
      guard let value else { return }
      if whole {
        guard value >= 0 else { return }
        body[key] = ShapeFacts.number(value.rounded(.down))
      } else {
        body[key] = ShapeFacts.number(value)
      }
    }
  }
}
