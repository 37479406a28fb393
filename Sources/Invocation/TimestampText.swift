import Shorthand

/// Recognizes the timestamp texts botocore accepts: epoch seconds, and ISO 8601 dates and times
/// (`2024-05-01`, `2024-05-01T10:00:00Z`, `2024-05-01 10:00:00.5+02:00`, `20240501T100000Z`).
///
/// botocore also takes whatever `dateutil` can guess (`May 1 2024`); argot reports those as unchecked, not
/// wrong.
enum TimestampText {
  /// How a text reads as a timestamp.
  enum Reading: Equatable {
    /// A form argot checked.
    case valid
    /// A form argot does not check; the AWS CLI may accept it.
    case unchecked
    /// Not a timestamp at all.
    case invalid
  }

  static func read(_ text: String) -> Reading {
    let trimmed = PythonText.strip(text)
    if trimmed.isEmpty { return .invalid }
    if PythonNumber.float(trimmed) != nil, !trimmed.lowercased().contains("n") { return .valid }
    if isISO8601(trimmed) { return .valid }
    if !trimmed.contains(where: \.isNumber) { return .invalid }
    return .unchecked
  }

  private static func isISO8601(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var index = 0
    func digits(_ count: Int) -> Int? {
      guard index + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[index..<(index + count)] {
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      index += count
      return value
    }
    func accept(_ scalar: Character) -> Bool {
      if index < bytes.count, bytes[index] == scalar.asciiValue! {
        index += 1
        return true
      }
      return false
    }
    guard digits(4) != nil else { return false }
    let extended = accept("-")
    guard let month = digits(2), (1...12).contains(month) else { return false }
    if extended { guard accept("-") else { return false } }
    guard let day = digits(2), (1...31).contains(day) else { return false }
    if index == bytes.count { return true }
    guard accept("T") || accept("t") || accept(" ") else { return false }
    guard let hour = digits(2), hour <= 24 else { return false }
    let colon = accept(":")
    guard let minute = digits(2), minute < 60 else { return false }
    if colon ? accept(":") : (index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57) {
      guard let second = digits(2), second <= 60 else { return false }
      if accept(".") || accept(",") {
        guard digits(1) != nil else { return false }
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
      }
    }
    if index == bytes.count { return true }
    if accept("Z") || accept("z") { return index == bytes.count }
    guard accept("+") || accept("-") else { return false }
    guard digits(2) != nil else { return false }
    _ = accept(":")
    if index < bytes.count { guard digits(2) != nil else { return false } }
    return index == bytes.count
  }
}
