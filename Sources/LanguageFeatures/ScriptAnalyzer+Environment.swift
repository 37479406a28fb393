import Completion
import Invocation
import ShellScript
import Suggestions

extension ScriptAnalyzer {
  /// Checks of `--region` and `--profile` against what this machine knows: a region no partition of botocore's
  /// endpoint data has is a warning with the closest names; a profile the config and credentials files do not
  /// have is information only, since the script may run where it is defined.
  func environmentDiagnostics(of read: ScriptInvocation) -> [EditorDiagnostic] {
    var result: [EditorDiagnostic] = []
    for option in read.invocation.options where option.name == "--region" || option.name == "--profile" {
      guard let word = option.valueWords.last, word < read.words.count, !read.words[word].hasExpansion,
        let value = option.values.last, !value.isEmpty
      else { continue }
      let range = read.words[word].range
      if option.name == "--region" {
        let regions = knownRegions()
        guard !regions.isEmpty, !regions.contains(value) else { continue }
        let closest = ClosestNames.find(value, among: regions)
        result.append(
          EditorDiagnostic(
            range: range,
            severity: .warning,
            code: "unknown-region",
            message: "no partition of the endpoint data has a region \"\(value)\""
              + (closest.isEmpty ? "" : "; did you mean " + closest.map { "\"\($0)\"" }.joined(separator: ", ") + "?"),
            suggestions: closest
          )
        )
      } else {
        let profiles = environment.profileNames
        guard !profiles.contains(value) else { continue }
        result.append(
          EditorDiagnostic(
            range: range,
            severity: .note,
            code: "unknown-profile",
            message: "no profile \"\(value)\" in this machine's AWS config or credentials files; "
              + "fine if the script runs where it is defined",
            suggestions: ClosestNames.find(value, among: profiles)
          )
        )
      }
    }
    return result
  }

  /// The region names of the endpoint data, read once.
  func knownRegions() -> [String] {
    regions.withLock { known in
      if let known { return known }
      let names = environment.regionNames
      known = names
      return names
    }
  }
}
