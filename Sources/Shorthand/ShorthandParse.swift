public import JSON

/// A `file://` or `fileb://` value that `key@=` asked to load.
public struct ShorthandFileReference: Sendable, Hashable {
  /// Where the value ended up in the parsed result.
  public var path: ShorthandPath
  /// The value as written, e.g. `file://policy.json`.
  public var reference: String
  /// The file path after the prefix, as written.
  public var filePath: String
  /// Whether it was `fileb://`: the value in the result is then the file's bytes as base64 text.
  public var isBinary: Bool
  /// Whether the file was read (false without a loader, or when reading failed).
  public var isLoaded: Bool
  /// The value's text range.
  public var range: Range<Int>
}

/// What `ShorthandParser.parse` found: the value it could build, where each part came from, and every error.
///
/// The parse keeps its syntax tree (`ShorthandTree`, flat arrays over the text's bytes); `value` and `sourceMap`
/// are built from it when asked for, and typing records its conversions beside the tree, so parsing and typing
/// an argument build no `JSONValue` until someone asks for one.
public struct ShorthandParse: Sendable {
  /// The parsed text.
  public var text: String
  /// The syntax tree.
  var tree: ShorthandTree
  /// The tree's top: an object of the top-level members (duplicates at the top level already left out)
  /// spanning the whole text.
  var root: ShorthandTree.Index
  /// Syntax errors (and file loading failures), in text order. The first one is the error the AWS CLI reports.
  public var diagnostics: [ShorthandDiagnostic]
  /// The `file://` and `fileb://` values that `@=` asked to load. A `fileb://` value's string in `value` is
  /// the file's bytes in base64.
  public var fileReferences: [ShorthandFileReference]

  /// The value: always an object, holding strings, lists and objects (purely syntactic). After errors it holds
  /// what could be built: members parsed before and after the broken parts, and the broken parts as far as
  /// they went.
  public var value: JSONValue { tree.jsonValue(root) }

  /// The source range of every key and value, by path.
  public var sourceMap: ShorthandSourceMap {
    var flattener = ShorthandFlattener(tree: tree)
    flattener.sourceMap.spans.reserveCapacity(tree.nodes.count)
    flattener.visit(root, path: .root, keyRange: nil)
    return flattener.sourceMap
  }

  /// Whether there was no error (the AWS CLI would accept the syntax).
  public var isValid: Bool { !diagnostics.contains(where: \.isError) }

  /// The paths of values that hold base64 text of `fileb://` bytes.
  public var binaryPaths: Set<ShorthandPath> {
    Set(fileReferences.filter { $0.isBinary && $0.isLoaded }.map(\.path))
  }
}
