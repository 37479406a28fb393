public import JSON

/// The `id` of a JSON-RPC request: a string or an integer.
///
/// JSON-RPC 2.0 also allows `null` and fractional numbers, but discourages both; argot answers them with
/// `invalidRequest`. A null id appears only on error responses, as `RequestID?`.
public enum RequestID: Sendable, Hashable {
  /// A string id.
  case string(String)
  /// An integer id that fits in 64 bits.
  case integer(Int64)

  /// The id read from a JSON value, or nil if the value is not a string or an integer.
  public init?(_ value: JSONValue) {
    switch value {
    case .string(let text): self = .string(text)
    case .integer(let number): self = .integer(number)
    default: return nil
    }
  }

  /// The id as it appears on the wire.
  public var jsonValue: JSONValue {
    switch self {
    case .string(let text): return .string(text)
    case .integer(let number): return .integer(number)
    }
  }
}

extension RequestID: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
  /// A string id from a literal.
  public init(stringLiteral value: String) { self = .string(value) }
  /// An integer id from a literal.
  public init(integerLiteral value: Int64) { self = .integer(value) }
}

extension RequestID: CustomStringConvertible {
  /// The id as JSON: `7` or `"abc"`.
  public var description: String { jsonValue.serialized(.compact) }
}
