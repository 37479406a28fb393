import JSON
import Shorthand

/// cloudwatch `put-metric-data`: `--metric-name`, `--timestamp`, `--unit`, `--value`, `--dimensions`,
/// `--statistic-values` and `--storage-resolution` build one datum, `MetricData[0]`, and cannot be combined with
/// `--metric-data` (awscli `customizations/putmetricdata.py`).
enum MetricDatumRewrite {
  /// How each value is written into the datum.
  enum Form { case text, number, integer, dimensions, statistics }

  /// The options in the order the CLI applies them, with the datum member each sets.
  static let options: [(option: String, member: String, form: Form)] = [
    ("--metric-name", "MetricName", .text), ("--timestamp", "Timestamp", .text), ("--unit", "Unit", .text),
    ("--value", "Value", .number), ("--dimensions", "Dimensions", .dimensions),
    ("--statistic-values", "StatisticValues", .statistics), ("--storage-resolution", "StorageResolution", .integer),
  ]

  /// `name=value` pairs separated by commas, as the CLI splits them (nil when a pair has not exactly one `=`).
  static func pairs(_ text: String) -> [(String, String)]? {
    var result: [(String, String)] = []
    for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
      let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
      guard parts.count == 2 else { return nil }
      result.append((String(parts[0]), String(parts[1])))
    }
    return result
  }
}

extension ValueBuilder {
  mutating func applyMetricDatum(_ given: [String: GivenOption]) {
    if given["--metric-data"] != nil,
      let other = MetricDatumRewrite.options.lazy.compactMap({ given[$0.option] }).first
    {
      let message = "\(other.name) cannot be combined with --metric-data"
      refuse(
        other,
        message,
        aws: "The --metric-data argument cannot be specified with the following arguments: " + other.name
      )
      return
    }
    var datum = JSONObject()
    for (name, member, form) in MetricDatumRewrite.options {
      guard let option = given[name], let text = option.values.last else { continue }
      switch form {
      case .text:
        datum[member] = .string(text)
      case .number:
        guard let number = PythonNumber.float(text), number.isFinite else {
          refuse(option, "expected a number, got \"\(text)\"", aws: "[<class 'decimal.ConversionSyntax'>]")
          return
        }
        datum[member] = .real(number)
      case .integer:
        guard case .value(let number) = PythonNumber.integer(text) else {
          refuse(
            option,
            "expected an integer, got \"\(text)\"",
            aws: "invalid literal for int() with base 10: \(PythonText.repr(text))"
          )
          return
        }
        datum[member] = .integer(number)
      case .dimensions, .statistics:
        guard let pairs = MetricDatumRewrite.pairs(text) else {
          refuse(
            option,
            "expected Name=Value pairs separated by commas, got \"\(text)\"",
            aws: "not enough values to unpack"
          )
          return
        }
        if form == .dimensions {
          datum[member] = .array(pairs.map { ["Name": .string($0.0), "Value": .string($0.1)] })
        } else {
          var statistics = JSONObject()
          for (key, value) in pairs {
            guard let number = PythonNumber.float(value), number.isFinite else {
              refuse(option, "expected a number, got \"\(value)\"", aws: "[<class 'decimal.ConversionSyntax'>]")
              return
            }
            statistics[key] = .real(number)
          }
          datum[member] = .object(statistics)
        }
      }
    }
    if !datum.isEmpty { parameters["MetricData"] = [.object(datum)] }
  }
}
