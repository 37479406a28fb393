internal import CJansson

/// How `JSONValue.serialized(_:)` lays out its text.
public struct JSONFormat: Sendable, Hashable {
  /// Spaces per level of indentation; 0 puts everything on one line.
  public var indent: Int
  /// Sort object keys (for canonical output); otherwise members keep their order.
  public var sortKeys: Bool
  /// Escape every non-ASCII character as `\uXXXX`, as Python's `json.dumps` does by default.
  public var ensureASCII: Bool
  /// Leave out the spaces after `,` and `:` on one-line output.
  public var compact: Bool

  /// Creates a format.
  public init(indent: Int = 0, sortKeys: Bool = false, ensureASCII: Bool = false, compact: Bool = true) {
    self.indent = indent
    self.sortKeys = sortKeys
    self.ensureASCII = ensureASCII
    self.compact = compact
  }

  /// One line with no spaces: the wire format.
  public static let compact = JSONFormat()
  /// Four spaces per level, non-ASCII escaped: what the AWS CLI prints.
  public static let awsCLI = JSONFormat(indent: 4, ensureASCII: true, compact: false)
  /// Two spaces per level, UTF-8 kept: for people.
  public static let pretty = JSONFormat(indent: 2, compact: false)
}

/// What a parse accepts beyond a single object or array.
public struct JSONDecodingOptions: OptionSet, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }
  /// Accept a scalar (string, number, `true`, …) at the top level.
  public static let allowScalars = JSONDecodingOptions(rawValue: 1)
  /// Reject an object that names the same key twice.
  public static let rejectDuplicateKeys = JSONDecodingOptions(rawValue: 2)
}

extension JSONValue {
  /// Parses a whole JSON text with jansson.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 text; trailing whitespace is allowed, anything else after the value is an error.
  ///   - options: by default the top level must be an object or array.
  /// - Throws: `JSONParseError` with the line, column and byte offset of the problem.
  public init(parsing bytes: UnsafeRawBufferPointer, options: JSONDecodingOptions = []) throws(JSONParseError) {
    var flags = Int(JSON_ALLOW_NUL)
    if options.contains(.allowScalars) { flags |= Int(JSON_DECODE_ANY) }
    if options.contains(.rejectDuplicateKeys) { flags |= Int(JSON_REJECT_DUPLICATES) }
    var error = json_error_t()
    let loaded = withCharacters(
      UnsafeBufferPointer<CChar>(start: bytes.baseAddress?.assumingMemoryBound(to: CChar.self), count: bytes.count)
    ) { base, count in
      json_loadb(base, count, flags, &error)
    }
    guard let root = loaded else {
      throw JSONParseError(janssonError: error)
    }
    defer { json_decref(root) }
    self = JSONValue(borrowing: root, depth: 0)
  }

  /// Parses a JSON string with jansson; see `init(parsing:options:)` for the rules.
  public init(parsing text: String, options: JSONDecodingOptions = []) throws(JSONParseError) {
    var text = text
    let result: Result<JSONValue, JSONParseError> = text.withUTF8 { buffer in
      do throws(JSONParseError) {
        return .success(try JSONValue(parsing: UnsafeRawBufferPointer(buffer), options: options))
      } catch {
        return .failure(error)
      }
    }
    self = try result.get()
  }

  /// Parses UTF-8 bytes with jansson; see `init(parsing:options:)` for the rules.
  public init(parsing bytes: [UInt8], options: JSONDecodingOptions = []) throws(JSONParseError) {
    let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBytes { buffer in
      do throws(JSONParseError) {
        return .success(try JSONValue(parsing: buffer, options: options))
      } catch {
        return .failure(error)
      }
    }
    self = try result.get()
  }

