public import JSON

/// A half-open range of offsets in a text: `{"start": 4, "end": 7}`.
///
/// `Diagnostic` carries two: `range` counts characters (Unicode scalars, as Python and the AWS CLI count them)
/// and `utf16Range` counts UTF-16 code units (as editors and the Language Server Protocol count them). They
/// differ only after a character outside the Basic Multilingual Plane, such as an emoji.
public struct TextRange: Sendable, Hashable {
  /// The first offset inside the range.
  public var start: Int
  /// The first offset after the range; equal to `start` for an empty range (a position).
  public var end: Int

  /// Creates a range.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  /// Creates a range from a Swift range.
  public init(_ range: Range<Int>) {
    self.init(start: range.lowerBound, end: range.upperBound)
  }

  /// `{"start": …, "end": …}`.
  public var jsonValue: JSONValue {
    .object(JSONObject([("start", .integer(Int64(start))), ("end", .integer(Int64(end)))]))
  }
}
