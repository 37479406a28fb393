import ShellScript

/// What the prompt starts from: the words of a partial `aws` command, typed as arguments or as a shell line.
///
/// The AWS CLI's `--cli-auto-prompt` (and `--no-cli-auto-prompt`) is dropped wherever it appears, so a line
/// typed for AWS CLI v2's auto-prompt opens this prompt pre-filled. Variable assignments before `aws`
/// (`AWS_PROFILE=prod aws ec2 …`) are kept in front of the finished command.
public struct PromptStart: Sendable, Hashable {
  /// The words after `aws`.
  public var words: [String]
  /// `NAME=value` words before `aws`.
  public var assignments: [String]
  /// For a line, the text before and after the `aws` command (`cd x && `, ` | jq .`), kept around the result.
  public var before = ""
  public var after = ""

  /// The arguments of `argot prompt` (`aws directconnect create-bgp-peer --asn 1`); a leading `aws` is optional.
  public init(arguments: [String]) {
    var words = arguments.filter { $0 != "--cli-auto-prompt" && $0 != "--no-cli-auto-prompt" }
    let leading = words.prefix(while: Self.isAssignment)
    if words.dropFirst(leading.count).first == "aws" {
      assignments = Array(leading)
      words.removeFirst(leading.count + 1)
    } else {
      assignments = []
    }
    self.words = words
  }

  /// The words of the `aws` command in a shell line (see `CommandSpan`), as the shell would split them.
  public init(line: String) {
    let span = CommandSpan(line: line)
    self.init(arguments: ShellCommandLine(span.command).arguments)
    before = span.before
    after = span.after
  }

  /// `NAME=value`, with NAME a shell variable name.
  static func isAssignment(_ word: String) -> Bool {
    guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return false }
    let name = word[..<equals].unicodeScalars
    guard let first = name.first, first == "_" || ("A"..."Z").contains(first) || ("a"..."z").contains(first)
    else { return false }
    return name.allSatisfy {
      $0 == "_" || ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
    }
  }
}
