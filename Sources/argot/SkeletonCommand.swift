import ArgumentParser
import CLISchema
import JSON
import Skeleton

/// `argot skeleton SERVICE OPERATION [KIND]`: what `--generate-cli-skeleton KIND` prints.
struct SkeletonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "skeleton",
    abstract: "Print the skeleton `aws SERVICE OPERATION --generate-cli-skeleton KIND` prints (AWS CLI v2 rules).",
    discussion: """
      KIND is input (JSON for --cli-input-json, the default), yaml-input (YAML with comments for \
      --cli-input-yaml) or output (a sample response). Unlike the AWS CLI, enum members get their first value, \
      every run prints the same skeleton, and the options below can make it valid input.

      Example: argot skeleton directconnect create-bgp-peer yaml-input
      """
  )

  @Argument(help: "SERVICE OPERATION [KIND], or SERVICE wait WAITER [KIND].")
  var words: [String]

  @Flag(name: .customLong("required-only"), help: "Keep only the required members, at every depth.")
  var requiredOnly = false

  @Flag(name: .customLong("one-union-member"), help: "Fill only the first member of a tagged union.")
  var oneUnionMember = false

  @Option(name: .customLong("prefill"), help: "JSON (API member names) to merge into the input skeleton.")
  var prefill: String?

  func run() throws {
    var words = words
    var kind = SkeletonKind.input
    if let last = words.last, let parsed = SkeletonKind(rawValue: last), words.count >= 3 {
      kind = parsed
      words.removeLast()
    }
    let catalog = try Catalog.load()
    let command = try CommandLookup.resolve(words, in: catalog, documentation: kind == .yamlInput)
    var options = SkeletonOptions(requiredOnly: requiredOnly, unionMembers: oneUnionMember ? .first : .all)
    if let prefill {
      do {
        options.prefill = try JSONValue(parsing: prefill)
      } catch {
        throw fail("--prefill: \(error)", status: 252)
      }
    }
    let generator = SkeletonGenerator(model: command.model, options: options)
    print(generator.text(for: command.operation, kind: kind), terminator: "")
  }
}
