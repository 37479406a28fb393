import Botocore
import Glibc
import SchemaRegistry
import Skeleton
import Testing
import TextSnapshots

/// Byte-for-byte comparison with what the real AWS CLI printed (see Scripts/record-skeletons.py).
///
/// Models come from the installed botocore, the one the vectors were recorded with; without it only the Direct
/// Connect vectors run, against the embedded default.
@Suite struct AWSCLIFixtureTests {
  static let installed = ModelRegistry(searchPath: .fromEnvironment(), cacheDirectory: nil)
  static let embedded = ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil)

  struct Outcome {
    var compared = 0
    var skipped = 0
    var mismatches: [String] = []
  }

  /// Compares every vector of a fixture; vectors whose model is not available are skipped.
  static func compare(_ fixture: FixtureFile.Vectors, registry: ModelRegistry, only service: String? = nil) -> Outcome {
    var outcome = Outcome()
    let kind = SkeletonKind(rawValue: fixture.kind) ?? .input
    let haveBotocore = registry.searchPath.botocoreDataDirectory != nil
    for vector in fixture.entries where service == nil || vector.service == service {
      guard haveBotocore || vector.service == "directconnect",
        let model = try? registry.model(service: vector.service, operation: vector.operation)
      else {
        outcome.skipped += 1
        continue
      }
      let generator = SkeletonGenerator(model: model)
      let text = (try? generator.text(forOperationNamed: vector.operation, kind: kind)) ?? "<unknown operation>"
      outcome.compared += 1
      if text != vector.text {
        outcome.mismatches.append("\(vector.command): \(Snapshot.firstDifference(vector.text, text))")
      }
    }
    return outcome
  }

  static func check(_ name: String, minimum: Int) throws {
    let fixture = try FixtureFile.vectors(name)
    #expect(fixture.entries.count >= minimum)
    let outcome = compare(fixture, registry: installed)
    #expect(
      outcome.mismatches.isEmpty,
      "\(outcome.mismatches.count) of \(outcome.compared) differ: \(outcome.mismatches.prefix(5))"
    )
    if outcome.skipped > 0 {
      print("\(name): \(outcome.skipped) vectors skipped, no installed botocore")
    }
  }

  @Test func inputMatchesTheAWSCLI() throws {
    try Self.check("awscli-input-skeletons.json", minimum: 363)
  }

  @Test func yamlInputMatchesTheAWSCLIv2() throws {
    try Self.check("awscli-yaml-skeletons.json", minimum: 363)
  }

  @Test func outputMatchesTheAWSCLI() throws {
    try Self.check("awscli-output-skeletons.json", minimum: 20)
  }

  /// The embedded Direct Connect default (no documentation) gives the same JSON as the installed model.
  @Test func directConnectInputFromTheEmbeddedDefault() throws {
    let fixture = try FixtureFile.vectors("awscli-input-skeletons.json")
    let outcome = Self.compare(fixture, registry: Self.embedded, only: "directconnect")
    #expect(outcome.compared >= 60)
    #expect(outcome.mismatches.isEmpty, "\(outcome.mismatches.prefix(5))")
  }

  /// Local sweeps: `ARGOT_SKELETON_FIXTURES=/tmp/all-input.json:/tmp/all-yaml.json swift test …` compares
  /// fixtures recorded with `Scripts/record-skeletons.py --all -o …`.
  @Test func extraFixturesFromTheEnvironment() throws {
    guard let list = getenv("ARGOT_SKELETON_FIXTURES").map({ String(cString: $0) }) else { return }
    for path in list.split(separator: ":") {
      let fixture = try FixtureFile.vectors(String(path))
      let outcome = Self.compare(fixture, registry: Self.installed)
      print("\(path): \(outcome.compared) compared, \(outcome.mismatches.count) differ, \(outcome.skipped) skipped")
      for line in outcome.mismatches.prefix(40) { print("  \(line)") }
      #expect(outcome.mismatches.isEmpty)
    }
  }
}
