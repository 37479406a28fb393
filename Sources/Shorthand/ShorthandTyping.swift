public import Botocore
public import JSON

/// A parsed value after typing by the model, with what went wrong.
public struct ShorthandTyped: Sendable {
  /// The value with numbers and booleans converted where the AWS CLI converts them. Values that could not be
  /// converted are left as the parsed strings.
  public var value: JSONValue
  /// Conversion errors (the AWS CLI fails on these), each with the member's path and text range.
  public var diagnostics: [ShorthandDiagnostic]
}

/// Types a parsed shorthand value by the argument's model, exactly as the AWS CLI's `BackCompatVisitor` does:
///
/// - structure members are visited in model order; keys the model doesn't know are kept and left alone;
/// - `integer`/`long` go through Python's `int()`, `float`/`double` through `float()`;
/// - `boolean` becomes `true`/`false` only for `true`/`false` in any case, anything else stays a string;
/// - a value where the model wants a list becomes a one-item list, and is **not** typed further (so
///   `Ports=80` for a list of integers stays `["80"]`; botocore then refuses it);
/// - map values are typed by the map's value shape, map keys are left alone;
/// - a value for a document member is an error naming the nearest structure member.
///
/// Where the AWS CLI would crash with a Python error (`invalid literal for int() with base 10: 'abc'`), this
/// reports a diagnostic with the member's path and the value's text range, and keeps `awsMessage` as the
/// Python text. Deliberate differences: integers beyond 64 bits and non-finite floats (`nan`, `inf`) are
/// errors here (the AWS CLI would send them), because JSON values can't hold them.
public enum ShorthandTyping {
  /// Types the value of a parsed word against the shape of the argument (or, for one word of a list argument,
  /// against the list's element shape). The typed value is built straight from the parse's syntax tree.
  public static func apply(_ parse: ShorthandParse, shape: Shape, model: ServiceModel) -> ShorthandTyped {
    let typed = values(parse, shape: shape, model: model, prefix: .root, word: 0)
    return ShorthandTyped(value: parse.tree.jsonValue(parse.root, typing: typed.values), diagnostics: typed.diagnostics)
  }

  /// Types a parse without building its value: what typing made of each node of the parse's tree, and the
  /// diagnostics; `prefix` is put in front of every diagnostic path and `word` names the word of a multi-word
  /// argument.
  static func values(
    _ parse: ShorthandParse,
    shape: Shape,
    model: ServiceModel,
    prefix: ShorthandPath,
    word: Int
  ) -> (values: ShorthandTypedValues, diagnostics: [ShorthandDiagnostic]) {
    var visitor = ShorthandTypingVisitor(tree: parse.tree, shapes: model.shapes, prefix: prefix, word: word)
    visitor.visit(parse.root, shape: shape, member: nil)
    return (visitor.typed, visitor.diagnostics)
  }
}

struct ShorthandTypingVisitor {
  typealias Node = ShorthandTree.Index

  let tree: ShorthandTree
  /// The model's shapes by name (the dictionary alone: copying the whole `ServiceModel` costs a retain per
  /// field).
  let shapes: [String: Shape]
  let prefix: ShorthandPath
  let word: Int
  /// The path of the value being visited, as a stack of steps (a path is built only for a diagnostic).
  var path: [Step] = []
  var diagnostics: [ShorthandDiagnostic] = []
  /// What typing made of each node.
  var typed: ShorthandTypedValues

  init(tree: ShorthandTree, shapes: [String: Shape], prefix: ShorthandPath, word: Int) {
    self.tree = tree
    self.shapes = shapes
    self.prefix = prefix
    self.word = word
    self.typed = ShorthandTypedValues(count: tree.nodes.count)
  }

  /// One step of `path`: an object member (whose key is the step) or a list position.
  enum Step {
    case member(Node)
    case index(Int)
  }

