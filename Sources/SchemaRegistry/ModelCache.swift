import Botocore
import FileSystem
import JSON

/// The on-disk cache that makes a one-shot question about one operation cheap.
///
/// Per service and model version, a folder `<directory>/<service>-<fingerprint>/` holds:
/// - `index.json`: the metadata, operation names, deprecated operations, waiters, and where each operation's
///   slice sits in the pack;
/// - `slices.pack`: for every operation, a zlib-compressed slice of the model in `service-2.json` layout (its
///   definition, every shape it reaches, its paginator) without documentation, then the documentation of the
///   same slice in the same layout, so answers that need no prose skip reading it.
///
/// The fingerprint covers the source files' paths, sizes and modification times, so changed models get a new
/// folder, and older folders of the service are removed. Files are written through a rename, so concurrent
/// readers see whole files; a missing or damaged cache only costs speed.
public struct ModelCache: Sendable {
  /// Bumped whenever the cache layout changes.
  static let formatVersion = "argot-cache-4"

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

  /// Whether the cache holds a current entry for the service's model files.
  func hasEntry(for location: ServiceLocation) -> Bool {
    FileSystem.exists(FileSystem.join(folder(for: location), "index.json"))
  }

  /// The cached index of a service, if present and current.
  func index(for location: ServiceLocation) -> CachedIndex? {
    let path = FileSystem.join(folder(for: location), "index.json")
    guard let json = try? ServiceLocation.readJSON(path) else { return nil }
    return CachedIndex(json: json, location: location)
  }

  /// The cached slice for one operation, if present and current.
  func operation(
    _ name: String,
    for location: ServiceLocation,
    index: CachedIndex,
    documentation: Bool
  )
    -> ServiceModel?
  {
    guard let slice = index.slices[name] else { return nil }
    let pack = FileSystem.join(folder(for: location), "slices.pack")
    let count = documentation ? slice.shapes.count + slice.documentation.count : slice.shapes.count
    guard let bytes = try? FileSystem.readFile(pack, offset: slice.shapes.lowerBound, count: count),
      bytes.count == count,
      let shapesJSON = Self.inflate(bytes[..<slice.shapes.count], pack)
    else { return nil }
    var model = shapesJSON["model"] ?? .null
    if documentation {
      guard let docs = Self.inflate(bytes[slice.shapes.count...], pack) else { return nil }
      model = ServiceLocation.deepMerge(model, docs)
    }
    return try? ServiceModel(
      serviceName: location.service,
      service: model,
      paginators: shapesJSON["paginators"],
      source: location.servicePath
    )
  }

  private static func inflate(_ bytes: ArraySlice<UInt8>, _ source: String) -> JSONValue? {
    guard let text = try? Gunzip.inflate(Array(bytes), source: source) else { return nil }
    return try? JSONValue(parsing: text)
  }

  /// Writes the pack and the index of a freshly parsed model. Failures only cost speed.
  func store(model: ServiceModel, json: ServiceLocation.Files, location: ServiceLocation) {
    let target = folder(for: location)
    do throws(FileSystemError) {
      try FileSystem.createDirectories(target)
      let allPagination = json.paginators?["pagination"]?.objectValue ?? JSONObject()
      var pack: [UInt8] = []
      var slices: [JSONValue] = []
      for operation in model.operations {
        guard let slice = ModelSlice.make(service: json.service, operationName: operation.name) else {
          slices += [.integer(Int64(pack.count)), 0, 0]
          continue
        }
        let (shapes, documentation) = ModelSlice.splittingDocumentation(slice)
        var pagination = JSONObject()
        if let paginator = allPagination[operation.name] { pagination[operation.name] = paginator }
        let entry: JSONValue = ["model": shapes, "paginators": ["pagination": .object(pagination)]]
        let compressedShapes = Deflate.compress(Array(entry.serialized().utf8), level: 1)
        let compressedDocs = Deflate.compress(Array(documentation.serialized().utf8), level: 1)
        slices += [
          .integer(Int64(pack.count)), .integer(Int64(compressedShapes.count)),
          .integer(Int64(compressedDocs.count)),
        ]
        pack += compressedShapes + compressedDocs
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
        "slices": .array(slices),
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
  /// Where one operation's two chunks sit in the pack.
  struct Slice: Sendable {
    var shapes: Range<Int>
    var documentation: Range<Int>
  }

  var serviceIndex: ServiceIndex
  var slices: [String: Slice]

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
        uid: metadataJSON["uid"]?.stringValue
      ),
      documentation: json["documentation"]?.stringValue,
      operationNames: operations.compactMap(\.stringValue),
      paginatedOperations: Set(json["paginated"]?.arrayValue?.compactMap(\.stringValue) ?? []),
      deprecatedOperations: Set(json["deprecated"]?.arrayValue?.compactMap(\.stringValue) ?? []),
      waiters: waiters,
      source: location.servicePath
    )
    // Three numbers per operation, in operation order: offset, shapes chunk size, documentation chunk size.
    let numbers = json["slices"]?.arrayValue?.compactMap(\.integerValue).map { Int($0) } ?? []
    guard numbers.count == operations.count * 3 else { return nil }
    var slices: [String: Slice] = [:]
    for (position, name) in serviceIndex.operationNames.enumerated() {
      let offset = numbers[position * 3]
      let shapesEnd = offset + numbers[position * 3 + 1]
      guard numbers[position * 3 + 1] > 0 else { continue }
      slices[name] = Slice(
        shapes: offset..<shapesEnd,
        documentation: shapesEnd..<(shapesEnd + numbers[position * 3 + 2])
      )
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
