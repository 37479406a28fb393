import Testing

@testable import DocumentationText

/// The one markup reader in its two dialects: forgiving HTML for help pages and schema documents, strict XML for
/// the first sentence of skeleton comments.
@Suite struct MarkupReaderTests {
  private func tokens(_ markup: String, _ dialect: MarkupReader.Dialect) -> (tokens: [MarkupReader.Token], failed: Bool)
  {
    var reader = MarkupReader(markup, dialect: dialect)
    var tokens: [MarkupReader.Token] = []
    while let token = reader.next() { tokens.append(token) }
    return (tokens, reader.failed)
  }

  @Test func htmlLowerCasesNamesAndSkipsAttributesCommentsAndDoctypes() {
    let read = tokens("<!DOCTYPE x><P class='a>b'>x &amp;&nbsp;y<!-- c --></p><br/>", .html)
    #expect(!read.failed)
    #expect(
      read.tokens == [
        .startTag("p", attributes: [], selfClosing: false), .text("x &\u{00A0}y"), .endTag("p"),
        .startTag("br", attributes: [], selfClosing: true),
      ]
    )
  }

  @Test func htmlKeepsWhatIsNotMarkupAsText() {
    let read = tokens("a < b &bogus; &#xZZ; <1a> <p", .html)
    #expect(!read.failed)
    #expect(read.tokens == [.text("a "), .text("< b &bogus; &#xZZ; "), .text("<1a> "), .text("<p")])
  }

  @Test func htmlReadsNonASCIILettersInNames() {
    #expect(
      tokens("<Ünï>é</ÜNÏ>", .html).tokens == [
        .startTag("ünï", attributes: [], selfClosing: false), .text("é"), .endTag("ünï"),
      ]
    )
  }

  @Test func xmlGivesAttributesAndDecodesOnlyItsOwnReferences() {
    let read = tokens("<a:b xmlns:a=\"urn:&amp;\" c='1'>x&lt;&#x41;\r\ny<![CDATA[z]]><?pi d?></a:b>", .xml)
    #expect(!read.failed)
    #expect(
      read.tokens == [
        .startTag(
          "a:b",
          attributes: [.init(name: "xmlns:a", value: "urn:&"), .init(name: "c", value: "1")],
          selfClosing: false
        ),
        .text("x<A\ny"), .endTag("a:b"),
      ]
    )
  }

  @Test(arguments: [
    "a &nbsp; b", "x]]>y", "<p a=1>", "<p a='1' a='2'>", "<!DOCTYPE x>", "<?xml v?>", "a\u{1}b", "<1a>",
  ])
  func xmlStopsAtTheFirstError(markup: String) {
    #expect(tokens(markup, .xml).failed)
  }
}
