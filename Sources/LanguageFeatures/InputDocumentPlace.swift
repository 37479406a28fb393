import Shorthand

/// Where a cursor is in a `--cli-input-json` or `--cli-input-yaml` document, read from the text before it (so
/// that a document being typed, which does not parse yet, is read too): the path of keys and list items that
/// leads there, and whether a key or a value is being typed.
struct InputDocumentPlace: Sendable, Hashable {
  /// What is at the cursor.
  enum Role: Sendable, Hashable {
    /// A key of the structure at `path`.
    case key
    /// The value of the member at `path`.
    case value
  }

  /// The keys and list positions from the document's top to the structure whose key is typed, or to the member
  /// whose value is typed (list positions are all 0: only the shape they lead to matters).
  var path: ShorthandPath
  var role: Role
  /// The scalar range of what is typed (a key or a value, its quotes included): what a completion replaces.
  var typed: Range<Int>
  /// Whether what is typed starts with a quote (JSON strings; YAML quoted scalars).
  var isQuoted: Bool

  // MARK: JSON

  /// An object or array open before the cursor.
  private struct Container {
    var isObject: Bool
    /// In an object: the key whose value comes next (after its `:`); nil while a key is expected.
    var key: String?
  }

  /// The place at `offset` in a JSON document.
  static func json(_ scalars: [Unicode.Scalar], at offset: Int) -> InputDocumentPlace? {
    var stack: [Container] = []
    var index = 0
    var lastString: String?
    let end = min(offset, scalars.count)
    while index < end {
      let scalar = scalars[index]
      if scalar == "\"" {
        let start = index
        var text = ""
        index += 1
        while index < scalars.count, scalars[index] != "\"", scalars[index] != "\n" {
          if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
          text.unicodeScalars.append(scalars[index])
          index += 1
        }
        if index >= end {
          // The cursor is inside this string.
          let close = index < scalars.count && scalars[index] == "\"" ? index + 1 : index
          return place(in: stack, range: start..<close, quoted: true)
        }
        lastString = text
        index += 1
        continue
      }
      switch scalar {
      case "{": stack.append(Container(isObject: true))
      case "[": stack.append(Container(isObject: false))
      case "}", "]": if !stack.isEmpty { stack.removeLast() }
      case ":":
        if let last = stack.indices.last, stack[last].isObject { stack[last].key = lastString ?? "" }
      case ",":
        if let last = stack.indices.last, stack[last].isObject { stack[last].key = nil }
      default: break
      }
      if !isBlank(scalar) { lastString = nil }
      index += 1
    }
    // Outside strings: a bare word being typed (a number, `true`, a key before its quote).
    let stops = "{}[]:,\"".unicodeScalars
    var start = end
    while start > 0, !isBlank(scalars[start - 1]), !stops.contains(scalars[start - 1]) { start -= 1 }
    var stop = end
    while stop < scalars.count, !isBlank(scalars[stop]), !stops.contains(scalars[stop]) { stop += 1 }
    return place(in: stack, range: start..<stop, quoted: false)
  }

