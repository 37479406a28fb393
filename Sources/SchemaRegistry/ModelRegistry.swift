public import Botocore
import CLIDetection
import FileSystem
import JSON
import Suggestions
import Synchronization

/// Finds, loads and caches service models: the installed botocore data first, the embedded default last.
///
/// Services are loaded only when first asked for. For speed, each operation is also kept as a small slice of its
/// model in an on-disk cache (see `ModelCache`), rebuilt whenever the source file changes, so a one-shot
/// question about one operation of a 4 MB model reads a few kilobytes.
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

  /// A registry over `searchPath`, caching in `cacheDirectory` (nil turns the disk cache off).
  public init(searchPath: ModelSearchPath = .fromEnvironment(), cacheDirectory: String? = ModelCache.defaultDirectory) {
    self.searchPath = searchPath
    self.cache = cacheDirectory.map(ModelCache.init(directory:))
    self.embedded = EmbeddedModels()
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
    if let location = location(of: service), let cache {
      if let index = cachedIndex(location),
        let slice = cache.operation(operation, for: location, index: index, documentation: documentation)
      {
        return slice
      }
      _ = try loadWholeModel(service, location: location)
      if let index = cachedIndex(location),
        let slice = cache.operation(operation, for: location, index: index, documentation: documentation)
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

  /// The cache index of a service, read once per process.
  private func cachedIndex(_ location: ServiceLocation) -> CachedIndex? {
    if let known = cachedIndexes.withLock({ $0[location.service] }) { return known }
    guard let index = cache?.index(for: location) else { return nil }
    cachedIndexes.withLock { $0[location.service] = index }
    return index
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
    models.withLock { $0[service] = model }
    return model
  }
}