  /// The steps of `path` as a `ShorthandPath`.
  var currentPath: ShorthandPath {
    ShorthandPath(
      path.map { step in
        switch step {
        case .member(let node): return .key(tree.key(of: node))
        case .index(let index): return .index(index)
        }
      }
    )
  }

  /// `member` is the nearest enclosing structure member (its node), for the document error.
  mutating func visit(_ node: Node, shape: Shape, member: Node?) {
    switch shape.type {
    case .structure:
      if shape.isDocument {
        let here = currentPath
        report(
          code: "value.document",
          node: node,
          message: "\(here.isRoot ? "this argument" : here.description) is a document (free-form JSON), which "
            + "shorthand can't express; give the whole argument as JSON",
          aws: "Shorthand syntax does not support document types. Use JSON input for top-level argument to specify "
            + "nested parameter: \(member.map { tree.key(of: $0) } ?? here.description)"
        )
        return
      }
      guard tree[node].kind == .object else { return }
      structure(node, shape: shape)
    case .list:
      guard tree[node].kind == .list else {
        typed[node] = .wrapped
        return
      }
      guard let element = shape.member.flatMap({ shapes[$0.shapeName] }) else { return }
      for (index, item) in tree.children(of: node).enumerated() {
        path.append(.index(index))
        visit(item, shape: element, member: member)
        path.removeLast()
      }
    case .map:
      guard tree[node].kind == .object, let valueShape = shape.value.flatMap({ shapes[$0.shapeName] }) else {
        return
      }
      for entry in members(of: node) {
        path.append(.member(entry))
        visit(entry, shape: valueShape, member: member)
        path.removeLast()
      }
    case .integer, .long:
      integer(node, shape: shape)
    case .float, .double:
      float(node, shape: shape)
    case .boolean:
      boolean(node)
    default:
      break
    }
  }

  /// An object's members as the object holds them (see `ShorthandTree.members(of:)`).
  func members(of node: Node) -> ArraySlice<Node> {
    tree.hasDistinctKeys(node) ? tree.children(of: node) : ArraySlice(tree.members(of: node))
  }

  /// A structure's members, typed by their members' shapes; keys the model doesn't know are left as parsed.
  /// The members are visited in text order; their diagnostics come in model order, as the AWS CLI visits them.
  mutating func structure(_ node: Node, shape: Shape) {
    let shapeMembers = shape.members
    // Each visited member's diagnostics, with the member's rank in the model, for when they come out of order.
    var blocks: [DiagnosticBlock] = []
    for entry in members(of: node) {
      // Comparing strings is cheaper than comparing bytes here: most keys and names are small strings, which
      // compare as two words.
      let key = tree.key(of: entry)
      guard let rank = shapeMembers.firstIndex(where: { $0.name == key }),
        let target = shapes[shapeMembers[rank].reference.shapeName]
      else { continue }
      let before = diagnostics.count
      path.append(.member(entry))
      visit(entry, shape: target, member: entry)
      path.removeLast()
      if diagnostics.count > before {
        blocks.append(DiagnosticBlock(rank: rank, diagnostics: before..<diagnostics.count))
      }
    }
    if blocks.count > 1 { putInModelOrder(blocks) }
  }

  /// The diagnostics of one structure member's value, and the member's rank in the model.
  struct DiagnosticBlock {
    var rank: Int
    var diagnostics: Range<Int>
  }

  /// Reorders consecutive blocks of diagnostics by their members' ranks (each member has its own rank).
  mutating func putInModelOrder(_ blocks: [DiagnosticBlock]) {
    guard zip(blocks, blocks.dropFirst()).contains(where: { $0.rank > $1.rank }) else { return }
    var reordered: [ShorthandDiagnostic] = []
    for block in blocks.sorted(by: { $0.rank < $1.rank }) { reordered += diagnostics[block.diagnostics] }
    diagnostics.replaceSubrange(
      blocks[0].diagnostics.lowerBound..<blocks[blocks.count - 1].diagnostics.upperBound,
      with: reordered
    )
  }

