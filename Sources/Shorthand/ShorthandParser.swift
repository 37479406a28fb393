import JSON

/// Parses the AWS CLI's shorthand syntax (`Name=x,Values=a,b`, `Ebs={VolumeSize=10}`, `Tags=[{Key=a}]`).
///
/// The grammar, character classes, CSV backtracking, quoting, `\,`, whitespace rules, duplicate-key check and
/// `@=` file loading are the AWS CLI's (`awscli/shorthand.py`), so a text the AWS CLI accepts gives the same
/// value here, and a text it refuses gives the same first error, message and caret position.
///
/// Unlike the AWS CLI, the parser does not stop at the first error. After an error it skips to the next
/// top-level `,` that is followed by `key=` (counting the brackets that were open at the error), and goes on,
/// so every independent error is reported and the members around them are kept. The broken member keeps
/// the part that was parsed (an unclosed `[a,b` gives `["a","b"]`).
///
/// The scanner is hand-written and linear: no input can make it backtrack more than once per CSV item.
public enum ShorthandParser {
  /// Parses one shorthand word.
  ///
  /// - Parameters:
  ///   - text: the argument value, e.g. `asn=64600,addressFamily=ipv4`.
  ///   - fileLoader: reads the files that `key@=file://…` and `key@=fileb://…` name. Without a loader the
  ///     references are kept as written and only listed in `fileReferences` (what editors want).
  /// - Returns: the value (an object), source ranges, and diagnostics (empty when the AWS CLI accepts the text).
  public static func parse(_ text: String, fileLoader: ShorthandFileLoader? = nil) -> ShorthandParse {
    var scanner = ShorthandScanner(text: text, loader: fileLoader)
    return parse(with: &scanner)
  }

  /// What a shorthand text holds at `offset` (in Unicode scalars), read as the text up to there: the key or the
  /// value being typed, with the object or value it belongs to. This is the parse itself stopped at the offset,
  /// so completion sees the structure exactly as the parser does; a CSV item running to the offset counts as
  /// a key, since a key is what it becomes once `=` follows.
  public static func position(at offset: Int, in text: String) -> ShorthandPosition {
    let prefix = String(scalars: text.unicodeScalars.prefix(max(0, offset)))
    var scanner = ShorthandScanner(text: prefix, loader: nil)
    scanner.recordsEnd = true
    scanner.objectKeys = [[]]
    _ = parse(with: &scanner)
    let offsets = ShorthandScalarOffsets(scanner.bytes)
    guard var end = scanner.end else {
      return ShorthandPosition(kind: .none, path: .root, start: offsets.scalarOffset(scanner.bytes.count))
    }
    end.start = offsets.scalarOffset(end.start)
    return end
  }

  static func parse(with scanner: inout ShorthandScanner) -> ShorthandParse {
    let text = scanner.text
    let offsets = ShorthandScalarOffsets(scanner.bytes)
    var entries: [ShorthandTree.Index] = []
    entries.reserveCapacity(4)
    // The keys given so far: `entries` holds them; past a few, a set answers faster.
    var seenKeys: Set<String>?
    func isSeen(_ entry: ShorthandTree.Index) -> Bool {
      if let seenKeys { return seenKeys.contains(scanner.tree.key(of: entry)) }
      return entries.contains { scanner.tree.sameKey($0, entry) }
    }
    func see(_ entry: ShorthandTree.Index) {
      entries.append(entry)
      if seenKeys != nil {
        seenKeys!.insert(scanner.tree.key(of: entry))
      } else if entries.count > 16 {
        seenKeys = Set(entries.map { scanner.tree.key(of: $0) })
      }
    }
    var diagnostics: [ShorthandDiagnostic] = []
    var needsComma = false
    var lastIndex = 0
    var previous: ShorthandTree.Index?

    func record(_ failure: ShorthandFailure) {
      diagnostics.append(
        ShorthandDiagnostic(
          severity: .error,
          code: failure.code,
          message: failure.message,
          path: failure.path,
          range: offsets.scalarRange(failure.range),
          awsMessage: failure.awsText
            ?? ShorthandAWSMessage.syntaxError(
              expected: failure.expected,
              actual: failure.actual,
              index: offsets.scalarOffset(failure.index),
              in: text
            ),
          awsOffset: failure.awsText == nil ? offsets.scalarOffset(failure.index) : nil
        )
      )
    }

    while true {
      if needsComma, scanner.atEnd { break }
      do throws(ShorthandFailure) {
        if needsComma {
          scanner.skipWhitespace()
          guard scanner.byte == UInt8(ascii: ",") else {
            throw scanner.commaFailure(
              context: .top(
                key: previous.map { scanner.tree.key(of: $0) } ?? "",
                valueStart: previous.map { scanner.tree.byteRange(of: $0).lowerBound } ?? 0
              )
            )
          }
          scanner.index += 1
          scanner.skipWhitespace()
        }
        let entry = try scanner.keyValue()
        if isSeen(entry) {
          let key = scanner.tree.key(of: entry)
          let awsIndex = offsets.scalarOffset(needsComma ? lastIndex + 1 : Int(scanner.tree[entry].keyStart))
          let keyRange = offsets.scalarRange(scanner.tree.keyByteRange(of: entry))
          diagnostics.append(
            ShorthandDiagnostic(
              severity: .error,
              code: "shorthand.duplicate-key",
              message: "key \"\(key)\" is given twice; to give several list items, separate them with a "
                + "space instead of \",\"",
              path: ShorthandPath([.key(key)]),
              range: keyRange.isEmpty ? keyRange.lowerBound..<keyRange.lowerBound : keyRange,
              awsMessage: ShorthandAWSMessage.duplicateKey(key, index: awsIndex, in: text),
              awsOffset: awsIndex
            )
          )
        } else {
          see(entry)
        }
        previous = entry
      } catch {
        record(error)
        if let partial = error.partialEntry, !isSeen(partial) { see(partial) }
        // Once the end of the text was noted (an unclosed quote runs to it), there is nothing after to resume at.
        guard scanner.end == nil,
          let resume = resynchronizationPoint(
            after: error,
            in: scanner.bytes,
            keyMayRunToEnd: scanner.recordsEnd
          )
        else { break }
        scanner.index = resume
        scanner.openers = []
        scanner.path = []
        if scanner.recordsEnd { scanner.objectKeys.removeLast(scanner.objectKeys.count - 1) }
        needsComma = false
        previous = nil
        continue
      }
      lastIndex = scanner.index
      needsComma = true
    }

    scanner.tree.offsets = offsets
    let root = scanner.tree.container(.object, entries, range: 0..<scanner.bytes.count)
    var fileReferences: [ShorthandFileReference] = []
    if scanner.loadsFiles {
      var flattener = ShorthandFlattener(tree: scanner.tree)
      flattener.visit(root, path: .root, keyRange: nil)
      fileReferences = flattener.fileReferences
    }
    return ShorthandParse(
      text: text,
      tree: scanner.tree,
      root: root,
      diagnostics: diagnostics,
      fileReferences: fileReferences
    )
  }

