/// A syntax error as the scanner raises it, with what could be built before it.
struct ShorthandFailure: Error {
  /// The AWS CLI's `expected` text (`=`, `,`, `<double quoted>`, `<second>`).
  var expected: String
  /// The AWS CLI's `received` text: the character, `EOF` or `<none>`.
  var actual: String
  /// The AWS CLI's caret position.
  var index: Int
  var code: String
  var message: String
  var range: Range<Int>
  var path: ShorthandPath
  /// How many brackets were open where the error happened.
  var depth: Int
  /// The value being built when the error happened (a node of the scanner's tree).
  var partial: ShorthandTree.Index?
  /// The member being built when the error happened: its value, with its key's range set.
  var partialEntry: ShorthandTree.Index?
  /// The AWS CLI's whole message when it is not a syntax error (a file that could not be loaded).
  var awsText: String?
}
