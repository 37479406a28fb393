/// One line of text being edited, with a cursor, and the Emacs-style keys readline users expect.
///
/// Positions count Unicode scalars, as the rest of argot does.
public struct LineEditor: Sendable, Hashable {
  /// The text.
  public private(set) var scalars: [Unicode.Scalar]
  /// The cursor: the number of scalars before it.
  public private(set) var cursor: Int

  /// An editor holding `text` with the cursor at its end.
  public init(_ text: String = "") {
    scalars = Array(text.unicodeScalars)
    cursor = scalars.count
  }

  /// The text.
  public var text: String {
    get { String(String.UnicodeScalarView(scalars)) }
    set {
      scalars = Array(newValue.unicodeScalars)
      cursor = scalars.count
    }
  }

  /// The text before the cursor.
  public var textBeforeCursor: String { String(String.UnicodeScalarView(scalars[..<cursor])) }

  /// Whether there is no text.
  public var isEmpty: Bool { scalars.isEmpty }

  /// Inserts text at the cursor and moves the cursor after it.
  public mutating func insert(_ text: String) {
    let new = Array(text.unicodeScalars)
    scalars.insert(contentsOf: new, at: cursor)
    cursor += new.count
  }

  /// Replaces `range` (scalar offsets, clamped to the text) with `text`; the cursor goes after the new text.
  public mutating func replace(_ range: Range<Int>, with text: String) {
    let lower = max(0, min(range.lowerBound, scalars.count))
    let upper = max(lower, min(range.upperBound, scalars.count))
    let new = Array(text.unicodeScalars)
    scalars.replaceSubrange(lower..<upper, with: new)
    cursor = lower + new.count
  }

  /// Applies an editing key; returns false for keys that don't edit or move (Enter, Tab, arrows up and down, …).
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let scalar):
      scalars.insert(scalar, at: cursor)
      cursor += 1
    case .backspace, .control("h"):
      guard cursor > 0 else { return true }
      scalars.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .control("d"):
      guard cursor < scalars.count else { return key == .delete }
      scalars.remove(at: cursor)
    case .left, .control("b"):
      cursor = max(0, cursor - 1)
    case .right, .control("f"):
      cursor = min(scalars.count, cursor + 1)
    case .home, .control("a"):
      cursor = 0
    case .end, .control("e"):
      cursor = scalars.count
    case .control("k"):
      scalars.removeSubrange(cursor...)
    case .control("u"):
      scalars.removeSubrange(..<cursor)
      cursor = 0
    case .control("w"):
      let start = wordStart(before: cursor, blankOnly: true)
      scalars.removeSubrange(start..<cursor)
      cursor = start
    case .alt("\u{7f}"):
      let start = wordStart(before: cursor, blankOnly: false)
      scalars.removeSubrange(start..<cursor)
      cursor = start
    case .alt("b"):
      cursor = wordStart(before: cursor, blankOnly: false)
    case .alt("f"):
      cursor = wordEnd(after: cursor)
    default:
      return false
    }
    return true
  }

  /// Where the word before `position` starts: after the last blank (Ctrl-W), or after the last non-alphanumeric
  /// character (Alt-Backspace, Alt-B), skipping separators right before `position`.
  private func wordStart(before position: Int, blankOnly: Bool) -> Int {
    func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
      blankOnly ? scalar == " " || scalar == "\t" : !isWordCharacter(scalar)
    }
    var index = position
    while index > 0, isSeparator(scalars[index - 1]) { index -= 1 }
    while index > 0, !isSeparator(scalars[index - 1]) { index -= 1 }
    return index
  }

  private func wordEnd(after position: Int) -> Int {
    var index = position
    while index < scalars.count, !isWordCharacter(scalars[index]) { index += 1 }
    while index < scalars.count, isWordCharacter(scalars[index]) { index += 1 }
    return index
  }

  private func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }
}