  /// Where to resume after an error: just after the next `,` at bracket depth 0 (counting the brackets open at
  /// the error) that is followed by `key=` or `key@=` (or, with `keyMayRunToEnd`, by a key that runs to the end
  /// of the text, as one being typed does). Quoted values on the way are skipped whole.
  static func resynchronizationPoint(
    after failure: ShorthandFailure,
    in bytes: [UInt8],
    keyMayRunToEnd: Bool = false
  ) -> Int? {
    var depth = failure.depth
    var position = min(failure.index, bytes.count)
    let singleQuote = UInt8(ascii: "'")
    let doubleQuote = UInt8(ascii: "\"")
    if position < bytes.count, bytes[position] == singleQuote || bytes[position] == doubleQuote { position += 1 }
    func startsValue(_ at: Int) -> Bool {
      var before = at - 1
      while before >= 0, ShorthandCharacters.isSeparatorWhitespace(bytes[before]) { before -= 1 }
      return before < 0 || "=,[{".utf8.contains(bytes[before])
    }
    func keyStart(afterComma comma: Int) -> Int? {
      var cursor = comma + 1
      while cursor < bytes.count, ShorthandCharacters.isSeparatorWhitespace(bytes[cursor]) { cursor += 1 }
      let start = cursor
      while cursor < bytes.count, ShorthandCharacters.isKeyCharacter(bytes[cursor]) { cursor += 1 }
      if keyMayRunToEnd, cursor == bytes.count { return start }
      while cursor < bytes.count, ShorthandCharacters.isSeparatorWhitespace(bytes[cursor]) { cursor += 1 }
      if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "@") {
        cursor += 1
        while cursor < bytes.count, ShorthandCharacters.isSeparatorWhitespace(bytes[cursor]) { cursor += 1 }
      }
      return cursor < bytes.count && bytes[cursor] == UInt8(ascii: "=") ? start : nil
    }
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth = max(0, depth - 1)
      case singleQuote where startsValue(position), doubleQuote where startsValue(position):
        var cursor = position + 1
        while cursor < bytes.count, bytes[cursor] != byte {
          cursor += bytes[cursor] == UInt8(ascii: "\\") && cursor + 1 < bytes.count && bytes[cursor + 1] == byte ? 2 : 1
        }
        if cursor < bytes.count { position = cursor }
      case UInt8(ascii: ",") where depth == 0:
        if let start = keyStart(afterComma: position) { return start }
      default:
        break
      }
      position += 1
    }
    return nil
  }
}

/// Records the source span of every value of a syntax tree, and its file references.
struct ShorthandFlattener {
  let tree: ShorthandTree
  var sourceMap = ShorthandSourceMap()
  var fileReferences: [ShorthandFileReference] = []

  init(tree: ShorthandTree) {
    self.tree = tree
  }

  /// Records `node` at `path` and everything under it; `keyRange` is its key's, for an object member.
  mutating func visit(_ node: ShorthandTree.Index, path: ShorthandPath, keyRange: Range<Int>?) {
    let range = tree.range(of: node)
    sourceMap[path] = ShorthandSpan(keyRange: keyRange, valueRange: range)
    switch tree[node].kind {
    case .scalar:
      if let file = tree.file(of: node) {
        fileReferences.append(
          ShorthandFileReference(
            path: path,
            reference: file.reference,
            filePath: file.path,
            isBinary: file.isBinary,
            isLoaded: file.loadedText != nil,
            range: range
          )
        )
      }
    case .list:
      for (index, item) in tree.children(of: node).enumerated() {
        visit(item, path: path.appending(index: index), keyRange: nil)
      }
    case .object:
      for member in tree.children(of: node) {
        visit(member, path: path.appending(key: tree.key(of: member)), keyRange: tree.keyRange(of: member))
      }
    }
  }
}
