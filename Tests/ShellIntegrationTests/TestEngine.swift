import CLISchema
import Completion
import SchemaRegistry

/// The engine the rendering tests use: the embedded Direct Connect default, so snapshots do not depend on the
/// installed botocore.
enum TestEngine {
  static let embedded = CompletionEngine(
    catalog: CommandCatalog(
      registry: ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil),
      layer: try! CommandCatalog.embeddedLayer()
    )
  )
}
