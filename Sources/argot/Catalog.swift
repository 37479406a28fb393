import ArgumentParser
import CLISchema

/// The command catalog every subcommand works from, or a clean exit with a message if the CLI layer is broken.
enum Catalog {
  /// The catalog; when the models in use are not the installed `aws`'s own, one line on standard error says so
  /// (unless `announcingFallback` is false: `argot doctor` reports it in its own words).
  static func load(announcingFallback: Bool = true) throws -> CommandCatalog {
    let catalog: CommandCatalog
    do {
      catalog = try CommandCatalog.standard()
    } catch {
      throw ValidationError("argot is broken: \(error)")
    }
    if announcingFallback, let fallback = catalog.registry.searchPath.fallback {
      printError("argot: note: \(fallback)")
    }
    return catalog
  }
}
