import UnicodeBytes

/// The hand-written scanner behind `ShorthandParser`: a recursive descent over the text's UTF-8 bytes that
/// follows the AWS CLI's `ShorthandParser` step by step (including its CSV backtracking and its `@=` flag),
/// without regular expressions, so every input is scanned in linear time.
///
/// Every offset the scanner keeps (`index`, the ranges in the tree, the failures) counts UTF-8 bytes; the parser
/// turns them into Unicode scalar offsets (`ShorthandScalarOffsets`) where they leave the module.
struct ShorthandScanner {
  let bytes: [UInt8]
  /// The values scanned so far.
  var tree: ShorthandTree
  let text: String
  let loader: ShorthandFileLoader?
  var index = 0
  /// The AWS CLI's `_should_resolve_paramfiles`: set by `key@=`, cleared by `key=`, never restored after `{...}`.
  var resolvesFiles = false
  /// Whether some value was a `file://` or `fileb://` reference under `@=` (the parse then lists them).
  var loadsFiles = false
  /// Open brackets and braces with their offsets, innermost last.
  var openers: [(byte: UInt8, offset: Int)] = []
  /// The member being parsed: keys as byte ranges of the text (strings are made only for a failure).
  var path: [Step] = []
  /// The items and members of the lists and objects being scanned, innermost last (one array for all, so a
  /// list or object allocates nothing of its own until it is done and its children are copied to the tree).
  var pending: [ShorthandTree.Index] = []

  /// One step of `path`.
  enum Step {
    case key(Range<Int>)
    case index(Int)
  }
  /// Whether to note what the text holds at its end (`end`), for `ShorthandParser.position(at:in:)`.
  var recordsEnd = false
  /// The keys given so far in each open object, the top level first (kept only when `recordsEnd`).
  var objectKeys: [[String]] = []
  /// What the text holds at its end, when `recordsEnd` and the scanner reached it inside a key or a value.
  var end: ShorthandPosition?

  init(text: String, loader: ShorthandFileLoader?) {
    self.text = text
    self.bytes = Array(text.utf8)
    self.tree = ShorthandTree(bytes: bytes)
    self.pending.reserveCapacity(8)
    self.loader = loader
  }

  var atEnd: Bool { index >= bytes.count }

  /// The byte at `index`, nil at the end.
  var byte: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// The scalar at `index`, nil at the end.
  var current: Unicode.Scalar? { index < bytes.count ? scalar(at: index).scalar : nil }

