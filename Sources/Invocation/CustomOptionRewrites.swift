import JSON

/// What some of the AWS CLI's own options do to the request: the options `Schemas/cli/cli-layer.json` adds
/// have names and types there, but a few also rewrite parameters, which only code can say.
///
/// Covered: `ec2 run-instances --count N|MIN:MAX` (sets `MinCount` and `MaxCount`, both 1 when neither is
/// given, even through `--cli-input-json`). Other added options without a model member are accepted and
/// reported as a note, so nothing typed is silently dropped.
extension ValueBuilder {
  /// Applies the rewrites that read options (before `--cli-input-json` is merged).
  mutating func applyCustomOptions(_ given: [String: GivenOption]) {
    for parameter in command.parameters where parameter.origin == .custom && parameter.memberName == nil {
      guard let option = given[parameter.name] else { continue }
      if isRunInstances && parameter.name == "--count" {
        applyCount(option)
      } else if !parameter.isPositional {
        run.report(
          .note,
          .customOption,
          "\(parameter.name) is an option the AWS CLI adds itself; argot checks its syntax but does not show "
            + "how it changes the request",
          option: parameter.name,
          at: run.location(word: option.nameWord, range: run.nameRange(option.nameWord))
        )
      }
    }
  }

  /// Applies the defaults the AWS CLI fills in last (after `--cli-input-json`).
  mutating func applyCustomDefaults() {
    guard isRunInstances else { return }
    if parameters["MaxCount"] == nil { parameters["MaxCount"] = 1 }
    if parameters["MinCount"] == nil { parameters["MinCount"] = 1 }
  }

  private var isRunInstances: Bool {
    command.service.serviceName == "ec2" && command.operation.name == "RunInstances" && command.waiter == nil
  }

  private mutating func applyCount(_ option: GivenOption) {
    guard let text = option.values.last, let word = option.valueWords.last else { return }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    let numbers = parts.map { Int64($0.trimmingPythonSpaces) }
    guard parts.count <= 2, numbers.allSatisfy({ $0 != nil }) else {
      run.report(
        .error,
        .invalidInteger,
        "expected a count N or a range MIN:MAX (e.g. 1 or 1:10), got \"\(text)\"",
        option: option.name,
        at: run.location(word: word),
        aws: "count parameter should be of form min[:max] (e.g. 1 or 1:10)"
      )
      return
    }
    parameters["MinCount"] = .integer(numbers[0]!)
    parameters["MaxCount"] = .integer(numbers[numbers.count - 1]!)
  }
}

extension Substring {
  /// The text without the spaces Python's `int()` ignores around a number.
  fileprivate var trimmingPythonSpaces: Substring {
    var text = self
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return text
  }
}
