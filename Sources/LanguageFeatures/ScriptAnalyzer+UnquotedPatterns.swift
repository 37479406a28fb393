import Invocation
import ShellScript

extension ScriptAnalyzer {
  /// The code of a warning on an unquoted word that bash brace-expands into several words.
  static let braceExpansionCode = "brace-expansion"
  /// The code of a warning on an unquoted glob pattern in an option's value.
  static let globCode = "unquoted-glob"

  /// Warnings on the words of an `aws` command that bash changes before the AWS CLI sees them (the lexer's
  /// `WordFact`s): an unquoted `{…,…}` always becomes several words (`Tags=[{Key=a,Value=b}]` becomes
  /// `Tags=[Key=a]` and `Tags=[Value=b]`); an unquoted `*`, `?` or `[…]` in an option's value is replaced by the
  /// files it matches when some do (`--filters Name=x,Values=*`). A glob in a URL (`s3://bucket/*`) matches no
  /// local file, and the paths given to the CLI's own commands (`aws s3 cp *.txt …`) are meant as globs: neither
  /// is reported. Assignments before the program are not brace-expanded by bash and are not program words.
  func shellExpansionWarnings(of read: ScriptInvocation) -> [EditorDiagnostic] {
    let valueWords = Set(read.invocation.options.flatMap(\.valueWords))
    var result: [EditorDiagnostic] = []
    for (index, word) in read.words.enumerated().dropFirst() where !word.facts.isEmpty {
      if let brace = word.facts.first(where: { $0.kind == .braceExpansion }) {
        result.append(
          EditorDiagnostic(
            range: word.lineRange(of: brace.range) ?? word.range,
            severity: .warning,
            code: Self.braceExpansionCode,
            message: "bash brace-expands the unquoted \"\(Self.characters(brace.range, of: word.text))\": the AWS CLI "
              + "gets one word per item instead of this word; quote it to pass it as written"
          )
        )
        continue
      }
      guard valueWords.contains(index), !word.text.contains("://"),
        let glob = word.facts.first(where: { $0.kind == .glob })
      else { continue }
      result.append(
        EditorDiagnostic(
          range: word.lineRange(of: glob.range) ?? word.range,
          severity: .warning,
          code: Self.globCode,
          message: "\"\(Self.characters(glob.range, of: word.text))\" is an unquoted glob: bash replaces the word "
            + "by the files it matches when some do; quote it to pass it as written"
        )
      )
    }
    return result
  }

  /// The characters `range` of `text`.
  static func characters(_ range: Range<Int>, of text: String) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
  }

  /// "Quote it": the word under the cursor, when one of the warnings above is on it, written in single quotes
  /// (double quotes when it has a single quote or an expansion, which stays expanded).
  func quoteFix(_ place: CommandPlace) -> EditorAction? {
    let word = place.read.words[place.word]
    let codes: Set<String> = [Self.braceExpansionCode, Self.globCode]
    let warned = shellExpansionWarnings(of: place.read).contains { diagnostic in
      codes.contains(diagnostic.code) && word.range.contains(diagnostic.range.lowerBound)
    }
    guard warned, let quoted = Self.quoted(word) else { return nil }
    return EditorAction(
      kind: "quickfix",
      title: "Quote it",
      edits: [TextEditRange(range: word.range, newText: quoted)],
      isPreferred: true
    )
  }

  /// The word in quotes that keep its value: its text in single quotes, or in double quotes when it has a
  /// single quote (then `"`, `\`, `$` and `` ` `` are escaped) or an expansion (written as it was, when it was
  /// not quoted at all); nil for a partly quoted word with an expansion.
  static func quoted(_ word: ShellWord) -> String? {
    if word.hasExpansion {
      // Unquoted, the text is what is written; inside double quotes the expansions still expand.
      guard !word.isQuoted, !word.text.contains("\"") else { return nil }
      return "\"" + word.text + "\""
    }
    guard word.text.contains("'") else { return "'" + word.text + "'" }
    var escaped = ""
    for character in word.text {
      if "\"\\$`".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return "\"" + escaped + "\""
  }
}
