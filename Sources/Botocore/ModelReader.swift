import JSON

/// Turns the JSON of botocore model files into model values, naming the spot of anything malformed.
struct ModelReader {
  var source: String

  func error(_ path: String?, _ message: String) -> ModelError {
    ModelError(source: source, path: path, message: message)
  }

  func metadata(_ json: JSONValue?) throws(ModelError) -> ServiceMetadata {
    guard let object = json?.objectValue else { throw error("metadata", "missing or not an object") }
    guard let apiVersion = object["apiVersion"]?.stringValue else {
      throw error("metadata.apiVersion", "missing or not a string")
    }
    return ServiceMetadata(
      apiVersion: apiVersion,
      endpointPrefix: object["endpointPrefix"]?.stringValue,
      serviceFullName: object["serviceFullName"]?.stringValue,
      serviceAbbreviation: object["serviceAbbreviation"]?.stringValue,
      serviceId: object["serviceId"]?.stringValue,
      wireProtocol: object["protocol"]?.stringValue,
      uid: object["uid"]?.stringValue
    )
  }

  func operations(_ json: JSONValue?) throws(ModelError) -> [Operation] {
    guard let object = json?.objectValue else { throw error("operations", "missing or not an object") }
    var result: [Operation] = []
    result.reserveCapacity(object.count)
    for (name, value) in object {
      let path = "operations.\(name)"
      guard let body = value.objectValue else { throw error(path, "not an object") }
      let http = body["http"]?.objectValue
      result.append(
        Operation(
          name: name,
          wireName: body["name"]?.stringValue,
          input: try body["input"].map { (ref) throws(ModelError) in try reference(ref, path: path + ".input") },
          output: try body["output"].map { (ref) throws(ModelError) in try reference(ref, path: path + ".output") },
          documentation: body["documentation"]?.stringValue,
          deprecated: body["deprecated"]?.boolValue ?? false,
          httpMethod: http?["method"]?.stringValue,
          requestURI: http?["requestUri"]?.stringValue
        )
      )
    }
    return result
  }

  func reference(_ json: JSONValue, path: String) throws(ModelError) -> ShapeReference {
    guard let object = json.objectValue, let shapeName = object["shape"]?.stringValue else {
      throw error(path, "a shape reference needs a \"shape\" string")
    }
    return ShapeReference(
      shapeName: shapeName,
      documentation: object["documentation"]?.stringValue,
      deprecated: object["deprecated"]?.boolValue ?? false,
      idempotencyToken: object["idempotencyToken"]?.boolValue ?? false,
      location: object["location"]?.stringValue,
      locationName: object["locationName"]?.stringValue,
      streaming: object["streaming"]?.boolValue ?? false
    )
  }

  func shapes(_ json: JSONValue?) throws(ModelError) -> [String: Shape] {
    guard let object = json?.objectValue else { throw error("shapes", "missing or not an object") }
    var result: [String: Shape] = [:]
    result.reserveCapacity(object.count)
    for (name, value) in object {
      result[name] = try shape(name: name, value, path: "shapes.\(name)")
    }
    return result
  }

  func shape(name: String, _ json: JSONValue, path: String) throws(ModelError) -> Shape {
    guard let object = json.objectValue else { throw error(path, "not an object") }
    guard let typeName = object["type"]?.stringValue else { throw error(path + ".type", "missing") }
    guard let type = ShapeType(rawValue: typeName) else {
      throw error(path + ".type", "unknown shape type \"\(typeName)\"")
    }
    var members: [Member] = []
    if let membersObject = object["members"]?.objectValue {
      members.reserveCapacity(membersObject.count)
      for (memberName, memberValue) in membersObject {
        members.append(
          Member(name: memberName, reference: try reference(memberValue, path: "\(path).members.\(memberName)"))
        )
      }
    }
    var enumValues: [String]?
    if let values = object["enum"]?.arrayValue {
      enumValues = values.compactMap(\.stringValue)
    }
    return Shape(
      name: name,
      type: type,
      members: members,
      required: object["required"]?.arrayValue?.compactMap(\.stringValue) ?? [],
      member: try object["member"].map { (ref) throws(ModelError) in try reference(ref, path: path + ".member") },
      key: try object["key"].map { (ref) throws(ModelError) in try reference(ref, path: path + ".key") },
      value: try object["value"].map { (ref) throws(ModelError) in try reference(ref, path: path + ".value") },
      enumValues: enumValues,
      min: object["min"]?.doubleValue,
      max: object["max"]?.doubleValue,
      pattern: object["pattern"]?.stringValue,
      documentation: object["documentation"]?.stringValue,
      isDocument: object["document"]?.boolValue ?? false,
      isUnion: object["union"]?.boolValue ?? false,
      isException: object["exception"]?.boolValue ?? false,
      isSensitive: object["sensitive"]?.boolValue ?? false,
      timestampFormat: object["timestampFormat"]?.stringValue,
      deprecated: object["deprecated"]?.boolValue ?? false,
      payload: object["payload"]?.stringValue,
      isStreaming: object["streaming"]?.boolValue ?? false
    )
  }

  func paginators(_ json: JSONValue?) throws(ModelError) -> [String: Paginator] {
    guard let json else { return [:] }
    guard let pagination = json["pagination"]?.objectValue else {
      throw error("pagination", "missing or not an object")
    }
    var result: [String: Paginator] = [:]
    for (operation, value) in pagination {
      guard let body = value.objectValue else { throw error("pagination.\(operation)", "not an object") }
      result[operation] = Paginator(
        inputTokens: strings(body["input_token"]),
        outputTokens: strings(body["output_token"]),
        limitKey: body["limit_key"]?.stringValue,
        resultKeys: strings(body["result_key"]),
        moreResults: body["more_results"]?.stringValue
      )
    }
    return result
  }

  func waiters(_ json: JSONValue?) throws(ModelError) -> [Waiter] {
    guard let json else { return [] }
    guard let waiters = json["waiters"]?.objectValue else { throw error("waiters", "missing or not an object") }
    var result: [Waiter] = []
    for (name, value) in waiters {
      guard let body = value.objectValue, let operation = body["operation"]?.stringValue else {
        throw error("waiters.\(name)", "needs an \"operation\"")
      }
      result.append(
        Waiter(
          name: name,
          operation: operation,
          delay: Int(body["delay"]?.integerValue ?? 15),
          maxAttempts: Int(body["maxAttempts"]?.integerValue ?? 40),
          description: body["description"]?.stringValue
        )
      )
    }
    return result
  }

  /// A string or an array of strings, as paginator token fields are written.
  private func strings(_ json: JSONValue?) -> [String] {
    switch json {
    case .string(let value)?: return [value]
    case .array(let values)?: return values.compactMap(\.stringValue)
    default: return []
    }
  }
}
