/// Splits a JMESPath expression into tokens.
enum JMESPathLexer {
  static func tokens(of expression: String) throws(JMESPathSyntax.Problem) -> [JMESPathToken] {
    let scalars = Array(expression.unicodeScalars)
    var tokens: [JMESPathToken] = []
    var index = 0
    func add(_ kind: JMESPathToken.Kind, _ start: Int, _ end: Int) {
      tokens.append(
        JMESPathToken(kind: kind, range: start..<end, text: String(String.UnicodeScalarView(scalars[start..<end])))
      )
    }
    func next(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
    while index < scalars.count {
      let start = index
      let scalar = scalars[index]
      switch scalar {
      case " ", "\t", "\n", "\r":
        index += 1
      case ".": add(.dot, start, start + 1); index += 1
      case "*": add(.star, start, start + 1); index += 1
      case "]": add(.rightBracket, start, start + 1); index += 1
      case ",": add(.comma, start, start + 1); index += 1
      case ":": add(.colon, start, start + 1); index += 1
      case "@": add(.current, start, start + 1); index += 1
      case "(": add(.leftParen, start, start + 1); index += 1
      case ")": add(.rightParen, start, start + 1); index += 1
      case "{": add(.leftBrace, start, start + 1); index += 1
      case "}": add(.rightBrace, start, start + 1); index += 1
      case "[":
        if next(1) == "]" {
          add(.flatten, start, start + 2); index += 2
        } else if next(1) == "?" {
          add(.filter, start, start + 2); index += 2
        } else {
          add(.leftBracket, start, start + 1); index += 1
        }
      case "|":
        let double = next(1) == "|"
        add(double ? .or : .pipe, start, start + (double ? 2 : 1)); index += double ? 2 : 1
      case "&":
        let double = next(1) == "&"
        add(double ? .and : .expressionReference, start, start + (double ? 2 : 1)); index += double ? 2 : 1
      case "<", ">":
        let withEquals = next(1) == "="
        add(.comparator, start, start + (withEquals ? 2 : 1)); index += withEquals ? 2 : 1
      case "!":
        let withEquals = next(1) == "="
        add(withEquals ? .comparator : .not, start, start + (withEquals ? 2 : 1)); index += withEquals ? 2 : 1
      case "=":
        guard next(1) == "=" else {
          throw JMESPathSyntax.Problem(
            message: "\"=\" is not an operator; use \"==\" to compare",
            range: start..<start + 1
          )
        }
        add(.comparator, start, start + 2); index += 2
      case "\"", "'", "`":
        index += 1
        var closed = false
        while index < scalars.count {
          if scalars[index] == "\\", index + 1 < scalars.count {
            index += 2
            continue
          }
          if scalars[index] == scalar {
            closed = true
            index += 1
            break
          }
          index += 1
        }
        guard closed else {
          let what = scalar == "`" ? "literal" : scalar == "'" ? "raw string" : "quoted identifier"
          throw JMESPathSyntax.Problem(message: "unclosed \(what): no closing \(scalar)", range: start..<scalars.count)
        }
        add(scalar == "\"" ? .quotedIdentifier : scalar == "'" ? .rawString : .literal, start, index)
      case "-", "0"..."9":
        index += 1
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index - start > 1 || scalar != "-" else {
          throw JMESPathSyntax.Problem(message: "\"-\" must start a number", range: start..<start + 1)
        }
        add(.number, start, index)
      case "a"..."z", "A"..."Z", "_":
        index += 1
        while index < scalars.count, Self.isIdentifierPart(scalars[index]) { index += 1 }
        add(.identifier, start, index)
      default:
        throw JMESPathSyntax.Problem(message: "unexpected character \"\(scalar)\"", range: start..<start + 1)
      }
    }
    add(.end, scalars.count, scalars.count)
    return tokens
  }

  static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
  }
}
