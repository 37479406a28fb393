import JSON

/// The syntax tree the parser builds: every value with its source range, before it becomes a `JSONValue`. Not
/// `indirect`: the lists hold the children, so a scalar costs no allocation of its own.
enum ShorthandNode: Sendable {
  case scalar(ShorthandScalar)
  case list([ShorthandNode], range: Range<Int>)
  case object([ShorthandEntry], range: Range<Int>)

  var range: Range<Int> {
    switch self {
    case .scalar(let scalar): return scalar.range
    case .list(_, let range), .object(_, let range): return range
    }
  }

  /// The value as JSON: strings, lists, and objects in which a repeated key keeps its first position and its
  /// last value.
  var jsonValue: JSONValue {
    switch self {
    case .scalar(let scalar): return .string(scalar.text)
    case .list(let items, _): return .array(items.map(\.jsonValue))
    case .object(let entries, _):
      let members = ShorthandMembers(entries)
      var values: [JSONValue] = []
      values.reserveCapacity(members.keys.count)
      for position in members.keys.indices { values.append(entries[members.entry(at: position)].value.jsonValue) }
      return .object(JSONObject(uniqueKeys: members.keys, values: values))
    }
  }
}

/// An object's members as the object holds them: each key once, at the position of its first entry, with the
/// value of its last entry (a repeated key keeps its first position and its last value).
struct ShorthandMembers {
  /// The keys, each once, in text order.
  var keys: [String]
  /// For each key, the index of its last entry; nil when no key repeats (key `i` is entry `i`).
  var lastEntries: [Int]?

  init(_ entries: [ShorthandEntry]) {
    keys = []
    keys.reserveCapacity(entries.count)
    lastEntries = nil
    // Few keys are compared directly, many through a table.
    var table: [String: Int]? = entries.count > 16 ? [:] : nil
    for (index, entry) in entries.enumerated() {
      if let existing = table != nil ? table![entry.key] : keys.firstIndex(of: entry.key) {
        if lastEntries == nil { lastEntries = Array(0..<keys.count) }
        lastEntries![existing] = index
      } else {
        table?[entry.key] = keys.count
        keys.append(entry.key)
        lastEntries?.append(index)
      }
    }
  }

  /// The index of the entry that gives the value of the key at `position`.
  func entry(at position: Int) -> Int { lastEntries?[position] ?? position }
}

/// A string value with where it came from, and the file it was loaded from, if `@=` loaded one.
struct ShorthandScalar: Sendable {
  var text: String
  var range: Range<Int>
  var file: ShorthandLoadedFile?
}

/// The outcome of loading a `file://` or `fileb://` value (a class, so a scalar carries one reference, not the
/// fields, for the rare values that name files).
final class ShorthandLoadedFile: Sendable {
  let reference: String
  let path: String
  let isBinary: Bool
  /// The loaded text (base64 for binary files); nil when nothing was loaded.
  let loadedText: String?

  init(reference: String, path: String, isBinary: Bool, loadedText: String?) {
    self.reference = reference
    self.path = path
    self.isBinary = isBinary
    self.loadedText = loadedText
  }

  /// The same reference, loaded as `text`.
  func loaded(_ text: String) -> ShorthandLoadedFile {
    ShorthandLoadedFile(reference: reference, path: path, isBinary: isBinary, loadedText: text)
  }
}

/// One `key=value` of an object.
struct ShorthandEntry: Sendable {
  var key: String
  var keyRange: Range<Int>
  var value: ShorthandNode
}

/// A syntax error as the scanner raises it, with what could be built before it.
struct ShorthandFailure: Error {
  /// The AWS CLI's `expected` text (`=`, `,`, `<double quoted>`, `<second>`).
  var expected: String
  /// The AWS CLI's `received` text: the character, `EOF` or `<none>`.
  var actual: String
  /// The AWS CLI's caret position.
  var index: Int
  var code: String
  var message: String
  var range: Range<Int>
  var path: ShorthandPath
  /// How many brackets were open where the error happened.
  var depth: Int
  /// The value being built when the error happened.
  var partial: ShorthandNode?
  /// The member being built when the error happened.
  var partialEntry: ShorthandEntry?
  /// The AWS CLI's whole message when it is not a syntax error (a file that could not be loaded).
  var awsText: String?
}