  /// The value as JSON text, written by jansson.
  ///
  /// Reals print with 15 significant digits, so `0.1` stays `0.1`. A non-finite real prints as `null`.
  public func serialized(_ format: JSONFormat = .compact) -> String {
    guard let node = makeJanssonNode() else { return "null" }
    defer { json_decref(node) }
    var flags = Int(JSON_ENCODE_ANY) | argot_json_real_precision(15)
    if format.indent > 0 { flags |= argot_json_indent(format.indent) }
    if format.sortKeys { flags |= Int(JSON_SORT_KEYS) }
    if format.ensureASCII { flags |= Int(JSON_ENSURE_ASCII) }
    if format.compact && format.indent == 0 { flags |= Int(JSON_COMPACT) }
    guard let text = json_dumps(node, flags) else { return "null" }
    defer { free(text) }
    return String(cString: text)
  }

  /// Copies a jansson tree into Swift values. Depth is bounded by jansson's own parser limit (2048).
  init(borrowing node: UnsafeMutablePointer<json_t>, depth: Int) {
    switch argot_json_typeof(node) {
    case JSON_OBJECT:
      var object = JSONObject()
      var iterator = json_object_iter(node)
      while let current = iterator {
        let keyPointer = json_object_iter_key(current)!
        let key = String(cString: keyPointer)
        if let child = json_object_iter_value(current) {
          object[key] = JSONValue(borrowing: child, depth: depth + 1)
        }
        iterator = json_object_iter_next(node, current)
      }
      self = .object(object)
    case JSON_ARRAY:
      let count = json_array_size(node)
      var elements: [JSONValue] = []
      elements.reserveCapacity(count)
      for index in 0..<count {
        elements.append(JSONValue(borrowing: json_array_get(node, index), depth: depth + 1))
      }
      self = .array(elements)
    case JSON_STRING:
      let length = json_string_length(node)
      let pointer = json_string_value(node)!
      self = .string(
        pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
          String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
      )
    case JSON_INTEGER:
      self = .integer(Int64(json_integer_value(node)))
    case JSON_REAL:
      self = .real(json_real_value(node))
    case JSON_TRUE:
      self = .bool(true)
    case JSON_FALSE:
      self = .bool(false)
    default:
      self = .null
    }
  }

  /// A new jansson reference for this value (the caller owns it), or nil for a non-finite real.
  func makeJanssonNode() -> UnsafeMutablePointer<json_t>? {
    switch self {
    case .null: return json_null()
    case .bool(let value): return value ? json_true() : json_false()
    case .integer(let value): return json_integer(json_int_t(value))
    case .real(let value): return value.isFinite ? json_real(value) : json_null()
    case .string(let value):
      var value = value
      return value.withUTF8 { buffer in
        buffer.withMemoryRebound(to: CChar.self) { withCharacters($0) { json_stringn_nocheck($0, $1) } }
      }
    case .array(let elements):
      let array = json_array()!
      for element in elements {
        if let child = element.makeJanssonNode() { json_array_append_new(array, child) }
      }
      return array
    case .object(let object):
      let node = json_object()!
      for (key, value) in object {
        guard let child = value.makeJanssonNode() else { continue }
        var key = key
        key.withUTF8 { buffer in
          buffer.withMemoryRebound(to: CChar.self) {
            _ = withCharacters($0) { json_object_setn_new_nocheck(node, $0, $1, child) }
          }
        }
      }
      return node
    }
  }
}

extension JSONParseError {
  init(janssonError error: json_error_t) {
    var error = error
    let message = withUnsafeBytes(of: &error.text) { raw in
      String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
    }
    self.init(message: message, line: Int(error.line), column: Int(error.column), position: Int(error.position))
  }
}

/// Calls `body` with a non-null pointer to the characters, even for an empty buffer.
private func withCharacters<R>(_ buffer: UnsafeBufferPointer<CChar>, _ body: (UnsafePointer<CChar>, Int) -> R) -> R {
  if let base = buffer.baseAddress { return body(base, buffer.count) }
  var zero: CChar = 0
  return withUnsafePointer(to: &zero) { body($0, 0) }
}
