/// A place in a document as editors give it: a line and a column in UTF-16 code units (the Language Server
/// Protocol's default position encoding), both from 0.
public struct TextPosition: Sendable, Hashable, Comparable {
  /// The line, from 0.
  public var line: Int
  /// The column in UTF-16 code units, from 0.
  public var character: Int

  /// Creates a position.
  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
    (lhs.line, lhs.character) < (rhs.line, rhs.character)
  }
}

/// One change an editor sends: the text between two positions is replaced (the whole document when `range` is
/// nil).
public struct TextChange: Sendable, Hashable {
  /// What is replaced, or nil for the whole document.
  public var range: ClosedRange<TextPosition>?
  /// The new text.
  public var text: String

  /// Creates a change.
  public init(range: ClosedRange<TextPosition>?, text: String) {
    self.range = range
    self.text = text
  }
}

/// An open document: its text as Unicode scalars, where its lines start, and conversions between scalar offsets
/// (what argot counts) and line/UTF-16 positions (what editors count).
public struct TextDocument: Sendable {
  /// The document's URI (`file:///home/me/deploy.sh`).
  public var uri: String
  /// The editor's language id (`sh`, `bash`, `zsh`, `json`, `yaml`, …).
  public var languageId: String
  /// The editor's version number, which grows with each change.
  public var version: Int
  /// The text.
  public private(set) var scalars: [Unicode.Scalar]
  /// The scalar offset where each line starts; line 0 starts at 0.
  public private(set) var lineStarts: [Int]

  /// Creates a document.
  public init(uri: String, languageId: String, version: Int, text: String) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    scalars = Array(text.unicodeScalars)
    lineStarts = Self.lineStarts(of: scalars)
  }

  /// The text as a string.
  public var text: String { String(String.UnicodeScalarView(scalars)) }

  /// The text of the scalar range `range`.
  public func text(in range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, scalars.count))
    let upper = max(lower, min(range.upperBound, scalars.count))
    return String(String.UnicodeScalarView(scalars[lower..<upper]))
  }

  /// The file path of a `file://` URI, percent-decoded; nil for other schemes.
  public var path: String? { Self.path(ofURI: uri) }

  /// The folder holding the document, if it is a file.
  public var folder: String? {
    guard let path, let slash = path.lastIndex(of: "/") else { return nil }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Applies the editor's changes, in order.
  public mutating func apply(_ changes: [TextChange], version: Int) {
    for change in changes {
      let replacement = Array(change.text.unicodeScalars)
      if let range = change.range {
        let lower = offset(of: range.lowerBound)
        let upper = max(lower, offset(of: range.upperBound))
        scalars.replaceSubrange(lower..<upper, with: replacement)
      } else {
        scalars = replacement
      }
      lineStarts = Self.lineStarts(of: scalars)
    }
    self.version = version
  }

  // MARK: Positions

  /// The scalar offset of an editor position; a column past the line's end is the line's end, a line past the
  /// last is the document's end.
  public func offset(of position: TextPosition) -> Int {
    guard position.line >= 0 else { return 0 }
    guard position.line < lineStarts.count else { return scalars.count }
    let start = lineStarts[position.line]
    let end = lineEnd(position.line)
    var units = 0
    var offset = start
    while offset < end, units < position.character {
      units += scalars[offset].utf16.count
      offset += 1
    }
    return offset
  }

  /// The editor position of a scalar offset.
  public func position(of offset: Int) -> TextPosition {
    let clamped = max(0, min(offset, scalars.count))
    let line = self.line(containing: clamped)
    var units = 0
    for index in lineStarts[line]..<clamped { units += scalars[index].utf16.count }
    return TextPosition(line: line, character: units)
  }

  /// The line holding the scalar offset `offset`.
  public func line(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The offset of the end of line `line` (before its newline).
  public func lineEnd(_ line: Int) -> Int {
    let next = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : scalars.count
    return max(lineStarts[line], next)
  }

  static func lineStarts(of scalars: [Unicode.Scalar]) -> [Int] {
    var starts = [0]
    for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
    return starts
  }

  /// The path of a `file://` URI.
  public static func path(ofURI uri: String) -> String? {
    guard uri.hasPrefix("file://") else { return nil }
    var rest = Substring(uri.dropFirst("file://".count))
    // `file://host/path`: only the local host (empty or `localhost`) is a path here.
    if !rest.hasPrefix("/") {
      guard let slash = rest.firstIndex(of: "/") else { return nil }
      rest = rest[slash...]
    }
    var bytes: [UInt8] = []
    var iterator = Array(rest.utf8).makeIterator()
    while let byte = iterator.next() {
      if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
        let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
