import JSON

extension JSONParseError {
  /// jansson's message without the text it quotes (`invalid token near 'TOPSECRET'` → `invalid token`), for
  /// errors in files: a message names where (file, line, column), never what a file holds.
  var messageWithoutQuotedText: String {
    guard let range = message.ranges(of: " near '").last else { return message }
    return String(message[..<range.lowerBound])
  }
}