  /// The place inside the innermost of `stack`.
  private static func place(in stack: [Container], range: Range<Int>, quoted: Bool) -> InputDocumentPlace? {
    guard let innermost = stack.last, stack.first?.isObject == true else { return nil }
    var components: [ShorthandPath.Component] = []
    for container in stack.dropLast() {
      components.append(container.isObject ? .key(container.key ?? "") : .index(0))
    }
    if innermost.isObject {
      if let key = innermost.key {
        return InputDocumentPlace(
          path: ShorthandPath(components + [.key(key)]),
          role: .value,
          typed: range,
          isQuoted: quoted
        )
      }
      return InputDocumentPlace(path: ShorthandPath(components), role: .key, typed: range, isQuoted: quoted)
    }
    return InputDocumentPlace(
      path: ShorthandPath(components + [.index(0)]),
      role: .value,
      typed: range,
      isQuoted: quoted
    )
  }

  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
  }

  // MARK: YAML

  /// The place at `offset` in a YAML document (block style: `key: value` lines, `- ` list items).
  static func yaml(_ scalars: [Unicode.Scalar], at offset: Int) -> InputDocumentPlace? {
    let end = min(offset, scalars.count)
    var lineStart = end
    while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
    var lineEnd = end
    while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
    let current = YAMLLine(Array(scalars[lineStart..<lineEnd]))
    let column = end - lineStart
    var components: [ShorthandPath.Component] = []
    // Ancestors: earlier lines that start left of `limit` (or, for a list item at `limit`, the `key:` above it
    // at the same column, which YAML allows).
    var limit = current.firstColumn ?? column
    var limitIsMarker = current.markers.first == limit
    var line = lineStart
    while line > 0, limit > 0 || limitIsMarker {
      var start = line - 1
      while start > 0, scalars[start - 1] != "\n" { start -= 1 }
      let earlier = YAMLLine(Array(scalars[start..<(line - 1)]))
      line = start
      guard let first = earlier.firstColumn, !earlier.isComment else { continue }
      let opensList = limitIsMarker && earlier.hasEmptyValue && earlier.keyColumn == limit
      guard first < limit || opensList else { continue }
      var found: [ShorthandPath.Component] = []
      for marker in earlier.markers where marker < limit { found.append(.index(0)) }
      if let key = earlier.key, let keyColumn = earlier.keyColumn, keyColumn < limit || opensList,
        earlier.hasEmptyValue
      {
        found.append(.key(key))
      }
      components.insert(contentsOf: found, at: 0)
      limitIsMarker = !opensList && earlier.markers.first == first
      limit = first
    }
    for marker in current.markers where marker < column { components.append(.index(0)) }
    // On the cursor's line: `key: value` with the cursor after the colon, else a key being typed.
    if let key = current.key, let colon = current.colon, column > colon {
      var start = lineStart + colon + 1
      while start < lineEnd, scalars[start] == " " { start += 1 }
      let range = min(start, end)..<max(lineEnd, start)
      let quoted = start < lineEnd && (scalars[start] == "\"" || scalars[start] == "'")
      return InputDocumentPlace(
        path: ShorthandPath(components + [.key(key)]),
        role: .value,
        typed: range,
        isQuoted: quoted
      )
    }
    var start = end
    while start > lineStart, isKeyCharacter(scalars[start - 1]) { start -= 1 }
    var stop = end
    while stop < lineEnd, isKeyCharacter(scalars[stop]) { stop += 1 }
    return InputDocumentPlace(path: ShorthandPath(components), role: .key, typed: start..<stop, isQuoted: false)
  }

  private static func isKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
      || scalar == "." || scalar == "\"" || scalar == "'"
  }
}

/// One line of a block YAML document: its `- ` markers, its `key:` and whether a value follows on the line.
private struct YAMLLine {
  var markers: [Int] = []
  var key: String?
  var keyColumn: Int?
  var colon: Int?
  var hasEmptyValue = false
  var isComment = false
  var firstColumn: Int?

  init(_ scalars: [Unicode.Scalar]) {
    var index = 0
    while index < scalars.count, scalars[index] == " " { index += 1 }
    guard index < scalars.count, scalars[index] != "\r" else { return }
    if scalars[index] == "#" {
      isComment = true
      firstColumn = index
      return
    }
    firstColumn = index
    while index < scalars.count, scalars[index] == "-", index + 1 >= scalars.count || scalars[index + 1] == " " {
      markers.append(index)
      index += 1
      while index < scalars.count, scalars[index] == " " { index += 1 }
    }
    let keyStart = index
    var quote: Unicode.Scalar?
    if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
      quote = scalars[index]
      index += 1
    }
    var name = ""
    while index < scalars.count {
      let scalar = scalars[index]
      if let open = quote {
        if scalar == open {
          index += 1
          break
        }
      } else if scalar == ":" || scalar == " " || scalar == "#" {
        break
      }
      name.unicodeScalars.append(scalar)
      index += 1
    }
    while index < scalars.count, scalars[index] == " " { index += 1 }
    guard index < scalars.count, scalars[index] == ":",
      index + 1 >= scalars.count || scalars[index + 1] == " "
        || scalars[index + 1] == "\r"
    else { return }
    key = name
    keyColumn = keyStart
    colon = index
    var rest = index + 1
    while rest < scalars.count, scalars[rest] == " " || scalars[rest] == "\r" { rest += 1 }
    hasEmptyValue = rest >= scalars.count || scalars[rest] == "#"
  }
}
