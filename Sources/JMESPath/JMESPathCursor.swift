/// Where the end of a partly typed JMESPath expression stands: the path from the data the expression is applied
/// to (the output of an AWS CLI command, for `--query`) down to the value whose keys may come next, and the key
/// being typed. Completion uses it to offer keys; it reads the expression with the same lexer as the syntax check.
///
/// `Reservations[].Instances[0].Sta` stands in `Reservations` → each item → `Instances` → one item, typing `Sta`.
/// Inside a filter (`[?State.Name=='running']`), a multiselect (`[InstanceId, Ta`), a hash (`{id: InstanceId, t: Ta`)
/// or a function's arguments (`sort_by(Reservations[].Instances[], &Lau`), the path starts again where that part
/// is applied.
public struct JMESPathCursor: Sendable, Hashable {
  /// One step down from the data.
  public enum Step: Sendable, Hashable {
    /// A key of an object (`Reservations`).
    case field(String)
    /// Every item of a list (a projection: `[]`, `[*]`, a filter).
    case eachItem
    /// One item of a list (`[0]`).
    case oneItem
  }

  /// The path to the value whose keys may come next; nil when the end is where no key can stand (inside a
  /// literal or string, after a function's result, after a value that is not an object).
  public var path: [Step]?
  /// The part of the key typed so far.
  public var partial: String
  /// Where `partial` starts, in Unicode scalars of the expression.
  public var partialStart: Int

  /// Reads `expression`, taken to end at the cursor.
  public init(_ expression: String) {
    let scalars = Array(expression.unicodeScalars)
    partial = ""
    partialStart = scalars.count
    var tokens: [JMESPathToken]
    do throws(JMESPathSyntax.Problem) {
      tokens = try JMESPathLexer.tokens(of: expression)
    } catch {
      path = nil
      return
    }
    if tokens.last?.kind == .end { tokens.removeLast() }
    if let last = tokens.last, last.kind == .identifier, last.range.upperBound == scalars.count {
      partial = last.text
      partialStart = last.range.lowerBound
      tokens.removeLast()
    }
    path = Self.path(before: tokens)
  }

  /// The key of `expression` that covers `offset` (in Unicode scalars; a plain or quoted key), read with the same
  /// lexer: the cursor at its end (its `partial` is the whole key) and the key's range. Nil when no key is there.
  public static func key(at offset: Int, in expression: String) -> (cursor: JMESPathCursor, range: Range<Int>)? {
    guard let tokens = try? JMESPathLexer.tokens(of: expression),
      let token = tokens.first(where: {
        ($0.kind == .identifier || $0.kind == .quotedIdentifier) && $0.range.contains(offset)
      })
    else { return nil }
    let scalars = Array(expression.unicodeScalars)
    var cursor = JMESPathCursor(String(String.UnicodeScalarView(scalars[..<token.range.lowerBound])))
    guard cursor.partial.isEmpty else { return nil }
    cursor.partial = token.kind == .identifier ? token.text : String(token.text.dropFirst().dropLast())
    cursor.partialStart = token.range.lowerBound
    return (cursor, token.range)
  }

  /// The path that the next key would extend, after `tokens`.
  private static func path(before tokens: [JMESPathToken]) -> [Step]? {
    /// A part of the expression applied to one place: its start, what it has reached, and what closes it.
    struct Frame {
      var base: [Step]?
      var steps: [Step]?
      var closer: JMESPathToken.Kind
      var projectsOnClose: Bool
    }
    var frames = [Frame(base: [], steps: [], closer: .end, projectsOnClose: false)]
    var index = 0
    func top() -> Frame { frames[frames.count - 1] }
    func set(_ steps: [Step]?) { frames[frames.count - 1].steps = steps }
    func append(_ step: Step) { set(top().steps.map { $0 + [step] }) }
    while index < tokens.count {
      let token = tokens[index]
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      switch token.kind {
      case .identifier, .quotedIdentifier:
        if next?.kind == .leftParen {
          // A function: its arguments apply to the current value; its result is unknown.
          frames.append(Frame(base: top().steps, steps: top().steps, closer: .rightParen, projectsOnClose: false))
          index += 2
          continue
        }
        let name = token.kind == .identifier ? token.text : String(token.text.dropFirst().dropLast())
        if top().closer == .rightBrace, next?.kind == .colon {
          break  // A key of the hash being built, not a key of the data.
        }
        append(.field(name))
      case .flatten:
        append(.eachItem)
      case .leftBracket:
        // `[0]`, `[*]`, `[1:3]`: an index, a projection or a slice; anything else starts a multiselect list.
        var end = index + 1
        var isIndex = true
        var isStar = false
        while end < tokens.count, tokens[end].kind != .rightBracket {
          switch tokens[end].kind {
          case .number, .colon: break
          case .star: isStar = true
          default: isIndex = false
          }
          end += 1
        }
        if isIndex && end < tokens.count {
          append(isStar || tokens[index + 1..<end].contains { $0.kind == .colon } ? .eachItem : .oneItem)
          index = end + 1
          continue
        }
        frames.append(Frame(base: top().steps, steps: top().steps, closer: .rightBracket, projectsOnClose: false))
      case .filter:
        let items = top().steps.map { $0 + [.eachItem] }
        frames.append(Frame(base: items, steps: items, closer: .rightBracket, projectsOnClose: true))
      case .leftBrace:
        frames.append(Frame(base: top().steps, steps: top().steps, closer: .rightBrace, projectsOnClose: false))
      case .rightBracket, .rightBrace, .rightParen:
        guard frames.count > 1 else { return nil }
        let closed = frames.removeLast()
        if closed.projectsOnClose {
          set(closed.base)  // What the filter keeps: items of the same list.
        } else {
          set(nil)  // A built list, object or a function's result.
        }
      case .comma, .colon, .or, .and, .not, .comparator:
        set(top().base)
      case .expressionReference:
        // `&key` in sort_by / max_by / min_by …: applied to each item of the list argument.
        set(top().base.map { $0.last == .eachItem ? $0 : $0 + [.eachItem] })
      case .pipe:
        // The right side applies to the left side's result; a projection ends there, leaving its list.
        if top().steps?.last == .eachItem { set(top().steps.map { Array($0.dropLast()) }) }
      case .current:
        set(top().base)
      case .dot, .star:
        if token.kind == .star { append(.eachItem) }
      case .literal, .rawString, .number, .leftParen, .end:
        set(nil)
      }
      index += 1
    }
    return top().steps
  }
}
