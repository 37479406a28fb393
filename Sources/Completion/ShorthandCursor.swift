import Botocore

/// Where the cursor is inside a shorthand value, read from the value's text up to the cursor against the model.
///
/// A small scanner for this one question rather than the full `ShorthandParser`: the text ends mid-way (at the
/// cursor) by nature, and what matters is the chain of open structures and lists and the key or value being
/// typed, which the scanner keeps as a stack. It follows the AWS CLI's grammar: `key=value` pairs separated by
/// `,`, `{…}` structures, `[…]` lists, quoted values, and a bare `a,b` list after `key=`.
struct ShorthandCursor {
  /// What the cursor is in.
  enum Position {
    /// A key of a structure or map (`shape`), typed from `start`; `used` are the keys the structure already has.
    case key(shape: Shape?, start: Int, used: [String])
    /// The value of `member` (whose shape is `shape`), typed from `start`.
    case value(shape: Shape?, start: Int)
    /// Past a closing bracket or inside a quoted value: nothing to offer.
    case none
  }

  private enum Frame {
    case object(shape: Shape?, used: [String])
    case list(member: Shape?)
  }

  private enum State {
    /// Reading a key that started at `start`.
    case key(start: Int)
    /// Reading a scalar value that started at `start`, for a member of shape `shape`.
    case value(shape: Shape?, start: Int)
    /// After a closing bracket: waiting for `,` or the end.
    case closed
  }

  /// The position at the end of `text` (the cursor), when the value's top is `root`.
  static func position(in text: [Unicode.Scalar], root: Shape, model: ServiceModel) -> Position {
    var frames: [Frame] = [.object(shape: root, used: [])]
    var state = State.key(start: 0)
    var index = 0

    func member(_ key: String, of shape: Shape?) -> Shape? {
      guard let shape else { return nil }
      switch shape.type {
      case .structure: return shape.member(named: key).flatMap { model.shape(for: $0.reference) }
      case .map: return shape.value.flatMap(model.shape(for:))
      default: return nil
      }
    }
    func listMember(_ shape: Shape?) -> Shape? { shape?.member.flatMap(model.shape(for:)) }

    /// Opens what a value of `shape` starting at `index` opens, if it starts with a bracket.
    func startValue(_ shape: Shape?, at position: Int) -> Bool {
      guard position < text.count else { return false }
      if text[position] == "{" {
        frames.append(.object(shape: shape, used: []))
        state = .key(start: position + 1)
        index = position + 1
        return true
      }
      if text[position] == "[" {
        frames.append(.list(member: listMember(shape)))
        state = .value(shape: listMember(shape), start: position + 1)
        index = position + 1
        if index < text.count, text[index] == "{" || text[index] == "[" {
          _ = startValue(listMember(shape), at: index)
        }
        return true
      }
      return false
    }

    // After a value (or inside one, outside quotes): `,` starts the next list item or key, `}` / `]` closes the
    // innermost structure or list. Returns false when the outermost one closes (the cursor is past the value).
    func afterValue(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar {
      case ",":
        if case .list(let member) = frames[frames.count - 1] {
          state = .value(shape: member, start: index + 1)
          index += 1
          if index < text.count { _ = startValue(member, at: index) }
        } else {
          state = .key(start: index + 1)
          index += 1
        }
      case "}", "]":
        frames.removeLast()
        if frames.isEmpty { return false }
        state = .closed
        index += 1
      default:
        index += 1
      }
      return true
    }

    while index < text.count {
      let scalar = text[index]
      switch state {
      case .key(let start):
        if scalar == "=" || (scalar == "@" && index + 1 < text.count && text[index + 1] == "=") {
          let key = String(String.UnicodeScalarView(text[start..<index])).trimmingBlanks
          var parent: Shape?
          if case .object(let shape, var used) = frames[frames.count - 1] {
            parent = shape
            used.append(key)
            frames[frames.count - 1] = .object(shape: shape, used: used)
          }
          let shape = member(key, of: parent)
          index += scalar == "@" ? 2 : 1
          state = .value(shape: shape, start: index)
          _ = startValue(shape, at: index)
          continue
        }
        if scalar == "}" {
          frames.removeLast()
          if frames.isEmpty { return .none }
          state = .closed
        } else if scalar == "," {
          state = .key(start: index + 1)
        }
        index += 1
      case .value(let shape, let start):
        if scalar == "\"" || scalar == "'" {
          guard let close = text[(index + 1)...].firstIndex(of: scalar) else { return .none }
          index = close + 1
          continue
        }
        if scalar == "\\" {
          index += 2
          continue
        }
        if index == start, startValue(shape, at: index) { continue }
        if !afterValue(scalar) { return .none }
      case .closed:
        if !afterValue(scalar) { return .none }
      }
    }
    switch state {
    case .key(let start):
      guard case .object(let shape, let used) = frames[frames.count - 1] else { return .none }
      var from = start
      while from < text.count, text[from] == " " { from += 1 }
      return .key(shape: shape, start: from, used: used)
    case .value(let shape, let start):
      return .value(shape: shape, start: start)
    case .closed:
      return .none
    }
  }
}

extension String {
  /// Without leading and trailing blanks.
  var trimmingBlanks: String {
    var scalars = Substring(self).unicodeScalars[...]
    while let first = scalars.first, first == " " { scalars.removeFirst() }
    while let last = scalars.last, last == " " { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
