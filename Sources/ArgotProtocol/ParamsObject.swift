public import JSON
public import JSONRPC

/// The `params` of a request, read member by member with errors that name the member.
///
/// Every failure is a `ResponseError` with code -32602 (`invalidParams`), a message such as
/// `Invalid params: "service" must be a string, got integer`, and `data` `{"field": "service"}`.
public struct ParamsObject: Sendable {
  /// The members.
  public let object: JSONObject
  /// Put before member names in messages: `clientInfo.` for a nested object.
  public let prefix: String

  /// Reads `params`: absent or `null` is an empty object; anything but an object (argot takes no positional
  /// parameters) is an error.
  ///
  /// - Parameter prefix: put before member names in messages, for a nested object (`clientInfo.`).
  public init(_ params: JSONValue?, prefix: String = "") throws(ResponseError) {
    self.prefix = prefix
    switch params {
    case nil, .null?:
      object = JSONObject()
    case .object(let members)?:
      object = members
    case let other?:
      throw ResponseError(
        code: .invalidParams,
        message: prefix.isEmpty
          ? "Invalid params: params must be an object with named members, got \(other.kindName)"
          : "Invalid params: \"\(prefix.dropLast())\" must be an object, got \(other.kindName)",
        data: prefix.isEmpty ? nil : ["field": .string(String(prefix.dropLast()))]
      )
    }
  }

  /// Whether the member is present and not `null`.
  public func has(_ key: String) -> Bool {
    if let value = object[key], !value.isNull { return true }
    return false
  }

  /// A required string member.
  public func string(_ key: String) throws(ResponseError) -> String {
    guard let value = try optionalString(key) else { throw Self.missing(prefix + key) }
    return value
  }

  /// A string member that may be absent (or `null`).
  public func optionalString(_ key: String) throws(ResponseError) -> String? {
    switch object[key] {
    case nil, .null?: return nil
    case .string(let text)?: return text
    case let other?: throw Self.wrongType(prefix + key, expected: "a string", got: other)
    }
  }

  /// A boolean member, `fallback` when absent.
  public func bool(_ key: String, default fallback: Bool) throws(ResponseError) -> Bool {
    switch object[key] {
    case nil, .null?: return fallback
    case .bool(let flag)?: return flag
    case let other?: throw Self.wrongType(prefix + key, expected: "a boolean", got: other)
    }
  }

  /// An integer member within `range`, `fallback` when absent.
  public func integer(_ key: String, in range: ClosedRange<Int>, default fallback: Int) throws(ResponseError) -> Int {
    switch object[key] {
    case nil, .null?:
      return fallback
    case .integer(let number)?:
      guard let value = Int(exactly: number), range.contains(value) else {
        throw Self.invalid(prefix + key, "must be between \(range.lowerBound) and \(range.upperBound), got \(number)")
      }
      return value
    case let other?:
      throw Self.wrongType(prefix + key, expected: "an integer", got: other)
    }
  }

  /// One of a fixed set of strings, `fallback` when absent.
  public func choice(_ key: String, among choices: [String], default fallback: String) throws(ResponseError) -> String {
    guard let value = try optionalString(key) else { return fallback }
    guard choices.contains(value) else {
      let listed = choices.map { "\"\($0)\"" }.joined(separator: ", ")
      throw Self.invalid(prefix + key, "must be one of \(listed), got \"\(value)\"")
    }
    return value
  }

  /// A required array of strings.
  public func strings(_ key: String) throws(ResponseError) -> [String] {
    switch object[key] {
    case nil, .null?:
      throw Self.missing(prefix + key)
    case .array(let items)?:
      var result: [String] = []
      result.reserveCapacity(items.count)
      for (index, item) in items.enumerated() {
        guard case .string(let text) = item else {
          throw Self.wrongType("\(prefix)\(key)[\(index)]", expected: "a string", got: item, field: prefix + key)
        }
        result.append(text)
      }
      return result
    case let other?:
      throw Self.wrongType(prefix + key, expected: "an array of strings", got: other)
    }
  }

  /// A required member of any type (`null` counts as missing).
  public func value(_ key: String) throws(ResponseError) -> JSONValue {
    guard let value = object[key], !value.isNull else { throw Self.missing(prefix + key) }
    return value
  }

  /// The one member of `keys` that is present; an error when none or several are, whose `data` also lists the
  /// `alternatives`.
  public func exactlyOne(of keys: [String]) throws(ResponseError) -> String {
    let present = keys.filter(has)
    let listed = keys.map { "\"\(prefix)\($0)\"" }.joined(separator: " or ")
    guard present.count == 1 else {
      let detail = present.isEmpty ? "give \(listed)" : "give only one of \(listed)"
      throw ResponseError(
        code: .invalidParams,
        message: "Invalid params: \(detail)",
        data: [
          "field": .string(prefix + (present.last ?? keys.first ?? "")),
          "alternatives": .array(keys.map(JSONValue.string)),
        ]
      )
    }
    return present[0]
  }

  /// The error for a required member that is absent.
  public static func missing(_ key: String) -> ResponseError {
    ResponseError(code: .invalidParams, message: "Invalid params: missing \"\(key)\"", data: ["field": .string(key)])
  }

  /// The error for a member of the wrong JSON type.
  public static func wrongType(
    _ key: String,
    expected: String,
    got value: JSONValue,
    field: String? = nil
  ) -> ResponseError {
    invalid(key, "must be \(expected), got \(value.kindName)", field: field)
  }

  /// The error for a member whose value is wrong: `"key" detail`.
  public static func invalid(_ key: String, _ detail: String, field: String? = nil) -> ResponseError {
    ResponseError(
      code: .invalidParams,
      message: "Invalid params: \"\(key)\" \(detail)",
      data: ["field": .string(field ?? key)]
    )
  }
}