  mutating func integer(_ node: Node, shape: Shape) {
    guard tree[node].kind == .scalar else {
      report(
        code: "value.not-scalar",
        node: node,
        message: "\(name) takes one whole number, found \(kind(node))\(hint(node))",
        aws: "int() argument must be a string, a bytes-like object or a real number, not '\(pythonType(node))'"
      )
      return
    }
    let text = tree.text(of: node)
    switch PythonNumber.integer(text) {
    case .value(let number):
      typed[node] = .integer(number)
    case .tooLarge(let digits):
      report(
        code: "value.integer-out-of-range",
        node: node,
        message: "\(digits) is too large for \(name) (64-bit integers only)",
        aws: nil
      )
    case .invalid:
      report(
        code: "value.not-integer",
        node: node,
        message: "\(name) takes a whole number (\(shape.type.rawValue)), found \(describe(text))",
        aws: "invalid literal for int() with base 10: \(PythonText.repr(text))"
      )
    }
  }

  mutating func float(_ node: Node, shape: Shape) {
    guard tree[node].kind == .scalar else {
      report(
        code: "value.not-scalar",
        node: node,
        message: "\(name) takes one number, found \(kind(node))\(hint(node))",
        aws: "float() argument must be a string or a real number, not '\(pythonType(node))'"
      )
      return
    }
    let text = tree.text(of: node)
    guard let number = PythonNumber.float(text) else {
      report(
        code: "value.not-number",
        node: node,
        message: "\(name) takes a number (\(shape.type.rawValue)), found \(describe(text))",
        aws: "could not convert string to float: \(PythonText.repr(text))"
      )
      return
    }
    guard number.isFinite else {
      report(
        code: "value.not-finite",
        node: node,
        message: "\(name) takes a finite number, found \(describe(text))",
        aws: nil
      )
      return
    }
    typed[node] = .real(number)
  }

  mutating func boolean(_ node: Node) {
    guard tree[node].kind == .scalar else {
      report(
        code: "value.not-scalar",
        node: node,
        message: "\(name) takes true or false, found \(kind(node))\(hint(node))",
        aws: "'\(pythonType(node))' object has no attribute 'lower'"
      )
      return
    }
    // Python's `lower()`: no letter outside ASCII lowercases to one of these.
    let text = tree.text(of: node)
    if Self.equalsIgnoringASCIICase(text, "true") {
      typed[node] = .bool(true)
    } else if Self.equalsIgnoringASCIICase(text, "false") {
      typed[node] = .bool(false)
    }
  }

  /// Whether `text` is `lowercase` (ASCII lowercase letters) in any mix of cases.
  static func equalsIgnoringASCIICase(_ text: String, _ lowercase: StaticString) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
      let expected = lowercase.utf8Start
      for index in 0..<bytes.count where bytes[index] | 0x20 != expected[index] { return false }
      return true
    }
  }

  // MARK: - Wording

  /// The value being visited, as a message names it.
  var name: String {
    let full = prefix.components + currentPath.components
    return full.isEmpty ? "the argument" : ShorthandPath(full).description
  }

  func kind(_ node: Node) -> String {
    switch tree[node].kind {
    case .list: return "a list"
    case .object: return "a structure"
    case .scalar: return "a string"
    }
  }

  func hint(_ node: Node) -> String {
    if tree[node].kind == .list { return " (a \",\" in an unquoted value starts a list; quote the value or write \\,)" }
    return ""
  }

  func describe(_ text: String) -> String {
    text.isEmpty ? "an empty value" : "\"\(text)\""
  }

  func pythonType(_ node: Node) -> String {
    if tree[node].kind == .list { return "list" }
    return "dict"
  }

  mutating func report(code: String, node: Node, message: String, aws: String?) {
    diagnostics.append(
      ShorthandDiagnostic(
        severity: .error,
        code: code,
        message: message,
        path: ShorthandPath(prefix.components + currentPath.components),
        range: tree.range(of: node),
        word: word,
        awsMessage: aws
      )
    )
  }
}
