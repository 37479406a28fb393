import ArgumentParser
import CLISchema

/// The command catalog every subcommand works from, or a clean exit with a message if the CLI layer is broken.
enum Catalog {
  static func load() throws -> CommandCatalog {
    do {
      return try CommandCatalog.standard()
    } catch {
      throw ValidationError("argot is broken: \(error)")
    }
  }
}
