public import Botocore
import CLIDetection
import FileSystem
import JSON
import Suggestions
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Finds, loads and caches service models: the installed botocore data first, the embedded default last.
///
/// Services are loaded only when first asked for. For speed, each service's operations and each operation's
/// small slice of its model are kept in an on-disk index (see `ModelCache`), rebuilt whenever the source files
/// change, so a one-shot question about one operation of a 4 MB model reads a few kilobytes. An index file that
/// fails a check is removed, rebuilt from the models, and reported with one line through `log`; its contents
/// are never used.
///
/// - Important: thread-safe; loading one service never blocks answers about services already loaded.
public final class ModelRegistry: Sendable {
  /// The folders searched, in order.
  public let searchPath: ModelSearchPath
  private let cache: ModelCache?
  private let embedded: EmbeddedModels
  private let indexes = Mutex<[String: ServiceIndex]>([:])
  private let cachedIndexes = Mutex<[String: CachedIndex]>([:])
  private let models = Mutex<[String: ServiceModel]>([:])
  private let locations = Mutex<[String: ServiceLocation?]>([:])
  private let log: @Sendable (String) -> Void

  /// A registry over `searchPath`, caching in `cacheDirectory` (nil turns the disk cache off); `log` receives
  /// one line for each damaged index file found (standard error by default).
  public init(
    searchPath: ModelSearchPath = .fromEnvironment(),
    cacheDirectory: String? = ModelCache.defaultDirectory,
    log: @escaping @Sendable (String) -> Void = ModelRegistry.logToStandardError
  ) {
    self.searchPath = searchPath
    self.cache = cacheDirectory.map(ModelCache.init(directory:))
    self.embedded = EmbeddedModels()
    self.log = log
  }

  /// Writes a line to standard error.
  public static let logToStandardError: @Sendable (String) -> Void = { line in
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  }

  /// The folder of the on-disk cache, or nil when it is off.
  public var cacheDirectory: String? { cache?.directory }

  /// Whether the on-disk cache already holds the service's current model files (embedded services need none).
  public func isCached(_ service: String) -> Bool {
    guard let location = location(of: service) else { return true }
    return cache?.hasEntry(for: location) ?? false
  }

  /// The version of the installed botocore whose data is in use, if known.
  public var botocoreVersion: String? {
    searchPath.botocoreDataDirectory.flatMap(WellKnownBotocore.version(ofData:))
  }

  /// Every service name that some model data provides, sorted.
  public func serviceNames() -> [String] {
    var names = Set(embedded.serviceNames)
    for directory in searchPath.directories {
      for name in (try? FileSystem.contentsOfDirectory(directory)) ?? [] where !name.hasPrefix("_") {
        let path = FileSystem.join(directory, name)
        guard !names.contains(name), FileSystem.isDirectory(path) else { continue }
        if ServiceLocation.newestVersion(in: path) != nil { names.insert(name) }
      }
    }
    return names.sorted()
  }

  /// Where a service's model comes from, or nil if no data has it.
  public func location(of service: String) -> ServiceLocation? {
    if let known = locations.withLock({ $0[service] }) { return known }
    let found = ServiceLocation.find(service, in: searchPath.directories)
    locations.withLock { $0[service] = .some(found) }
    return found
  }

  /// The index of a service: its operations, paginators and waiters.
  public func index(of service: String) throws(RegistryError) -> ServiceIndex {
    if let known = indexes.withLock({ $0[service] }) { return known }
    let index: ServiceIndex
    if let location = location(of: service) {
      if let cached = cachedIndex(location) {
        index = cached.serviceIndex
      } else {
        let model = try loadWholeModel(service, location: location)
        index = ServiceIndex(model: model, source: location.servicePath)
      }
    } else if let model = try embedded.model(service) {
      index = ServiceIndex(model: model, source: "embedded:\(service)")
    } else {
      throw .unknownService(service, suggestions: ClosestNames.find(service, among: serviceNames()))
    }
    indexes.withLock { $0[service] = index }
    return index
  }

  /// A model holding just what `operation` (model name) needs: its definition, its shapes, its paginator.
  ///
  /// With `documentation: false` the model may come without its prose (faster for answers that need none).
  public func model(
    service: String,
    operation: String,
    documentation: Bool = true
  ) throws(RegistryError)
    -> ServiceModel
  {
    if let whole = models.withLock({ $0[service] }) {
      guard whole.operation(named: operation) != nil else { throw unknownOperation(service, operation, whole) }
      return whole
    }
    if let location = location(of: service), cache != nil {
      if let index = cachedIndex(location) {
        if let slice = cachedSlice(operation, location: location, index: index, documentation: documentation) {
          return slice
        }
        if !index.serviceIndex.operationNames.contains(operation) {
          throw .unknownOperation(
            service: service,
            operation: operation,
            suggestions: ClosestNames.find(operation, among: index.serviceIndex.operationNames)
          )
        }
      }
      _ = try loadWholeModel(service, location: location)
      if let index = cachedIndex(location),
        let slice = cachedSlice(operation, location: location, index: index, documentation: documentation)
      {
        return slice
      }
    }
    let whole = try model(service: service)
    guard whole.operation(named: operation) != nil else { throw unknownOperation(service, operation, whole) }
    return whole
  }

