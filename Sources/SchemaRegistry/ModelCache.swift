import Botocore
import FileSystem
import JSON

/// The on-disk cache of per-operation model slices.
///
/// Layout: `<directory>/<service>-<fingerprint>/index.json` (operations, paginators, waiters) and
/// `…/operations/<Operation>.json` (a slice in `service-2.json` layout). The fingerprint covers the source files'
/// paths, sizes and modification times, so new models get new folders; stale folders of a service are removed
/// when its new folder is written. Every write goes through a rename, so concurrent readers see whole files.
public struct ModelCache: Sendable {
  /// Bumped whenever the cache layout changes.
  static let formatVersion = "argot-cache-1"

  /// The folder holding the cache.
  public var directory: String

  /// Creates a cache in `directory` (created on first write).
  public init(directory: String) { self.directory = directory }

  /// `ARGOT_CACHE_DIR`, else `$XDG_CACHE_HOME/argot`, else `~/.cache/argot`; nil if none can be formed.
  public static var defaultDirectory: String? {
    if let explicit = FileSystem.environment("ARGOT_CACHE_DIR") { return explicit == "off" ? nil : explicit }
    if let xdg = FileSystem.environment("XDG_CACHE_HOME") { return FileSystem.join(xdg, "argot") }
    return FileSystem.homeDirectory.map { FileSystem.join($0, ".cache/argot") }
  }

  private func folder(for location: ServiceLocation) -> String {
    FileSystem.join(directory, "\(location.service)-\(location.fingerprint)")
  }

  /// The cached index of a service, if present and current.
  func index(for location: ServiceLocation) -> ServiceIndex? {
    let path = FileSystem.join(folder(for: location), "index.json")
    guard let json = try? ServiceLocation.readJSON(path), let object = json.objectValue,
      let serviceJSON = object["model"]
    else { return nil }
    guard
      let model = try? ServiceModel(
        serviceName: location.service, service: serviceJSON, paginators: object["paginators"],
        waiters: object["waiters"], source: path)
    else { return nil }
    return ServiceIndex(model: model, source: location.servicePath)
  }

  /// The cached slice for one operation, if present and current.
  func operation(_ name: String, for location: ServiceLocation) -> ServiceModel? {
    guard isSafeFileName(name) else { return nil }
    let path = FileSystem.join(folder(for: location), "operations", name + ".json")
    guard let json = try? ServiceLocation.readJSON(path), let object = json.objectValue,
      let serviceJSON = object["model"]
    else { return nil }
    return try? ServiceModel(
      serviceName: location.service, service: serviceJSON, paginators: object["paginators"],
      waiters: object["waiters"], source: path)
  }

  /// Writes the index and every operation slice of a freshly parsed model. Failures only cost speed.
  func store(model: ServiceModel, json: ServiceLocation.Files, location: ServiceLocation) {
    let target = folder(for: location)
    let operationsFolder = FileSystem.join(target, "operations")
    do throws(FileSystemError) {
      try FileSystem.createDirectories(operationsFolder)
      let waiters = json.waiters ?? .null
      let allPagination = json.paginators?["pagination"]?.objectValue ?? JSONObject()
      for operation in model.operations where isSafeFileName(operation.name) {
        guard let slice = ModelSlice.make(service: json.service, operationName: operation.name) else { continue }
        var pagination = JSONObject()
        if let paginator = allPagination[operation.name] { pagination[operation.name] = paginator }
        let entry: JSONValue = [
          "model": slice, "paginators": ["pagination": .object(pagination)],
        ]
        try FileSystem.writeText(
          FileSystem.join(operationsFolder, operation.name + ".json"), entry.serialized())
      }
      // The index keeps operations with no shapes: enough to list them, their paginators and waiters.
      var operations = JSONObject()
      for (name, body) in json.service["operations"]?.objectValue ?? JSONObject() {
        var reduced = JSONObject()
        reduced["name"] = body["name"]
        reduced["documentation"] = body["documentation"]
        reduced["deprecated"] = body["deprecated"]
        operations[name] = .object(reduced)
      }
      let index: JSONValue = [
        "model": [
          "metadata": json.service["metadata"] ?? .null,
          "documentation": json.service["documentation"] ?? .null,
          "operations": .object(operations),
          "shapes": .object(JSONObject()),
        ],
        "paginators": json.paginators ?? ["pagination": .object(JSONObject())],
        "waiters": waiters,
      ]
      try FileSystem.writeText(FileSystem.join(target, "index.json"), index.serialized())
      removeStaleFolders(of: location.service, keeping: FileSystem.baseName(of: target))
    } catch {
      return
    }
  }

  private func removeStaleFolders(of service: String, keeping current: String) {
    let prefix = service + "-"
    for name in (try? FileSystem.contentsOfDirectory(directory)) ?? [] where name.hasPrefix(prefix) && name != current {
      let suffix = name.dropFirst(prefix.count)
      guard suffix.count == 16, suffix.allSatisfy(\.isHexDigit) else { continue }
      FileSystem.removeTree(FileSystem.join(directory, name))
    }
  }

  private func isSafeFileName(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.allSatisfy { $0 != UInt8(ascii: "/") && $0 != 0 } && name != "." && name != ".."
  }
}