  /// The scalar that starts at byte `offset` and its length in bytes.
  @inline(__always)
  func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
    UTF8Decoder.scalar(in: bytes, at: offset)
  }

  /// The byte offset where the scalar that ends at byte `offset` starts.
  func scalarStart(before offset: Int) -> Int {
    var start = offset - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// The bytes of `range` as a string.
  func string(_ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
  }

  mutating func skipWhitespace() {
    while index < bytes.count, ShorthandCharacters.isSeparatorWhitespace(bytes[index]) { index += 1 }
  }

  // MARK: - Members

  /// `keyval = key ["@"] "=" values`, at the top level: the value, with the key's range set.
  mutating func keyValue() throws(ShorthandFailure) -> ShorthandTree.Index {
    let keyRange = readKey()
    resolvesFiles = false
    skipWhitespace()
    if byte == UInt8(ascii: "@") {
      index += 1
      skipWhitespace()
      resolvesFiles = true
    }
    try expectEquals(keyRange: keyRange)
    path.append(.key(keyRange))
    defer { path.removeLast() }
    do throws(ShorthandFailure) {
      let value = try values()
      tree.setKey(value, keyRange)
      return value
    } catch {
      var failure = error
      if let partial = failure.partial {
        tree.setKey(partial, keyRange)
        failure.partialEntry = partial
      }
      failure.partial = nil
      throw failure
    }
  }

  /// Reads a key; returns its range.
  mutating func readKey() -> Range<Int> {
    let start = index
    while index < bytes.count, ShorthandCharacters.isKeyCharacter(bytes[index]) { index += 1 }
    return start..<index
  }

  /// Consumes whitespace, `=` and whitespace, or fails with the AWS CLI's `Expected: '='`.
  mutating func expectEquals(keyRange: Range<Int>) throws(ShorthandFailure) {
    skipWhitespace()
    if byte == UInt8(ascii: "=") {
      index += 1
      skipWhitespace()
      if recordsEnd { objectKeys[objectKeys.count - 1].append(string(keyRange)) }
      return
    }
    if recordsEnd, atEnd {
      end = ShorthandPosition(
        kind: .key(used: objectKeys[objectKeys.count - 1]),
        path: currentPath,
        start: keyRange.lowerBound
      )
    }
    throw equalsFailure(key: string(keyRange), keyRange: keyRange)
  }

  /// Notes that the value at `path` runs from `start` to the end of the text.
  mutating func recordValueEnd(from start: Int) {
    guard recordsEnd, atEnd else { return }
    end = ShorthandPosition(kind: .value, path: currentPath, start: start)
  }

  // MARK: - Values

  /// `values = EOF / explicit-list / hash-literal / csv-value`.
  mutating func values() throws(ShorthandFailure) -> ShorthandTree.Index {
    switch byte {
    case nil:
      recordValueEnd(from: index)
      return tree.scalar(index..<index)
    case UInt8(ascii: "["): return try explicitList()
    case UInt8(ascii: "{"): return try hashLiteral()
    default: return try csvValue()
    }
  }

  /// `first [, second]*`, backtracking to the last comma when an item turns out to be the next key.
  mutating func csvValue() throws(ShorthandFailure) -> ShorthandTree.Index {
    let first = try firstValue()
    skipWhitespace()
    guard byte == UInt8(ascii: ",") else { return first }
    index += 1
    skipWhitespace()
    let base = pending.count
    defer { pending.removeSubrange(base...) }
    pending.append(first)
    while true {
      do throws(ShorthandFailure) {
        let item = try secondValue()
        skipWhitespace()
        if atEnd {
          pending.append(item)
          break
        }
        guard byte == UInt8(ascii: ",") else {
          // The item is the next key (`Value` of `Key=k,Value=v`): give it back, as the AWS CLI does when its
          // `,` check fails, without building the failure it would throw away.
          while index >= 0, bytes[index] != UInt8(ascii: ",") { index -= 1 }
          break
        }
        index += 1
        skipWhitespace()
        pending.append(item)
      } catch {
        if atEnd || error.awsText != nil {
          var failure = error
          if error.awsText != nil, let partial = error.partial { pending.append(partial) }
          failure.partial =
            pending.count - base == 1
            ? first : tree.container(.list, pending[base...], range: tree.byteRange(of: first).lowerBound..<index)
          throw failure
        }
        while index >= 0, bytes[index] != UInt8(ascii: ",") { index -= 1 }
        break
      }
    }
    if pending.count - base == 1 { return first }
    return tree.container(
      .list,
      pending[base...],
      range: tree.byteRange(of: first).lowerBound..<tree.byteRange(of: pending[pending.count - 1]).upperBound
    )
  }

  /// A value in first position: quoted, or unquoted with the first-value characters (may be empty).
  mutating func firstValue() throws(ShorthandFailure) -> ShorthandTree.Index {
    switch byte {
    case UInt8(ascii: "'"), UInt8(ascii: "\""): return try quotedValue()
    default:
      if let value = try unquotedValue(second: false) { return value }
      recordValueEnd(from: index)
      return tree.scalar(index..<index)
    }
  }

  /// Notes that a CSV item runs from `start` to the end of the text: being typed, it may as well be the next
  /// key of the top level (the AWS CLI decides at the `=`), and completion takes it as one.
  mutating func recordCSVItemEnd(from start: Int) {
    guard recordsEnd, atEnd else { return }
    end = ShorthandPosition(kind: .key(used: objectKeys[0]), path: shorthandPath(path.dropLast()), start: start)
  }

  /// A value in second or later CSV position: quoted, or unquoted with the second-value characters.
  mutating func secondValue() throws(ShorthandFailure) -> ShorthandTree.Index {
    switch byte {
    case UInt8(ascii: "'"), UInt8(ascii: "\""):
      return try quotedValue()
    default:
      if let value = try unquotedValue(second: true) { return value }
      recordCSVItemEnd(from: index)
      throw ShorthandFailure(
        expected: "<second>",
        actual: "<none>",
        index: index,
        code: "shorthand.trailing-comma",
        message: "trailing \",\": remove it or add another key=value",
        range: trailingCommaRange(),
        path: currentPath,
        depth: openers.count
      )
    }
  }

  /// An unquoted value: a start character or `\,`, then continuation characters or `\,`. `\,` becomes `,`,
  /// trailing whitespace is dropped. Nil when no character can start a value here.
  mutating func unquotedValue(second: Bool) throws(ShorthandFailure) -> ShorthandTree.Index? {
    let start = index
    var escapedComma = false
    func isEscapedComma(_ at: Int) -> Bool {
      bytes[at] == UInt8(ascii: "\\") && at + 1 < bytes.count && bytes[at + 1] == UInt8(ascii: ",")
    }
    if index < bytes.count, isEscapedComma(index) {
      index += 2
      escapedComma = true
    } else if index < bytes.count, case let (first, length) = scalar(at: index),
      ShorthandCharacters.canStartValue(first)
    {
      index += length
    } else {
      return nil
    }
    while index < bytes.count {
      if isEscapedComma(index) {
        index += 2
        escapedComma = true
        continue
      }
      let (next, length) = scalar(at: index)
      guard
        second
          ? ShorthandCharacters.canContinueSecondValue(next) : ShorthandCharacters.canContinueFirstValue(next)
      else { break }
      index += length
    }
    if second { recordCSVItemEnd(from: start) } else { recordValueEnd(from: start) }
    var end = index
    while end > start {
      let last = scalarStart(before: end)
      guard ShorthandCharacters.isPythonWhitespace(scalar(at: last).scalar) else { break }
      end = last
    }
    let value: String? =
      escapedComma
      ? String(decoding: Self.replacing([0x5C, 0x2C], with: [0x2C], in: bytes[start..<end]), as: UTF8.self) : nil
    return try resolvingFile(value, range: start..<end, isQuoted: false)
  }

  /// A single- or double-quoted value, matched as the AWS CLI's regex `'(?:\\'|[^'])*'` matches: up to the
  /// first unescaped quote or, when there is none, up to the last escaped one.
  mutating func quotedValue() throws(ShorthandFailure) -> ShorthandTree.Index {
    let quote = bytes[index]
    let start = index
    var position = index + 1
    var close: Int?
    var lastEscapedQuote: Int?
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == quote {
        lastEscapedQuote = position + 1
        position += 2
      } else if byte == quote {
        close = position
        break
      } else {
        position += 1
      }
    }
    let quoteCharacter = Unicode.Scalar(quote)
    guard let end = close ?? lastEscapedQuote else {
      if recordsEnd { self.end = ShorthandPosition(kind: .none, path: currentPath, start: start) }
      let name = quote == UInt8(ascii: "'") ? "singled quoted" : "double quoted"
      let column = columnNumber(of: start)
      throw ShorthandFailure(
        expected: "<\(name)>",
        actual: "<none>",
        index: start,
        code: "shorthand.unclosed-quote",
        message: "unclosed \(quoteCharacter) opened at column \(column): add the closing \(quoteCharacter)",
        range: start..<start + 1,
        path: currentPath,
        depth: openers.count
      )
    }
    index = end + 1
    recordValueEnd(from: start)
    // Only a backslash can make the text differ from the bytes inside the quotes.
    guard bytes[start + 1..<end].contains(0x5C) else {
      return try resolvingFile(nil, range: start..<end + 1, isQuoted: true)
    }
    var content = Self.replacing([0x5C, quote], with: [quote], in: bytes[start + 1..<end])
    content = Self.replacing([0x5C, 0x5C], with: [0x5C], in: content[...])
    return try resolvingFile(String(decoding: content, as: UTF8.self), range: start..<end + 1, isQuoted: false)
  }

  /// `explicit-list = "[" [value *("," value)] [","] "]"`.
  mutating func explicitList() throws(ShorthandFailure) -> ShorthandTree.Index {
    let open = index
    try checkDepth(at: open)
    index += 1
    skipWhitespace()
    openers.append((UInt8(ascii: "["), open))
    let base = pending.count
    defer { pending.removeSubrange(base...) }
    /// The list as far as it went: its items, less an empty last item at the end of the text.
    func partial(upTo end: Int) -> ShorthandTree.Index {
      if pending.count > base, case let last = pending[pending.count - 1], tree[last].kind == .scalar,
        tree[last].start == tree[last].end, Int(tree[last].start) >= bytes.count
      {
        pending.removeLast()
      }
      return tree.container(.list, pending[base...], range: open..<end)
    }
    while byte != UInt8(ascii: "]") {
      path.append(.index(pending.count - base))
      let item: ShorthandTree.Index
      do throws(ShorthandFailure) {
        item = try explicitValue()
      } catch {
        var failure = error
        path.removeLast()
        if let child = failure.partial { pending.append(child) }
        failure.partial = partial(upTo: index)
        throw failure
      }
      path.removeLast()
      pending.append(item)
      skipWhitespace()
      if byte != UInt8(ascii: "]") {
        guard byte == UInt8(ascii: ",") else {
          var failure = commaFailure(context: .list(open: open))
          failure.partial = partial(upTo: index)
          throw failure
        }
        index += 1
        skipWhitespace()
      }
    }
    index += 1
    openers.removeLast()
    return tree.container(.list, pending[base...], range: open..<index)
  }

  /// `hash-literal = "{" [key ["@"] "=" value *("," ...)] [","] "}"`; a repeated key overwrites the earlier one.
  mutating func hashLiteral() throws(ShorthandFailure) -> ShorthandTree.Index {
    let open = index
    try checkDepth(at: open)
    index += 1
    skipWhitespace()
    openers.append((UInt8(ascii: "{"), open))
    if recordsEnd { objectKeys.append([]) }
    let base = pending.count
    defer { pending.removeSubrange(base...) }
    while byte != UInt8(ascii: "}") {
      let keyRange = readKey()
      resolvesFiles = false
      skipWhitespace()
      if byte == UInt8(ascii: "@") {
        index += 1
        skipWhitespace()
        resolvesFiles = true
      }
      do throws(ShorthandFailure) {
        try expectEquals(keyRange: keyRange)
      } catch {
        var failure = error
        failure.partial = tree.container(.object, pending[base...], range: open..<index)
        throw failure
      }
      path.append(.key(keyRange))
      let value: ShorthandTree.Index
      do throws(ShorthandFailure) {
        value = try explicitValue()
      } catch {
        var failure = error
        path.removeLast()
        if let child = failure.partial {
          tree.setKey(child, keyRange)
          pending.append(child)
        }
        failure.partial = tree.container(.object, pending[base...], range: open..<index)
        throw failure
      }
      path.removeLast()
      tree.setKey(value, keyRange)
      pending.append(value)
      skipWhitespace()
      if byte != UInt8(ascii: "}") {
        guard byte == UInt8(ascii: ",") else {
          var failure = commaFailure(context: .hash(open: open))
          failure.partial = tree.container(.object, pending[base...], range: open..<index)
          throw failure
        }
        index += 1
        skipWhitespace()
      }
    }
    index += 1
    openers.removeLast()
    if recordsEnd { objectKeys.removeLast() }
    return tree.container(.object, pending[base...], range: open..<index)
  }

  /// A value inside `[...]` or `{...}`: a nested list, a nested object, or a first-position value.
  mutating func explicitValue() throws(ShorthandFailure) -> ShorthandTree.Index {
    switch byte {
    case UInt8(ascii: "["): return try explicitList()
    case UInt8(ascii: "{"): return try hashLiteral()
    default: return try firstValue()
    }
  }

  /// The deepest nesting of `[...]` and `{...}` accepted. The AWS CLI's recursive parser gives up with a
  /// Python `RecursionError` somewhat below 500 levels; this one stops earlier, before its own stack could run
  /// out.
  static let maximumDepth = 200

  func checkDepth(at offset: Int) throws(ShorthandFailure) {
    guard openers.count >= Self.maximumDepth else { return }
    throw ShorthandFailure(
      expected: "",
      actual: "",
      index: offset,
      code: "shorthand.too-deep",
      message: "brackets are nested more than \(Self.maximumDepth) levels deep",
      range: offset..<offset + 1,
      path: currentPath,
      depth: openers.count,
      awsText: "maximum recursion depth exceeded"
    )
  }

  // MARK: - Files

  /// Loads the file a `file://`/`fileb://` value names when `@=` is in force, as the AWS CLI does: at once,
  /// even for a CSV item that backtracking will drop, and a failure stops the member like a syntax error.
  /// `text` is the value's text when it differs from its bytes (`isQuoted`: the bytes inside its quotes).
  mutating func resolvingFile(
    _ text: String?,
    range: Range<Int>,
    isQuoted: Bool
  ) throws(ShorthandFailure) -> ShorthandTree.Index {
    guard resolvesFiles else { return tree.scalar(range, text: text, isQuoted: isQuoted) }
    let value = text ?? (isQuoted ? string(range.lowerBound + 1..<range.upperBound - 1) : string(range))
    let isBinary: Bool
    let path: String
    if value.hasPrefix("file://") {
      isBinary = false
      path = String(value.dropFirst(7))
    } else if value.hasPrefix("fileb://") {
      isBinary = true
      path = String(value.dropFirst(8))
    } else {
      return tree.scalar(range, text: value)
    }
    loadsFiles = true
    let file = ShorthandLoadedFile(reference: value, path: path, isBinary: isBinary, loadedText: nil)
    guard let loader else { return tree.scalar(range, text: value, file: file) }
    let reason: String
    switch loader.load(path) {
    case .success(let bytes):
      if isBinary {
        let encoded = Base64Text.encode(bytes)
        return tree.scalar(range, text: encoded, file: file.loaded(encoded))
      }
      if let text = Self.decodeText(bytes) {
        return tree.scalar(range, text: text, file: file.loaded(text))
      }
      reason =
        "Unable to load paramfile (\(path)), text contents could not be decoded.  If this is a binary file, please "
        + "use the fileb:// prefix instead of the file:// prefix."
    case .failure(let error):
      reason = "Unable to load paramfile \(value): \(error.reason)"
    }
    throw ShorthandFailure(
      expected: "",
      actual: "",
      index: range.upperBound,
      code: "shorthand.file-load",
      message: "can't load \(value): \(reason)",
      range: range,
      path: currentPath,
      depth: openers.count,
      partial: tree.scalar(range, text: value, file: file),
      awsText: reason
    )
  }

  /// UTF-8 text with universal newlines, or nil when the bytes are not UTF-8.
  static func decodeText(_ bytes: [UInt8]) -> String? {
    guard var text = String(validating: bytes, as: UTF8.self) else { return nil }
    if text.unicodeScalars.contains("\r") {
      var scalars = String.UnicodeScalarView()
      var previousWasReturn = false
      for scalar in text.unicodeScalars {
        if scalar == "\n", previousWasReturn {
          previousWasReturn = false
          continue
        }
        previousWasReturn = scalar == "\r"
        scalars.append(scalar == "\r" ? "\n" : scalar)
      }
      text = String(scalars)
    }
    return text
  }

  // MARK: - Failures

  enum CommaContext {
    case top(key: String, valueStart: Int)
    case list(open: Int)
    case hash(open: Int)
  }

  var currentPath: ShorthandPath { shorthandPath(path) }

  /// Steps as a path.
  func shorthandPath(_ steps: ArraySlice<Step>) -> ShorthandPath {
    ShorthandPath(
      steps.map { step in
        switch step {
        case .key(let range): return .key(string(range))
        case .index(let index): return .index(index)
        }
      }
    )
  }

  func shorthandPath(_ steps: [Step]) -> ShorthandPath { shorthandPath(steps[...]) }

  /// 1-based column of an offset on its line, in Unicode scalars.
  func columnNumber(of offset: Int) -> Int {
    let end = min(offset, bytes.count)
    let lineStart = bytes[..<end].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    return bytes[lineStart..<end].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } + 1
  }

  func quoted(_ scalar: Unicode.Scalar) -> String {
    if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
      let hex = String(scalar.value, radix: 16, uppercase: true)
      return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
    return "\"\(scalar)\""
  }

  /// The range of the comma before the end of the input (for trailing-comma errors).
  func trailingCommaRange() -> Range<Int> {
    var position = min(index, bytes.count) - 1
    while position >= 0, bytes[position] != UInt8(ascii: ",") { position -= 1 }
    return position >= 0 ? position..<position + 1 : index..<index
  }

  func failure(expected: String, code: String, message: String, range: Range<Int>? = nil) -> ShorthandFailure {
    let actual = current.map { String($0) } ?? "EOF"
    return ShorthandFailure(
      expected: expected,
      actual: actual,
      index: index,
      code: code,
      message: message,
      range: range ?? (atEnd ? index..<index : index..<index + scalar(at: index).length),
      path: currentPath,
      depth: openers.count
    )
  }

  /// A message for a character that can't appear where it is, when the character itself is the problem.
  func unexpectedCharacterProblem(_ scalar: Unicode.Scalar) -> (code: String, message: String)? {
    if scalar == "'" || scalar == "\"" {
      return (
        "shorthand.unexpected-quote",
        "unexpected \(scalar): quotes can only enclose a whole value; quote all of it, e.g. 'a\(scalar)b'"
      )
    }
    if scalar.value > 0xFFFF {
      return (
        "shorthand.unsupported-character",
        "\(quoted(scalar)) (outside the Basic Multilingual Plane) can't appear in an unquoted value; quote the value"
      )
    }
    if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value), !ShorthandCharacters.isPythonWhitespace(scalar) {
      return (
        "shorthand.unsupported-character", "control character \(quoted(scalar)) can't appear unquoted; quote the value"
      )
    }
    return nil
  }

  func equalsFailure(key: String, keyRange: Range<Int>) -> ShorthandFailure {
    let insideBraces = openers.last?.byte == UInt8(ascii: "{")
    guard let scalar = current else {
      if insideBraces, let open = openers.last {
        let after = key.isEmpty ? "" : ": expected \"=\" after key \"\(key)\""
        return failure(
          expected: "=",
          code: "shorthand.unclosed-brace",
          message: "unclosed \"{\" opened at column \(columnNumber(of: open.offset))\(after)",
          range: open.offset..<open.offset + 1
        )
      }
      if key.isEmpty {
        if bytes.isEmpty {
          return failure(expected: "=", code: "shorthand.empty", message: "expected key=value, found nothing")
        }
        var previous = index - 1
        while previous >= 0, ShorthandCharacters.isSeparatorWhitespace(bytes[previous]) { previous -= 1 }
        if previous >= 0, bytes[previous] == UInt8(ascii: ",") {
          return failure(
            expected: "=",
            code: "shorthand.trailing-comma",
            message: "trailing \",\": remove it or add another key=value",
            range: previous..<previous + 1
          )
        }
      }
      return failure(expected: "=", code: "shorthand.expected-equals", message: "expected \"=\" after key \"\(key)\"")
    }
    if key.isEmpty {
      if keyRange.lowerBound == 0, index > 0, path.isEmpty {
        return failure(
          expected: "=",
          code: "shorthand.leading-whitespace",
          message: "remove the whitespace before the first key",
          range: 0..<index
        )
      }
      if scalar == "'" || scalar == "\"" {
        return failure(
          expected: "=",
          code: "shorthand.quoted-key",
          message: "keys can't be quoted: write key=value, and quote only the value"
        )
      }
      if scalar == "," {
        return failure(
          expected: "=",
          code: "shorthand.expected-key",
          message: "expected a key=value between the commas; remove the extra \",\""
        )
      }
      if insideBraces, scalar == "}" || scalar == "]" {
        return failure(
          expected: "=",
          code: "shorthand.expected-key",
          message: "expected key=value inside {...}, found \(quoted(scalar))"
        )
      }
      return failure(
        expected: "=",
        code: "shorthand.invalid-key-character",
        message: "\(quoted(scalar)) can't start a key; keys hold letters, digits and - _ . # / :"
      )
    }
    if keyRange.upperBound == index, !ShorthandCharacters.isKeyCharacter(scalar), scalar != "}", scalar != "]",
      scalar != ","
    {
      return failure(
        expected: "=",
        code: "shorthand.invalid-key-character",
        message: "\(quoted(scalar)) can't appear in key \"\(key)\"; keys hold letters, digits and - _ . # / :"
      )
    }
    let hint = insideBraces ? " (members inside {...} are written key=value)" : ""
    return failure(
      expected: "=",
      code: "shorthand.expected-equals",
      message: "expected \"=\" after key \"\(key)\", found \(quoted(scalar))\(hint)"
    )
  }

  func commaFailure(context: CommaContext) -> ShorthandFailure {
    switch context {
    case .list(let open):
      guard let scalar = current else {
        return failure(
          expected: ",",
          code: "shorthand.unclosed-bracket",
          message: "unclosed \"[\" opened at column \(columnNumber(of: open)): add the closing \"]\"",
          range: open..<open + 1
        )
      }
      if let problem = unexpectedCharacterProblem(scalar) {
        return failure(expected: ",", code: problem.code, message: problem.message)
      }
      return failure(
        expected: ",",
        code: "shorthand.expected-comma",
        message: "expected \",\" or \"]\" after a list item, found \(quoted(scalar))"
      )
    case .hash(let open):
      guard let scalar = current else {
        return failure(
          expected: ",",
          code: "shorthand.unclosed-brace",
          message: "unclosed \"{\" opened at column \(columnNumber(of: open)): add the closing \"}\"",
          range: open..<open + 1
        )
      }
      if let problem = unexpectedCharacterProblem(scalar) {
        return failure(expected: ",", code: problem.code, message: problem.message)
      }
      return failure(
        expected: ",",
        code: "shorthand.expected-comma",
        message: "expected \",\" or \"}\" after a member, found \(quoted(scalar))"
      )
    case .top(let key, let valueStart):
      guard let scalar = current else {
        return failure(expected: ",", code: "shorthand.expected-comma", message: "expected \",\"")
      }
      if let problem = unexpectedCharacterProblem(scalar) {
        return failure(expected: ",", code: problem.code, message: problem.message)
      }
      if scalar == "=" {
        let emptyValue = index == valueStart
        return failure(
          expected: ",",
          code: "shorthand.unexpected-equals",
          message: emptyValue
            ? "a value can't start with \"=\" unless it is quoted, e.g. \(key)='=…'"
            : "unexpected \"=\" after the value of \"\(key)\"; quote values that contain \"=\""
        )
      }
      if scalar == "]" || scalar == "}" {
        return failure(
          expected: ",",
          code: "shorthand.unmatched-bracket",
          message: "\(quoted(scalar)) closes nothing; remove it or quote the value of \"\(key)\""
        )
      }
      return failure(
        expected: ",",
        code: "shorthand.expected-comma",
        message: "expected \",\" after the value of \"\(key)\", found \(quoted(scalar))"
      )
    }
  }

  /// Replaces every non-overlapping occurrence of `pattern`, left to right (Python's `str.replace`; the
  /// patterns are ASCII, so bytes match where scalars would).
  static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: ArraySlice<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var position = bytes.startIndex
    while position < bytes.endIndex {
      if position + pattern.count <= bytes.endIndex,
        bytes[position..<position + pattern.count].elementsEqual(pattern)
      {
        result.append(contentsOf: replacement)
        position += pattern.count
      } else {
        result.append(bytes[position])
        position += 1
      }
    }
    return result
  }
}
