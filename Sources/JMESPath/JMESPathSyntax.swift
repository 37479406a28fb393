/// Checks that a text is a JMESPath expression, as the AWS CLI does before it calls anything (`--query`).
///
/// The grammar is JMESPath's (https://jmespath.org/specification.html), read with the binding powers of the
/// reference implementation the AWS CLI uses, so what it refuses is refused here: a token where none may stand,
/// an unclosed bracket, quote or literal, a character no token starts with. Function names and argument counts
/// are left alone, as the AWS CLI only finds those when it applies the expression.
public enum JMESPathSyntax {
  /// What is wrong and where, in Unicode-scalar offsets of the expression.
  public struct Problem: Error, Sendable, Hashable {
    /// For people.
    public var message: String
    /// The offending characters (empty at the end of the expression).
    public var range: Range<Int>
  }

  /// The first problem of `expression`, or nil when it is a valid JMESPath expression.
  public static func problem(in expression: String) -> Problem? {
    do throws(Problem) {
      var parser = JMESPathParser(tokens: try JMESPathLexer.tokens(of: expression))
      try parser.parseWhole()
      return nil
    } catch {
      return error
    }
  }
}

/// One token of an expression.
struct JMESPathToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case identifier, quotedIdentifier, rawString, literal, number
    case dot, star, rightBracket, comma, colon, current, leftParen, rightParen, leftBrace, rightBrace
    case leftBracket, flatten, filter, pipe, or, and, not, expressionReference, comparator, end
  }

  var kind: Kind
  var range: Range<Int>
  var text: String

  /// How strongly the token binds what is on its left (the reference implementation's table).
  var bindingPower: Int {
    switch kind {
    case .pipe: 1
    case .or: 2
    case .and: 3
    case .comparator: 5
    case .flatten: 9
    case .star: 20
    case .filter: 21
    case .dot: 40
    case .not: 45
    case .leftBrace: 50
    case .leftBracket: 55
    case .leftParen: 60
    default: 0
    }
  }

  /// How the token is named in a message.
  var description: String { kind == .end ? "the end of the expression" : "\"\(text)\"" }
}
