/// Something the shell does to a word that its writer may not expect, found where the word is read.
///
/// Facts are not problems by themselves: `{a,b}` is often meant. Later checks decide what to report (a
/// shorthand value such as `Tags=[{Key=Name,Value=x}]` that bash turns into two words).
public struct WordFact: Sendable, Hashable {
  /// What the shell does.
  public enum Kind: String, Sendable, Hashable {
    /// bash and zsh brace expansion: an unquoted `{…,…}` (or a sequence `{1..3}`) makes one word per item.
    case braceExpansion
    /// Pathname expansion: an unquoted `*`, `?` or `[…]` is a pattern, replaced by the files it matches.
    case glob
  }

  /// What the shell does.
  public var kind: Kind
  /// The characters of the word's `text` (scalar offsets inside the word) it applies to: the braces and what is
  /// between them, or the glob character or bracket expression.
  public var range: Range<Int>

  /// Creates a fact.
  public init(_ kind: Kind, range: Range<Int>) {
    self.kind = kind
    self.range = range
  }
}
