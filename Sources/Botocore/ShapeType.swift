/// The type of a botocore shape, as the model's `type` field names it.
public enum ShapeType: String, Sendable, Hashable, CaseIterable {
  case structure, list, map, string, integer, long, boolean, float, double, timestamp, blob
  /// Arbitrary-precision decimals; rare in the models, treated like `double` by the CLI.
  case bigdecimal
  /// Arbitrary-precision integers; rare in the models, treated like `long` by the CLI.
  case biginteger

  /// Whether values of this type hold other values (structure, list, map).
  public var isContainer: Bool { self == .structure || self == .list || self == .map }

  /// Whether this is a whole-number type.
  public var isInteger: Bool { self == .integer || self == .long || self == .biginteger }

  /// Whether this is a floating-point type.
  public var isFloatingPoint: Bool { self == .float || self == .double || self == .bigdecimal }
}
