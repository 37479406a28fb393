/// A Pratt parser over JMESPath tokens that only checks the structure (it builds nothing).
struct JMESPathParser {
  let tokens: [JMESPathToken]
  var position = 0

  init(tokens: [JMESPathToken]) {
    self.tokens = tokens
  }

  typealias Problem = JMESPathSyntax.Problem

  var current: JMESPathToken { tokens[min(position, tokens.count - 1)] }
  func lookahead(_ distance: Int) -> JMESPathToken { tokens[min(position + distance, tokens.count - 1)] }
  mutating func advance() { position += 1 }

  func unexpected(_ token: JMESPathToken, expecting: String? = nil) -> Problem {
    let message =
      token.kind == .end
      ? "the expression ends too early" + (expecting.map { "; expected \($0)" } ?? "")
      : "unexpected \(token.description)" + (expecting.map { "; expected \($0)" } ?? "")
    return Problem(message: message, range: token.range)
  }

  mutating func match(_ kind: JMESPathToken.Kind, _ name: String) throws(Problem) {
    guard current.kind == kind else { throw unexpected(current, expecting: name) }
    advance()
  }

  mutating func parseWhole() throws(Problem) {
    try expression(0)
    guard current.kind == .end else { throw unexpected(current) }
  }

  mutating func expression(_ power: Int) throws(Problem) {
    let left = current
    advance()
    try prefix(left)
    while power < current.bindingPower {
      let token = current
      advance()
      try infix(token)
    }
  }

  /// A token that starts an expression.
  mutating func prefix(_ token: JMESPathToken) throws(Problem) {
    switch token.kind {
    case .literal, .identifier, .rawString, .current:
      return
    case .quotedIdentifier:
      if current.kind == .leftParen {
        throw Problem(message: "a function name cannot be quoted", range: token.range)
      }
    case .star:
      if current.kind != .rightBracket { try projectionRight(20) }
    case .filter:
      try infix(token)
    case .leftBrace:
      try multiSelectHash()
    case .leftParen:
      try expression(0)
      try match(.rightParen, "\")\"")
    case .flatten:
      try projectionRight(9)
    case .not:
      try expression(45)
    case .leftBracket:
      if current.kind == .number || current.kind == .colon {
        try indexExpression()
      } else if current.kind == .star, lookahead(1).kind == .rightBracket {
        advance()
        advance()
        try projectionRight(20)
      } else {
        try multiSelectList()
      }
    case .expressionReference:
      try expression(0)
    default:
      throw unexpected(token)
    }
  }

  /// A token that continues an expression on its left.
  mutating func infix(_ token: JMESPathToken) throws(Problem) {
    switch token.kind {
    case .dot:
      if current.kind == .star {
        advance()
        try projectionRight(40)
      } else {
        try dotRight(40)
      }
    case .pipe, .or, .and, .comparator:
      try expression(token.bindingPower)
    case .leftParen:
      let name = tokens[max(0, position - 2)]
      guard name.kind == .identifier else {
        throw Problem(message: "only a name can be called as a function", range: token.range)
      }
      while current.kind != .rightParen {
        try expression(0)
        if current.kind == .comma {
          try match(.comma, "\",\"")
        } else if current.kind != .rightParen {
          throw unexpected(current, expecting: "\",\" or \")\"")
        }
      }
      try match(.rightParen, "\")\"")
    case .filter:
      try expression(0)
      try match(.rightBracket, "\"]\"")
      if current.kind != .flatten { try projectionRight(21) }
    case .flatten:
      try projectionRight(9)
    case .leftBracket:
      if current.kind == .number || current.kind == .colon {
        try indexExpression()
      } else {
        try match(.star, "a number, \":\" or \"*\"")
        try match(.rightBracket, "\"]\"")
        try projectionRight(20)
      }
    default:
      throw unexpected(token)
    }
  }

  mutating func indexExpression() throws(Problem) {
    if current.kind == .colon || lookahead(1).kind == .colon {
      var colons = 0
      while current.kind != .rightBracket {
        if current.kind == .colon {
          colons += 1
          if colons == 3 { throw Problem(message: "a slice has at most three parts", range: current.range) }
          advance()
        } else if current.kind == .number {
          advance()
        } else {
          throw unexpected(current, expecting: "a number, \":\" or \"]\"")
        }
      }
      try match(.rightBracket, "\"]\"")
    } else {
      try match(.number, "a number")
      try match(.rightBracket, "\"]\"")
    }
  }

  mutating func multiSelectList() throws(Problem) {
    while true {
      try expression(0)
      if current.kind == .rightBracket { break }
      try match(.comma, "\",\" or \"]\"")
    }
    try match(.rightBracket, "\"]\"")
  }

  mutating func multiSelectHash() throws(Problem) {
    while true {
      guard current.kind == .identifier || current.kind == .quotedIdentifier else {
        throw unexpected(current, expecting: "a key name")
      }
      advance()
      try match(.colon, "\":\"")
      try expression(0)
      if current.kind == .rightBrace {
        advance()
        break
      }
      try match(.comma, "\",\" or \"}\"")
    }
  }

  mutating func projectionRight(_ power: Int) throws(Problem) {
    if current.bindingPower < 10 { return }
    switch current.kind {
    case .leftBracket, .filter:
      try expression(power)
    case .dot:
      advance()
      try dotRight(power)
    default:
      throw unexpected(current)
    }
  }

  mutating func dotRight(_ power: Int) throws(Problem) {
    switch current.kind {
    case .identifier, .quotedIdentifier, .star:
      try expression(power)
    case .leftBracket:
      advance()
      try multiSelectList()
    case .leftBrace:
      advance()
      try multiSelectHash()
    default:
      throw unexpected(current, expecting: "a name, \"*\", \"[\" or \"{\" after \".\"")
    }
  }
}
