import CLIDetection
import JSON
import SchemaRegistry

/// What only one AWS CLI generation has, below the top level: commands such as `logs tail` or `configure sso`
/// and options such as `configure get --services`, from `Schemas/cli/cli-versions.json` (built by
/// `Scripts/build-cli-versions.py` from both layers and both real CLIs). Read only when a message needs it.
struct GenerationDifferences: Sendable {
  /// Command paths (`logs tail`), by the generation that alone has them.
  var commands: [String: CLIGeneration] = [:]
  /// `path --option` (`configure get --services`), by the generation that alone has them.
  var options: [String: CLIGeneration] = [:]
  /// AWS CLI v1's options whose `http://`/`https://` values are sent as they are (`service.operation.option`,
  /// without the dashes); every other value with those prefixes is fetched and its content sent.
  var urlParamFileExempt: Set<String> = []

  /// The differences the binary carries (empty if it carries none).
  static let embedded: GenerationDifferences = {
    guard let text = EmbeddedFiles.text("cli/cli-versions.json"), let json = try? JSONValue(parsing: text) else {
      return GenerationDifferences()
    }
    return GenerationDifferences(json: json)
  }()

  init() {}

  /// Reads the `commands` and `options` lists of `cli-versions.json`.
  init(json: JSONValue) {
    for entry in json["commands"]?.arrayValue ?? [] {
      guard let path = Self.path(entry), let only = Self.generation(entry) else { continue }
      commands[path] = only
    }
    for entry in json["paramFiles"]?["v1"]?["urlExempt"]?.arrayValue ?? [] {
      if let name = entry.stringValue { urlParamFileExempt.insert(name) }
    }
    for entry in json["options"]?.arrayValue ?? [] {
      guard let path = Self.path(entry), let option = entry["option"]?.stringValue, let only = Self.generation(entry)
      else { continue }
      options[path + " " + option] = only
    }
  }

  private static func path(_ entry: JSONValue) -> String? {
    let words = entry["path"]?.arrayValue?.compactMap(\.stringValue) ?? []
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  private static func generation(_ entry: JSONValue) -> CLIGeneration? {
    entry["availability"]?.stringValue.flatMap(CLIGeneration.init(rawValue:))
  }

  /// The generation that alone has `key`: a command path (`logs tail`) or a path and option
  /// (`configure get --services`).
  func generation(of key: String) -> CLIGeneration? {
    commands[key] ?? options[key]
  }
}
