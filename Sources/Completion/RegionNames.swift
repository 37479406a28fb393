import FileSystem
import JSON

/// The regions of botocore's endpoint data (`endpoints.json`), with their descriptions, partition by partition.
enum RegionNames {
  /// A region and its description (`US East (N. Virginia)`).
  struct Region: Sendable, Hashable {
    var name: String
    var description: String?
  }

  /// The regions listed in `<dataDirectory>/endpoints.json`, in file order (kept in `index` once read); empty
  /// when it cannot be read.
  static func read(dataDirectory: String, index: CompletionIndex?) -> [Region] {
    let path = FileSystem.join(dataDirectory, "endpoints.json")
    guard let status = FileSystem.status(of: path) else { return [] }
    let stored = index?.regionsPath(dataKey: "\(path)|\(status.size)|\(status.modified)")
    if let stored, let names = index?.names(at: stored) {
      return names.map { Region(name: $0.name, description: $0.summary) }
    }
    guard let text = try? FileSystem.readText(path), let json = try? JSONValue(parsing: text) else { return [] }
    let result = regions(in: json)
    if let stored {
      index?.store(
        result.map { NameEntry(name: $0.name, kind: .value, isHidden: false, summary: $0.description) },
        at: stored
      )
    }
    return result
  }

  /// The regions of an `endpoints.json` document.
  static func regions(in json: JSONValue) -> [Region] {
    var result: [Region] = []
    for partition in json["partitions"]?.arrayValue ?? [] {
      for (name, value) in partition["regions"]?.objectValue ?? JSONObject() {
        result.append(Region(name: name, description: value["description"]?.stringValue))
      }
    }
    return result
  }
}
