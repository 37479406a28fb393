import JSON
import SchemaRegistry

/// Names exactly as botocore's `xform_name` derives them: `CreateBGPPeer` → `create-bgp-peer`.
public enum CLIName {
  /// Names whose plain transformation botocore overrides (its `_xform_cache`), from the embedded CLI layers'
  /// `naming.xformNameOverrides` (both generations': each lists its own botocore's exceptions, which never clash).
  static let exceptions: [String: String] = {
    var overrides: [String: String] = [:]
    // Each layer's `naming` is embedded alone too (Scripts/embed-schemas.py), so this reads a few hundred bytes.
    for path in ["cli/cli-layer/naming.json", "cli/cli-layer-v2/naming.json"] {
      guard let text = EmbeddedFiles.text(path), let naming = try? JSONValue(parsing: text) else { continue }
      for (name, value) in naming["xformNameOverrides"]?.objectValue ?? JSONObject() where overrides[name] == nil {
        overrides[name] = value.stringValue
      }
    }
    return overrides
  }()

  /// The dashed CLI form of a model name (`newBGPPeer` → `new-bgp-peer`).
  ///
  /// Follows `botocore.xform_name(name, "-")` step by step: a name that already holds a `-` is kept; a trailing
  /// plural acronym (`ARNs`) is split off first; then `(.)([A-Z][a-z]+)` and `([a-z0-9])([A-Z])` are separated,
  /// each scanning left to right without overlaps, and the result is lower-cased.
  public static func xform(_ name: String, separator: Character = "-") -> String {
    if name.contains(separator) { return name }
    if separator == "-", let exception = exceptions[name] { return exception }
    let sep = UInt8(ascii: separator == "-" ? "-" : "_")
    var bytes = Array(name.utf8)
    if let start = pluralAcronymStart(bytes) {
      let tail = bytes[start...].map(lower)
      bytes = Array(bytes[..<start]) + [sep] + tail
    }
    bytes = separateCapitalizedWords(bytes, sep)
    bytes = separateCaseChanges(bytes, sep)
    return String(decoding: bytes.map(lower), as: UTF8.self)
  }

  /// Where `[A-Z]{2,}s$` matches, if it does.
  private static func pluralAcronymStart(_ bytes: [UInt8]) -> Int? {
    guard bytes.count >= 3, bytes.last == UInt8(ascii: "s") else { return nil }
    var start = bytes.count - 1
    while start > 0, isUpper(bytes[start - 1]) { start -= 1 }
    return bytes.count - 1 - start >= 2 ? start : nil
  }

  /// `re.sub('(.)([A-Z][a-z]+)', r'\1-\2', s)`.
  private static func separateCapitalizedWords(_ bytes: [UInt8], _ sep: UInt8) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 8)
    var index = 0
    while index < bytes.count {
      if index + 2 < bytes.count, bytes[index] != 10, isUpper(bytes[index + 1]), isLower(bytes[index + 2]) {
        var end = index + 3
        while end < bytes.count, isLower(bytes[end]) { end += 1 }
        result.append(bytes[index])
        result.append(sep)
        result.append(contentsOf: bytes[(index + 1)..<end])
        index = end
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  /// `re.sub('([a-z0-9])([A-Z])', r'\1-\2', s)`.
  private static func separateCaseChanges(_ bytes: [UInt8], _ sep: UInt8) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 8)
    var index = 0
    while index < bytes.count {
      if index + 1 < bytes.count, isLower(bytes[index]) || isDigit(bytes[index]), isUpper(bytes[index + 1]) {
        result.append(bytes[index])
        result.append(sep)
        result.append(bytes[index + 1])
        index += 2
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  private static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
  private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
  private static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }
}
