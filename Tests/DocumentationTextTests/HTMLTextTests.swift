import DocumentationText
import Testing

@Suite struct HTMLTextTests {
  @Test func paragraphsAreSeparatedByBlankLines() {
    let html = "<p>Creates a BGP peer.</p> <p>You must create a BGP peer\n   for the address family.</p>"
    #expect(HTMLText.plainText(html) == "Creates a BGP peer.\n\nYou must create a BGP peer for the address family.")
  }

  @Test func inlineMarkupKeepsOnlyItsText() {
    let html =
      #"<p>Call <code>AllocateHostedConnection</code>, see <a href="https://x.example/y">the guide</a> "#
      + "and <i>this</i> <b>now</b>.</p>"
    #expect(HTMLText.plainText(html) == "Call AllocateHostedConnection, see the guide and this now.")
  }

  @Test func listsBecomeDashItems() {
    let html = """
      <p>The possible values:</p> <ul> <li> <p> <code>requested</code>: The initial state.</p> </li> \
      <li> <p> <code>pending</code>: Being initialized.</p> </li> </ul> <p>After.</p>
      """
    #expect(
      HTMLText.plainText(html) == """
        The possible values:

        - requested: The initial state.
        - pending: Being initialized.

        After.
        """
    )
  }

  @Test func orderedAndNestedLists() {
    let html = "<ol><li>One<ul><li>inner a</li><li>inner b</li></ul></li><li>Two</li></ol>"
    #expect(
      HTMLText.plainText(html) == """
        1. One
           - inner a
           - inner b
        2. Two
        """
    )
  }

  @Test func listItemsWrapUnderTheirText() {
    let html = "<ul><li>alpha beta gamma delta epsilon zeta eta theta iota kappa</li></ul>"
    #expect(
      HTMLText.lines(html, width: 24) == [
        "- alpha beta gamma delta", "  epsilon zeta eta theta", "  iota kappa",
      ]
    )
  }

  @Test func entitiesNamedAndNumeric() {
    let html = "<p>A &amp; B &lt;tag&gt; &quot;q&quot; it&#39;s &#x2019; &nbsp;x &mdash; &bogus; & done</p>"
    #expect(HTMLText.plainText(html) == "A & B <tag> \"q\" it's \u{2019} x \u{2014} &bogus; & done")
  }

  @Test func notesAndImportantGetALabel() {
    let html = "<p>Intro.</p><note><p>Intended for partners only.</p></note><important><p>Careful.</p></important>"
    #expect(
      HTMLText.plainText(html) == """
        Intro.

        Note:
          Intended for partners only.

        Important:
          Careful.
        """
    )
  }

  @Test func lineBreaksAndPreformattedText() {
    let html = "<p>first<br/>second <br> third</p><pre>{\n  \"a\": 1\n}</pre>"
    #expect(HTMLText.plainText(html) == "first\nsecond\nthird\n\n{\n  \"a\": 1\n}")
  }

  @Test func wrapsAtTheWidth() {
    let html = "<p>The authentication key for BGP configuration. This string has a minimum length of 6.</p>"
    let lines = HTMLText.lines(html, width: 40)
    #expect(lines == ["The authentication key for BGP", "configuration. This string has a minimum", "length of 6."])
    #expect(lines.allSatisfy { $0.count <= 40 })
  }

  @Test func brokenMarkupNeverFails() {
    #expect(HTMLText.plainText("<p>unclosed <b>bold") == "unclosed bold")
    #expect(HTMLText.plainText("a < b and c > d</p></ul>") == "a < b and c > d")
    #expect(HTMLText.plainText("<!-- hidden --><p>shown</p>") == "shown")
    #expect(HTMLText.plainText("") == "")
    #expect(HTMLText.plainText("   ") == "")
  }

  @Test func plainTextWrapKeepsParagraphsAndItems() {
    let text = "First paragraph\ncontinues here.\n\n- one\n- two\n\nLast."
    #expect(HTMLText.wrap(text) == ["First paragraph continues here.", "", "- one", "- two", "", "Last."])
  }

  @Test(arguments: [
    ("<p>The address family for the BGP peer.</p>", "The address family for the BGP peer."),
    ("<p>The state of the BGP peer. The following are the possible values:</p>", "The state of the BGP peer."),
    ("<p>The following are the possible values: a, b.</p>", "The following are the possible values."),
    ("<p>Use <code>asnLong</code> instead</p>", "Use asnLong instead."),
    ("<p>A &amp; B.</p>", "A & B."),
    ("", ""),
    ("<p> </p>", ""),
    ("line one\nline two. more", "line one line two."),
    ("<p>Unclosed &nbsp; entity.</p>", "<p>Unclosed &nbsp; entity."),
    ("<p>Unbalanced <b>bold.</p>", "<p>Unbalanced <b>bold."),
  ])
  func firstSentence(html: String, expected: String) {
    #expect(HTMLText.firstSentence(html) == expected)
  }
}
