import Botocore
import FileSystem
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The on-disk model index that makes a one-shot question about one operation cheap.
///
/// One file per service, `<directory>/index/<service>.argotindex` (`ModelIndexFile`, described in
/// `Documentation/Model Index.md`): the service's operations, metadata, pagination and waiters, read without
/// parsing JSON, and for every operation a zlib-compressed slice of the model in `service-2.json` layout (its
/// definition, every shape it reaches, its paginator) without documentation, then the documentation of the same
/// slice, so answers that need no prose skip reading it.
///
/// Each file records the fingerprint of the model files it was made from (their paths, sizes and modification
/// times) and is replaced when they change. Files are written to a temporary name unique to the writer and
/// renamed into place, so concurrent builders and readers see whole files. Everything read is checked; a file
/// that fails a check is removed and rebuilt (see `ModelRegistry`). A missing or damaged cache only costs speed.
public struct ModelCache: Sendable {
  /// Mixed into every fingerprint; bumped whenever the cache layout changes.
  static let formatVersion = "argot-cache-5"

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

  /// The folder of the index files.
  var indexDirectory: String { FileSystem.join(directory, "index") }

  /// The index file of a service.
  public func path(of service: String) -> String {
    FileSystem.join(indexDirectory, service + ".argotindex")
  }

  /// What looking for a service's index found.
  enum Lookup {
    /// No index file.
    case absent
    /// A current index that passed every check.
    case current(CachedIndex)
    /// A file that was stale or damaged; it has been removed.
    case discarded(ModelIndexDamage)
  }

  /// The cached index of a service: checked, and removed when it fails a check.
  func lookup(_ location: ServiceLocation) -> Lookup {
    let path = path(of: location.service)
    do throws(ModelIndexDamage) {
      guard
        let file = try ModelIndexFile.read(
          path: path,
          service: location.service,
          fingerprint: location.fingerprint,
          source: location.servicePath
        )
      else { return .absent }
      return .current(CachedIndex(file: file))
    } catch {
      discard(location.service)
      return .discarded(error)
    }
  }

  /// Whether the cache holds a current, undamaged index for the service's model files.
  func hasEntry(for location: ServiceLocation) -> Bool {
    let file = try? ModelIndexFile.read(
      path: path(of: location.service),
      service: location.service,
      fingerprint: location.fingerprint,
      source: location.servicePath
    )
    return file != nil
  }

  /// Removes a service's index file.
  func discard(_ service: String) {
    unlink(path(of: service))
  }

  /// The cached slice for one operation, checked against its checksums and its operation name.
  func operation(
    _ name: String,
    for location: ServiceLocation,
    index: CachedIndex,
    documentation: Bool
  ) throws(ModelIndexDamage) -> ServiceModel? {
    guard let slice = index.file.slices[name] else { return nil }
    let path = path(of: location.service)
    let chunks = try index.file.chunks(of: slice, path: path, documentation: documentation)
    let entry = try Self.inflate(chunks.shapes, what: "slice of \(name)")
    var model = entry["model"] ?? .null
    let operations = model["operations"]?.objectValue
    guard let operations, operations.keys == [name] else {
      throw ModelIndexDamage(
        "slice stored for \(name) describes \(operations?.keys.joined(separator: ", ") ?? "nothing")"
      )
    }
    if let prose = chunks.documentation {
      model = ServiceLocation.deepMerge(model, try Self.inflate(prose, what: "documentation of \(name)"))
    }
    do throws(ModelError) {
      return try ServiceModel(
        serviceName: location.service,
        service: model,
        paginators: entry["paginators"],
        source: location.servicePath
      )
    } catch {
      throw ModelIndexDamage("slice of \(name) is not a model: \(error)")
    }
  }

  private static func inflate(_ bytes: [UInt8], what: String) throws(ModelIndexDamage) -> JSONValue {
    guard let text = try? Gunzip.inflate(bytes, source: what), let value = try? JSONValue(parsing: text) else {
      throw ModelIndexDamage("\(what) cannot be read")
    }
    return value
  }

  /// Writes the index of a freshly parsed model. Failures only cost speed.
  func store(model: ServiceModel, json: ServiceLocation.Files, location: ServiceLocation) {
    let allPagination = json.paginators?["pagination"]?.objectValue ?? JSONObject()
    let (withoutProse, prose) = ModelSlice.splittingDocumentation(json.service)
    let slicer = ModelSlice(service: json.service)
    var slices: [ModelIndexFile.PendingSlice] = []
    for operation in model.operations {
      guard let (shapes, documentation) = slicer?.slice(of: operation.name, withoutProse: withoutProse, prose: prose)
      else { continue }
      var pagination = JSONObject()
      if let paginator = allPagination[operation.name] { pagination[operation.name] = paginator }
      let entry: JSONValue = ["model": shapes, "paginators": ["pagination": .object(pagination)]]
      slices.append(
        ModelIndexFile.PendingSlice(
          operation: operation.name,
          shapes: Deflate.compress(Array(entry.serialized().utf8), level: 1),
          documentation: Deflate.compress(Array(documentation.serialized().utf8), level: 1)
        )
      )
    }
    let bytes = ModelIndexFile.encode(
      index: ServiceIndex(model: model, source: location.servicePath),
      fingerprint: location.fingerprint,
      slices: slices
    )
    write(bytes, to: path(of: location.service))
    removeOldLayout(of: location.service)
  }

  /// Writes through a temporary file unique to this process and thread, then renames it into place.
  private func write(_ bytes: [UInt8], to path: String) {
    let temporary = "\(path).\(getpid()).\(ModelCache.writerNumber()).tmp"
    do throws(FileSystemError) {
      try FileSystem.createDirectories(indexDirectory)
      try FileSystem.writeFileAtomically(temporary, bytes)
    } catch {
      return
    }
    if rename(temporary, path) != 0 { unlink(temporary) }
  }

  private static func writerNumber() -> UInt64 {
    UInt64(pthread_self())
  }

  /// Removes the folders of the cache's earlier layout (`<service>-<16 hex digits>/` holding `index.json`).
  private func removeOldLayout(of service: String) {
    let prefix = service + "-"
    for name in (try? FileSystem.contentsOfDirectory(directory)) ?? [] where name.hasPrefix(prefix) {
      let suffix = name.dropFirst(prefix.count)
      guard suffix.count == 16, suffix.allSatisfy(\.isHexDigit) else { continue }
      let folder = FileSystem.join(directory, name)
      guard FileSystem.exists(FileSystem.join(folder, "index.json")) else { continue }
      FileSystem.removeTree(folder)
    }
  }
}

/// A service's checked index file, as `ModelRegistry` keeps it.
struct CachedIndex: Sendable {
  /// The checked file.
  var file: ModelIndexFile

  /// What `ServiceIndex` needs.
  var serviceIndex: ServiceIndex { file.serviceIndex }
}
