import Botocore
import FileSystem
import JSON

/// The on-disk cache that makes a one-shot question about one operation cheap.
///
/// Per service and model version, a folder `<directory>/<service>-<fingerprint>/` holds:
/// - `index.json`: the metadata, operation names, deprecated operations, waiters, and where each operation's
///   slice sits in the pack;
/// - `slices.pack`: for every operation, a zlib-compressed slice of the model in `service-2.json` layout (its
///   definition, every shape it reaches, its paginator), one after the other.
///
/// The fingerprint covers the source files' paths, sizes and modification times, so changed models get a new
/// folder, and older folders of the service are removed. Files are written through a rename, so concurrent
/// readers see whole files; a missing or damaged cache only costs speed.
public struct ModelCache: Sendable {
  /// Bumped whenever the cache layout changes.
  static let formatVersion = "argot-cache-3"

  /// The folder holding the cache.
  public var directory: String

  /// Creates a cache in `directory` (created on first write).
  public init(directory: String) { self.directory = directory }

  /// `ARGOT_CACHE_DIR` (`off` disables the cache), else `$XDG_CACHE_HOME/argot`, else `~/.cache/argot`.
  public static var defaultDirectory: String? {
    if let explicit = FileSystem.environment("ARGOT_CACHE_DIR") { return explicit == "off" ? nil : explicit }
    if let xdg = FileSystem.environment("XDG_CACHE_HOME") { return FileSystem.join(xdg, "argot") }
    return FileSystem.homeDirectory.map { FileSystem.join($0, ".cache/argot") }
  }

  private func folder(for location: ServiceLocation) -> String {
    FileSystem.join(directory, "\(location.service)-\(location.fingerprint)")
  }

  /// The cached index of a service, if present and current.
  func index(for location: ServiceLocation) -> CachedIndex? {
    let path = FileSystem.join(folder(for: location), "index.json")
    guard let json = try? ServiceLocation.readJSON(path) else { return nil }
    return CachedIndex(json: json, location: location)
  }

  /// The cached slice for one operation, if present and current.
  func operation(_ name: String, for location: ServiceLocation, index: CachedIndex) -> ServiceModel? {
    guard let (offset, count) = index.slices[name] else { return nil }
    let pack = FileSystem.join(folder(for: location), "slices.pack")
    guard let compressed = try? FileSystem.readFile(pack, offset: offset, count: count),
      compressed.count == count,
      let bytes = try? Gunzip.inflate(compressed, source: pack),
      let json = try? JSONValue(parsing: bytes)
    else { return nil }
    return try? ServiceModel(
      serviceName: location.service, service: json["model"] ?? .null, paginators: json["paginators"],
      source: location.servicePath)
  }

  /// Writes the pack and the index of a freshly parsed model. Failures only cost speed.
  func store(model: ServiceModel, json: ServiceLocation.Files, location: ServiceLocation) {
    let target = folder(for: location)
    do throws(FileSystemError) {
      try FileSystem.createDirectories(target)
      let allPagination = json.paginators?["pagination"]?.objectValue ?? JSONObject()
      var pack: [UInt8] = []
      var slices = JSONObject()
      for operation in model.operations {
        guard let slice = ModelSlice.make(service: json.service, operationName: operation.name) else { continue }
        var pagination = JSONObject()
        if let paginator = allPagination[operation.name] { pagination[operation.name] = paginator }
        let entry: JSONValue = ["model": slice, "paginators": ["pagination": .object(pagination)]]
        let compressed = Deflate.compress(Array(entry.serialized().utf8), level: 1)
        slices[operation.name] = [.integer(Int64(pack.count)), .integer(Int64(compressed.count))]
        pack += compressed
      }
      try FileSystem.writeFileAtomically(FileSystem.join(target, "slices.pack"), pack)
      var waiters = JSONObject()
      for waiter in model.waiters {
        waiters[waiter.name] = [
          "operation": .string(waiter.operation), "delay": .integer(Int64(waiter.delay)),
          "maxAttempts": .integer(Int64(waiter.maxAttempts)),
        ]
      }
      let index: JSONValue = [
        "metadata": json.service["metadata"] ?? .null,
        "documentation": json.service["documentation"] ?? .null,
        "operations": .array(model.operations.map { .string($0.name) }),
        "deprecated": .array(model.operations.filter(\.deprecated).map { .string($0.name) }),
        "paginated": .array(model.paginators.keys.sorted().map { .string($0) }),
        "waiters": ["version": 2, "waiters": .object(waiters)],
        "slices": .object(slices),
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
}

/// A service's cache index: what `ServiceIndex` needs, and where each operation's slice is.
struct CachedIndex: Sendable {
  var serviceIndex: ServiceIndex
  var slices: [String: (Int, Int)]

  init?(json: JSONValue, location: ServiceLocation) {
    guard let metadataJSON = json["metadata"], let operations = json["operations"]?.arrayValue,
      let apiVersion = metadataJSON["apiVersion"]?.stringValue
    else { return nil }
    let waiters = (try? ModelReaderBridge.waiters(json["waiters"], source: location.servicePath)) ?? []
    serviceIndex = ServiceIndex(
      serviceName: location.service,
      metadata: ServiceMetadata(
        apiVersion: apiVersion,
        endpointPrefix: metadataJSON["endpointPrefix"]?.stringValue,
        serviceFullName: metadataJSON["serviceFullName"]?.stringValue,
        serviceAbbreviation: metadataJSON["serviceAbbreviation"]?.stringValue,
        serviceId: metadataJSON["serviceId"]?.stringValue,
        wireProtocol: metadataJSON["protocol"]?.stringValue,
        uid: metadataJSON["uid"]?.stringValue),
      documentation: json["documentation"]?.stringValue,
      operationNames: operations.compactMap(\.stringValue),
      paginatedOperations: Set(json["paginated"]?.arrayValue?.compactMap(\.stringValue) ?? []),
      deprecatedOperations: Set(json["deprecated"]?.arrayValue?.compactMap(\.stringValue) ?? []),
      waiters: waiters,
      source: location.servicePath)
    var slices: [String: (Int, Int)] = [:]
    for (name, value) in json["slices"]?.objectValue ?? JSONObject() {
      guard let pair = value.arrayValue, pair.count == 2, let offset = pair[0].integerValue,
        let count = pair[1].integerValue
      else { return nil }
      slices[name] = (Int(offset), Int(count))
    }
    self.slices = slices
  }
}

/// Reads waiters through the model reader by loading an empty model around them.
enum ModelReaderBridge {
  static func waiters(_ json: JSONValue?, source: String) throws(ModelError) -> [Waiter] {
    let empty: JSONValue = ["metadata": ["apiVersion": "0"], "operations": [:], "shapes": [:]]
    return try ServiceModel(serviceName: "", service: empty, waiters: json, source: source).waiters
  }
}
