import Glibc
import JSON

/// Reads the recorded vectors in `Fixtures/`.
enum FixtureFile {
  /// The folder of this test target's fixtures.
  static let directory: String = {
    let file = #filePath
    let folder = file[..<file.lastIndex(of: "/")!]
    return folder + "/Fixtures"
  }()

  /// The whole file at `path` as text, or nil if it cannot be read.
  static func read(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes += buffer[..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A recorded fixture: its kind and vectors.
  struct Vectors {
    var kind: String
    var entries: [(service: String, operation: String, command: String, text: String)]
  }

  /// Loads `name` from the fixtures folder, or an absolute path.
  static func vectors(_ name: String) throws -> Vectors {
    let path = name.hasPrefix("/") ? name : directory + "/" + name
    guard let text = read(path) else { throw FixtureError.unreadable(path) }
    let document = try JSONValue(parsing: text)
    var entries: [(String, String, String, String)] = []
    for vector in document["skeletons"]?.arrayValue ?? [] {
      entries.append(
        (
          vector["service"]?.stringValue ?? "", vector["operation"]?.stringValue ?? "",
          vector["command"]?.stringValue ?? "", vector["text"]?.stringValue ?? ""
        )
      )
    }
    return Vectors(kind: document["kind"]?.stringValue ?? "", entries: entries)
  }

  enum FixtureError: Error { case unreadable(String) }
}
