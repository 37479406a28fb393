import JSON
import Shorthand

/// cloudsearch `define-expression --name --expression` and `define-index-field --name --type --default-value
/// --facet-enabled …`: flat options that build `Expression` and `IndexField`; the field's options go into
/// `<Type>Options` of the `--type` given (`int` → `IntOptions`, `latlon` → `LatLonOptions`), and a default value
/// is a number for the numeric types (awscli `customizations/cloudsearch.py`, `flatten.py`).
enum CloudSearchRewrite {
  /// How a flat option's value is read.
  enum Form { case text, boolean }

  /// Per operation: the structure filled, and its options in the CLI's order with the key each sets (nil: a key
  /// of the type's options, named by `optionKey`).
  static let flattened: [String: (container: String, options: [(option: String, key: String?, form: Form)])] = [
    "cloudsearch.DefineExpression": (
      "Expression", [("--name", "ExpressionName", .text), ("--expression", "ExpressionValue", .text)]
    ),
    "cloudsearch.DefineIndexField": (
      "IndexField",
      [
        ("--name", "IndexFieldName", .text), ("--type", "IndexFieldType", .text), ("--default-value", nil, .text),
        ("--facet-enabled", nil, .boolean), ("--search-enabled", nil, .boolean), ("--return-enabled", nil, .boolean),
        ("--sort-enabled", nil, .boolean), ("--source-field", nil, .text), ("--highlight-enabled", nil, .boolean),
        ("--analysis-scheme", nil, .text),
      ]
    ),
  ]

  /// The key a type option sets: `--facet-enabled` → `FacetEnabled`.
  static func optionKey(_ option: String) -> String {
    option.dropFirst(2).split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// The options structure of an index field type: `double-array` → `DoubleArrayOptions`, `latlon` →
  /// `LatLonOptions`.
  static func optionsName(type: String) -> String {
    let name = type.split(separator: "-", omittingEmptySubsequences: false)
      .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
    return (name == "Latlon" ? "LatLon" : name) + "Options"
  }
}

extension ValueBuilder {
  mutating func applyFlattenedCloudSearch(_ given: [String: GivenOption]) {
    guard let key = rewriteKey, let (container, options) = CloudSearchRewrite.flattened[key] else { return }
    var structure = parameters[container]?.objectValue
    for (name, fixedKey, form) in options {
      guard let option = given[name], var text = option.values.last else { continue }
      let value: JSONValue = form == .boolean ? .bool(text.lowercased() != "false") : .string(text)
      if let fixedKey {
        var object = structure ?? JSONObject()
        object[fixedKey] = value
        structure = object
        continue
      }
      guard var object = structure, let type = object["IndexFieldType"]?.stringValue else {
        refuse(option, "You must pass the --type option.", aws: "You must pass the --type option.")
        return
      }
      let optionsName = CloudSearchRewrite.optionsName(type: type)
      var typed = value
      if name == "--default-value" {
        switch optionsName {
        case "IntOptions", "IntArrayOptions":
          guard case .value(let number) = PythonNumber.integer(text) else {
            refuse(option, "expected an integer, got \"\(text)\"", aws: "invalid literal for int() with base 10")
            return
          }
          typed = .integer(number)
        case "DoubleOptions", "DoubleArrayOptions":
          text = text.trimmingCharacters(in: " ")
          guard let number = PythonNumber.float(text) else {
            refuse(option, "expected a number, got \"\(text)\"", aws: "could not convert string to float")
            return
          }
          typed = .real(number)
        default:
          break
        }
      }
      var typeOptions = object[optionsName]?.objectValue ?? JSONObject()
      typeOptions[CloudSearchRewrite.optionKey(name)] = typed
      object[optionsName] = .object(typeOptions)
      structure = object
    }
    if let structure { parameters[container] = .object(structure) }
  }
}

extension String {
  /// The text without `character` at either end.
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text = text.dropFirst() }
    while text.last == character { text = text.dropLast() }
    return String(text)
  }
}
