/// The parts of a partly typed `s3://bucket/prefix` URI that a listing needs.
struct S3Location: Sendable, Hashable {
  /// The bucket, once a `/` follows its name; nil while the bucket name is still being typed.
  var bucket: String?
  /// The folder to list: the key prefix up to and including its last `/` ("" for the bucket's top).
  var folder: String

  init(_ uri: String) {
    var rest = Substring(uri)
    if rest.hasPrefix("s3://") { rest = rest.dropFirst(5) }
    guard let slash = rest.firstIndex(of: "/") else {
      bucket = nil
      folder = ""
      return
    }
    bucket = String(rest[..<slash])
    let key = rest[rest.index(after: slash)...]
    if let last = key.lastIndex(of: "/") {
      folder = String(key[...last])
    } else {
      folder = ""
    }
  }
}
