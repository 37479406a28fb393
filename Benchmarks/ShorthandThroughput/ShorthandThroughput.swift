import Botocore
import FileSystem
import Glibc
import JSON
import SchemaRegistry
import Shorthand

/// Measures shorthand parsing and typing throughput on the cases of a JSON-lines file
/// (`{"text", "service", "operation", "member"}` per line), for `Benchmarks/run.py`.
///
/// Usage: `shorthand-throughput CASES.jsonl SECONDS [--values]` → prints `{"cases": N, "parses": P, "seconds": S}`.
/// It parses and types all the cases, again and again, until SECONDS have passed (at least once). Each pass is one
/// call of `parseAll`, so `valgrind --tool=callgrind --toggle-collect='*parseAll*'` counts the instructions of the
/// parses alone. By default a pass reads each result's diagnostics, as the language server's checks do (the typed
/// value stays in the parse's arrays); with `--values` it also builds each typed value as a `JSONValue`, as a
/// caller that sends the request does.
@main
struct ShorthandThroughput {
  struct Case {
    var text: String
    var shape: Shape
    var model: ServiceModel
  }

  static func main() throws {
    let arguments = CommandLine.arguments
    guard arguments.count == 3 || (arguments.count == 4 && arguments[3] == "--values"),
      let seconds = Double(arguments[2])
    else {
      print("usage: shorthand-throughput CASES.jsonl SECONDS [--values]")
      exit(2)
    }
    let buildsValues = arguments.count == 4
    let registry = ModelRegistry(searchPath: .fromEnvironment(), cacheDirectory: nil)
    var cases: [Case] = []
    for line in try FileSystem.readText(arguments[1]).split(separator: "\n") {
      let entry = try JSONValue(parsing: String(line))
      guard let text = entry["text"]?.stringValue, let service = entry["service"]?.stringValue,
        let operation = entry["operation"]?.stringValue, let member = entry["member"]?.stringValue
      else { continue }
      let model = try registry.model(service: service, operation: operation)
      guard let input = model.operation(named: operation).flatMap(model.inputShape(of:)),
        let reference = input.member(named: member)?.reference, let shape = model.shape(for: reference)
      else { continue }
      cases.append(Case(text: text, shape: shape, model: model))
    }
    guard !cases.isEmpty else {
      print(#"{"cases": 0, "parses": 0, "seconds": 0}"#)
      return
    }
    var parses = 0
    var checksum = 0
    let start = now()
    var elapsed = 0.0
    repeat {
      checksum &+= parseAll(cases, buildsValues: buildsValues)
      parses += cases.count
      elapsed = now() - start
    } while elapsed < seconds
    print(#"{"cases": \#(cases.count), "parses": \#(parses), "seconds": \#(elapsed), "checksum": \#(checksum)}"#)
  }

  /// Parses and types every case once (and builds each typed value when `buildsValues`); returns the number of
  /// diagnostics and values' members, so the work can't be left out.
  @inline(never)
  static func parseAll(_ cases: [Case], buildsValues: Bool) -> Int {
    var checksum = 0
    for item in cases {
      let result = ShorthandArgument.parse(words: [item.text], shape: item.shape, model: item.model)
      checksum &+= result.diagnostics.count
      if buildsValues { checksum &+= result.value?.objectValue?.count ?? 0 }
    }
    return checksum
  }

  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
