import Invocation

/// What the prompt starts from: the words of a partial `aws` command, typed as arguments or as a shell line.
///
/// The AWS CLI's `--cli-auto-prompt` (and `--no-cli-auto-prompt`) is dropped wherever it appears, so a line
/// typed for AWS CLI v2's auto-prompt opens this prompt pre-filled.
public struct PromptStart: Sendable, Hashable {
  /// The words after `aws`.
  public var words: [String]

  /// The arguments of `argot prompt` (`aws directconnect create-bgp-peer --asn 1`); a leading `aws` is optional.
  public init(arguments: [String]) {
    var words = arguments.filter { $0 != "--cli-auto-prompt" && $0 != "--no-cli-auto-prompt" }
    if words.first == "aws" { words.removeFirst() }
    self.words = words
  }

  /// The words of a shell line, as the shell would split them.
  public init(line: String) {
    self.init(arguments: CommandLineWords(line).arguments)
  }
}