  /// The whole model of a service.
  public func model(service: String) throws(RegistryError) -> ServiceModel {
    if let whole = models.withLock({ $0[service] }) { return whole }
    if let location = location(of: service) { return try loadWholeModel(service, location: location) }
    if let model = try embedded.model(service) {
      models.withLock { $0[service] = model }
      return model
    }
    throw .unknownService(service, suggestions: ClosestNames.find(service, among: serviceNames()))
  }

  /// The cache index of a service, read and checked once per process; a damaged file is removed and logged.
  private func cachedIndex(_ location: ServiceLocation) -> CachedIndex? {
    if let known = cachedIndexes.withLock({ $0[location.service] }) { return known }
    switch cache?.lookup(location) {
    case .current(let index):
      cachedIndexes.withLock { $0[location.service] = index }
      return index
    case .discarded(let damage):
      report(damage, service: location.service)
      return nil
    case .absent, nil:
      return nil
    }
  }

  /// One operation's slice from the index; a damaged slice removes the index file, logs it, and gives nil.
  private func cachedSlice(
    _ operation: String,
    location: ServiceLocation,
    index: CachedIndex,
    documentation: Bool
  ) -> ServiceModel? {
    guard let cache else { return nil }
    do throws(ModelIndexDamage) {
      return try cache.operation(operation, for: location, index: index, documentation: documentation)
    } catch {
      cachedIndexes.withLock { $0[location.service] = nil }
      cache.discard(location.service)
      report(error, service: location.service)
      return nil
    }
  }

  /// The one log line for a discarded index file; a stale one (other model files or format) goes quietly.
  private func report(_ damage: ModelIndexDamage, service: String) {
    guard !damage.isStale, let cache else { return }
    log("argot: discarded the damaged model index \(cache.path(of: service)) (\(damage.reason)); rebuilding it")
  }

  private func unknownOperation(_ service: String, _ operation: String, _ model: ServiceModel) -> RegistryError {
    .unknownOperation(
      service: service,
      operation: operation,
      suggestions: ClosestNames.find(operation, among: model.operations.map(\.name))
    )
  }

  /// Reads, parses and caches a whole model from disk; fills the slice cache on the way.
  private func loadWholeModel(_ service: String, location: ServiceLocation) throws(RegistryError) -> ServiceModel {
    let model = try parseAndIndex(service, location: location)
    models.withLock { $0[service] = model }
    return model
  }

  /// Reads and parses a whole model from disk and writes its index file.
  private func parseAndIndex(_ service: String, location: ServiceLocation) throws(RegistryError) -> ServiceModel {
    let files = try location.readJSON()
    let model: ServiceModel
    do throws(ModelError) {
      model = try ServiceModel(
        serviceName: service,
        service: files.service,
        paginators: files.paginators,
        waiters: files.waiters,
        source: location.servicePath
      )
    } catch {
      throw .model(error)
    }
    cache?.store(model: model, json: files, location: location)
    cachedIndexes.withLock { $0[service] = nil }
    return model
  }

  /// What `buildIndex(of:)` did.
  public enum IndexBuild: Sendable, Hashable {
    /// A current index file was already there.
    case current
    /// The index file was written.
    case built
    /// Nothing to build: the cache is off, or the service comes from the embedded default.
    case notOnDisk
  }

  /// Builds the service's index file unless a current one is there, without keeping the model in memory.
  ///
  /// Safe to call for different services from several threads at once (and from several processes).
  public func buildIndex(of service: String) throws(RegistryError) -> IndexBuild {
    guard let location = location(of: service) else {
      if embedded.serviceNames.contains(service) { return .notOnDisk }
      throw .unknownService(service, suggestions: ClosestNames.find(service, among: serviceNames()))
    }
    guard cache != nil else { return .notOnDisk }
    if cachedIndex(location) != nil { return .current }
    _ = try parseAndIndex(service, location: location)
    return .built
  }

  /// The state of a service's index file, found without changing anything.
  public enum IndexState: Sendable, Hashable {
    /// Current and undamaged, with its size in bytes.
    case current(bytes: Int)
    /// Made from other model files or by another format version.
    case stale
    /// Fails a check; the reason.
    case damaged(String)
    /// No file.
    case missing
    /// Nothing to index: the cache is off, or the service comes from the embedded default.
    case notOnDisk
  }

  /// The state of a service's index file.
  public func indexState(of service: String) -> IndexState {
    guard let cache, let location = location(of: service) else { return .notOnDisk }
    do throws(ModelIndexDamage) {
      guard
        let file = try ModelIndexFile.read(
          path: cache.path(of: service),
          service: service,
          fingerprint: location.fingerprint,
          source: location.servicePath
        )
      else { return .missing }
      return .current(bytes: file.fileSize)
    } catch {
      return error.isStale ? .stale : .damaged(error.reason)
    }
  }

  /// The index file of a service, or nil when the cache is off.
  public func indexPath(of service: String) -> String? { cache?.path(of: service) }
}
