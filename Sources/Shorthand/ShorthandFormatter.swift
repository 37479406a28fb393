public import Botocore
public import JSON

/// Writes a value as shorthand for an argument, when shorthand can express it: the inverse of parsing and
/// typing.
///
/// Strings are written bare when the grammar allows it, with `\,` for commas, and in quotes otherwise
/// (leading or trailing whitespace, quotes, `=` in list items, brackets at the start, characters above U+FFFF,
/// control characters, empty values inside brackets). Lists of scalars are written `a,b,c` when every item
/// can be, else `[a,b]`; a one-item list of non-strings is always `[x]` (the AWS CLI doesn't type a value it
/// wraps into a list). Nested structures and maps are `{k=v}`.
///
/// The result is checked by parsing and typing it again; anything that would not come back as the same value
/// gives nil, and callers then use JSON. Nil also for `null`, documents, empty top-level objects, keys with
/// characters keys can't hold, and values whose JSON type the model's type can't produce (a string for an
/// integer member, a number for a string member).
public enum ShorthandFormatter {
  /// The shorthand text of a structure or map argument (or of one word of a list argument, given the list's
  /// element shape). Nil when shorthand can't express the value; for whole list arguments use `formatWords`.
  public static func format(_ value: JSONValue, shape: Shape, model: ServiceModel) -> String? {
    guard shape.type == .structure || shape.type == .map, !model.isDocumentContainer(shape),
      case .object(let object) = value, !object.isEmpty
    else { return nil }
    var writer = ShorthandTextWriter(model: model)
    guard let text = writer.topLevel(object, shape: shape) else { return nil }
    let parse = ShorthandParser.parse(text)
    let typed = ShorthandTyping.apply(parse, shape: shape, model: model)
    guard parse.isValid, typed.diagnostics.isEmpty, ShorthandTextWriter.sameValue(typed.value, value) else {
      return nil
    }
    return text
  }

  /// The words of an argument: one word for a structure or map argument, one per element for a list
  /// argument (the AWS CLI parses each word separately). Nil when shorthand can't express the value.
  ///
  /// - Parameter context: the argument's names; for the AWS CLI's legacy list cases each word is the single
  ///   member's value.
  public static func formatWords(
    _ value: JSONValue,
    shape: Shape,
    model: ServiceModel,
    context: ShorthandArgumentContext? = nil
  ) -> [String]? {
    guard ShorthandArgument.acceptsShorthand(shape, in: model) else { return nil }
    if let context, let member = ShorthandArgument.legacyListMember(context, shape: shape, in: model) {
      guard case .array(let items) = value, !items.isEmpty else { return nil }
      var words: [String] = []
      for item in items {
        guard case .object(let object) = item, object.count == 1, case .string(let text)? = object[member],
          !ShorthandArgument.looksLikeJSON(text)
        else { return nil }
        words.append(text)
      }
      return words
    }
    if shape.type == .list {
      guard case .array(let items) = value, !items.isEmpty, let element = model.elementShape(of: shape) else {
        return nil
      }
      var words: [String] = []
      for item in items {
        guard let word = format(item, shape: element, model: model) else { return nil }
        words.append(word)
      }
      return words
    }
    if ShorthandArgument.isSingleValueStructure(shape, in: model), case .string(let text)? = value["Value"],
      value.objectValue?.count == 1, !text.unicodeScalars.contains("="), !ShorthandArgument.looksLikeJSON(text)
    {
      return [text]
    }
    return format(value, shape: shape, model: model).map { [$0] }
  }
}

/// Writes shorthand text; every function returns nil when the value can't be written.
struct ShorthandTextWriter {
  let model: ServiceModel

  enum Position {
    /// Right after `key=` at the top level.
    case topLevel
    /// The second or later item of a top-level `a,b,c` list.
    case csvItem
    /// Inside `[...]` or `{...}`.
    case bracketed
  }

  mutating func topLevel(_ object: JSONObject, shape: Shape?) -> String? {
    var parts: [String] = []
    for (key, member) in object {
      guard isKey(key), let memberShape = memberShape(key, of: shape) else { return nil }
      guard let text = topLevelValue(member, shape: memberShape.shape) else { return nil }
      parts.append("\(key)=\(text)")
    }
    return parts.joined(separator: ",")
  }

  /// Where a key's value goes: a known shape, or no shape (a key the model doesn't know, whose value the
  /// AWS CLI leaves untyped).
  struct Slot {
    var shape: Shape?
  }

  /// The slot of a key: a structure member's or map value's shape. Nil when the key's value can't be written
  /// (a document, or an object that is not a structure or map).
  func memberShape(_ key: String, of shape: Shape?) -> Slot? {
    guard let shape else { return Slot() }
    switch shape.type {
    case .structure:
      guard let member = shape.member(named: key) else { return Slot() }
      guard let target = model.shape(for: member.reference), !model.isDocumentContainer(target) else { return nil }
      return Slot(shape: target)
    case .map:
      guard let target = model.valueShape(of: shape), !model.isDocumentContainer(target) else { return nil }
      return Slot(shape: target)
    default:
      return nil
    }
  }

