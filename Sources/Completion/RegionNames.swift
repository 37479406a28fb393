import FileSystem
import JSON

/// The regions of botocore's endpoint data (`endpoints.json`), with their descriptions, partition by partition.
enum RegionNames {
  /// A region and its description (`US East (N. Virginia)`).
  struct Region: Sendable, Hashable {
    var name: String
    var description: String?
  }

  /// The regions listed in `<dataDirectory>/endpoints.json`, in file order; empty when it cannot be read.
  static func read(dataDirectory: String) -> [Region] {
    let path = FileSystem.join(dataDirectory, "endpoints.json")
    guard let text = try? FileSystem.readText(path), let json = try? JSONValue(parsing: text) else { return [] }
    return regions(in: json)
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
