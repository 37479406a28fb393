import Botocore
import FileSystem
import SchemaRegistry

/// A service's full name (`Amazon Elastic Compute Cloud`), read from the `metadata` at the top of its model file
/// (inflating only the start of a `.json.gz`) without parsing the whole file.
enum ServiceTitle {
  /// The `serviceFullName` of the model at `location`, or nil.
  static func read(_ location: ServiceLocation?) -> String? {
    guard let location, var bytes = try? FileSystem.readFile(location.servicePath, offset: 0, count: 4096) else {
      return nil
    }
    if location.servicePath.hasSuffix(".gz") {
      guard let start = Gunzip.inflatePrefix(bytes, limit: 4096) else { return nil }
      bytes = start
    }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let key = text.firstRange(of: "\"serviceFullName\"") else { return nil }
    let rest = text[key.upperBound...]
    guard let open = rest.firstIndex(of: "\"") else { return nil }
    let value = rest[rest.index(after: open)...]
    guard let close = value.firstIndex(of: "\"") else { return nil }
    return String(value[..<close])
  }
}
