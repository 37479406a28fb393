import Botocore
import FileSystem
import SchemaRegistry
import Testing

/// The index agrees with the models on every installed service: the same operations, metadata, pagination,
/// waiters and documentation as the whole model, and for every operation a slice with the same definition, every
/// shape it reaches (no more), each shape and its prose equal, and the same paginator.
@Suite struct ModelIndexAgreementTests {
  static let services: [String] = {
    let registry = ModelRegistry(searchPath: .fromEnvironment(), cacheDirectory: nil)
    guard registry.searchPath.botocoreDataDirectory != nil else { return [] }
    return registry.serviceNames().filter { registry.location(of: $0) != nil }
  }()

  @Test(arguments: services) func agreesWithTheModel(service: String) throws {
    let cache = ModelRegistryTests.temporaryDirectory()
    defer { FileSystem.removeTree(cache) }
    let searchPath = ModelSearchPath.fromEnvironment()
    #expect(try ModelRegistry(searchPath: searchPath, cacheDirectory: cache).buildIndex(of: service) == .built)
    // A fresh registry reads the file as the next process would.
    let reader = ModelRegistry(searchPath: searchPath, cacheDirectory: cache) { line in
      Issue.record("unexpected log line: \(line)")
    }
    let model = try ModelRegistry(searchPath: searchPath, cacheDirectory: nil).model(service: service)
    let index = try reader.index(of: service)
    #expect(index.operationNames == model.operations.map(\.name))
    #expect(index.metadata == model.metadata)
    #expect(index.documentation == model.documentation)
    #expect(index.paginatedOperations == Set(model.paginators.keys))
    #expect(index.deprecatedOperations == Set(model.operations.filter(\.deprecated).map(\.name)))
    #expect(index.waiters == model.waiters)
    for operation in model.operations {
      let slice = try reader.model(service: service, operation: operation.name)
      #expect(slice.operation(named: operation.name) == operation)
      #expect(slice.operations.count == 1)
      let reached = Self.reachedShapes(of: operation, in: model)
      #expect(Set(slice.shapes.keys) == reached, "\(service) \(operation.name)")
      for name in reached where slice.shapes[name] != model.shapes[name] {
        Issue.record("\(service) \(operation.name): shape \(name) differs")
      }
      #expect(slice.paginators[operation.name] == model.paginators[operation.name])
      let withoutProse = try reader.model(service: service, operation: operation.name, documentation: false)
      #expect(Set(withoutProse.shapes.keys) == reached)
    }
    #expect(FileSystem.exists(try #require(reader.indexPath(of: service))))
  }

  /// The shapes an operation's input and output reach, from the whole model.
  static func reachedShapes(of operation: Operation, in model: ServiceModel) -> Set<String> {
    var seen: Set<String> = []
    var pending = [operation.input?.shapeName, operation.output?.shapeName].compactMap { $0 }
    while let name = pending.popLast() {
      guard seen.insert(name).inserted, let shape = model.shapes[name] else { continue }
      pending += shape.referencedShapeNames
    }
    return seen.filter { model.shapes[$0] != nil }
  }
}