  mutating func topLevelValue(_ value: JSONValue, shape: Shape?) -> String? {
    switch value {
    case .array(let items):
      if let shape, shape.type != .list { return nil }
      let element = shape.flatMap { model.elementShape(of: $0) }
      if items.count == 1, element == nil || element?.type == .string, let only = items.first,
        let text = scalarText(only, shape: element, position: .topLevel)
      {
        return text
      }
      if items.count >= 2 {
        var texts: [String] = []
        for (index, item) in items.enumerated() {
          guard let text = scalarText(item, shape: element, position: index == 0 ? .topLevel : .csvItem) else { break }
          texts.append(text)
        }
        if texts.count == items.count { return texts.joined(separator: ",") }
      }
      return bracketed(value, shape: shape)
    case .object:
      return bracketed(value, shape: shape)
    default:
      return scalarText(value, shape: shape, position: .topLevel)
    }
  }

  mutating func bracketed(_ value: JSONValue, shape: Shape?) -> String? {
    switch value {
    case .array(let items):
      if let shape, shape.type != .list { return nil }
      let element = shape.flatMap { model.elementShape(of: $0) }
      var texts: [String] = []
      for item in items {
        guard let text = bracketed(item, shape: element) else { return nil }
        texts.append(text)
      }
      return "[" + texts.joined(separator: ",") + "]"
    case .object(let object):
      if let shape, shape.type != .structure, shape.type != .map { return nil }
      var parts: [String] = []
      for (key, member) in object {
        guard isKey(key), let memberShape = memberShape(key, of: shape),
          let text = bracketed(member, shape: memberShape.shape)
        else { return nil }
        parts.append("\(key)=\(text)")
      }
      return "{" + parts.joined(separator: ",") + "}"
    default:
      return scalarText(value, shape: shape, position: .bracketed)
    }
  }

  /// A scalar's text in a position; nil for containers, null, or a JSON type the shape's type can't produce.
  func scalarText(_ value: JSONValue, shape: Shape?, position: Position) -> String? {
    let type = shape?.type ?? .string
    switch (value, type) {
    case (.string(let text), .string), (.string(let text), .timestamp), (.string(let text), .blob),
      (.string(let text), .biginteger), (.string(let text), .bigdecimal):
      return stringText(text, position: position)
    case (.integer(let number), .integer), (.integer(let number), .long), (.integer(let number), .float),
      (.integer(let number), .double):
      return String(number)
    case (.real(let number), .float), (.real(let number), .double):
      return number.isFinite ? String(number) : nil
    case (.bool(let flag), .boolean):
      return flag ? "true" : "false"
    default:
      return nil
    }
  }

  /// A string bare when the grammar allows it in this position, else quoted.
  func stringText(_ text: String, position: Position) -> String? {
    let scalars = Array(text.unicodeScalars)
    if scalars.isEmpty { return position == .topLevel ? "" : "''" }
    if let bare = bareText(scalars, position: position) { return bare }
    return quotedText(scalars)
  }

  func bareText(_ scalars: [Unicode.Scalar], position: Position) -> String? {
    guard let first = scalars.first, let last = scalars.last else { return nil }
    guard first == "," || ShorthandCharacters.canStartValue(first) else { return nil }
    if position == .bracketed, first == "]" || first == "}" { return nil }
    if ShorthandCharacters.isPythonWhitespace(last) { return nil }
    var output = String.UnicodeScalarView()
    for scalar in scalars {
      if scalar == "," {
        output.append(contentsOf: "\\,".unicodeScalars)
        continue
      }
      let allowed =
        position == .csvItem
        ? ShorthandCharacters.canContinueSecondValue(scalar) : ShorthandCharacters.canContinueFirstValue(scalar)
      guard allowed else { return nil }
      output.append(scalar)
    }
    // A final backslash would escape the "," that follows; a space keeps them apart and is stripped again.
    if last == "\\" { output.append(" ") }
    return String(output)
  }

  func quotedText(_ scalars: [Unicode.Scalar]) -> String? {
    if scalars.last == "\\" { return nil }
    let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
    var output = String.UnicodeScalarView([quote])
    for scalar in scalars {
      if scalar == quote || scalar == "\\" { output.append("\\") }
      output.append(scalar)
    }
    output.append(quote)
    return String(output)
  }

  func isKey(_ key: String) -> Bool {
    key.unicodeScalars.allSatisfy(ShorthandCharacters.isKeyCharacter)
  }

  /// Equality where numbers compare by value (`1` and `1.0`) and object members in any order.
  static func sameValue(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.array(let left), .array(let right)):
      return left.count == right.count && zip(left, right).allSatisfy { sameValue($0, $1) }
    case (.object(let left), .object(let right)):
      return left.count == right.count
        && left.allSatisfy { member in right[member.key].map { sameValue(member.value, $0) } ?? false }
    default:
      if let left = lhs.doubleValue, let right = rhs.doubleValue { return left == right }
      return lhs == rhs
    }
  }
}
