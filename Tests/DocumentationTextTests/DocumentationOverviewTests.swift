import DocumentationText
import FileSystem
import JSON
import Testing

/// The first-sentence rule of YAML comments, against the AWS CLI v2's own function (`get_shape_doc_overview`),
/// whose results for these inputs were recorded once.
@Suite struct DocumentationOverviewTests {
  static let vectors: [(String, String)] = [
    ("", ""),
    ("<p>The ID of the virtual interface.</p>", "The ID of the virtual interface."),
    ("<p>Valid values: <code>a</code> | <code>b</code></p>", "Valid values."),
    ("No markup at all", "No markup at all."),
    ("Plain text. Second sentence.", "Plain text."),
    ("<p>Line one\nline two. Rest</p>", "Line one line two."),
    ("a\u{2028}b.", "a b."),
    ("<p>Version 1.2 is out</p>", "Version 1."),
    ("<p>Tom &amp; Jerry &lt;3 &#65;&#x42;.</p>", "Tom & Jerry <3 AB."),
    ("<p>Use &nbsp; here. More</p>", "<p>Use &nbsp; here."),
    ("Raw bytes<br>unclosed. Second", "Raw bytes<br>unclosed."),
    ("<p a=\"1\" a=\"2\">dup.</p>", "<p a=\"1\" a=\"2\">dup."),
    ("<a:b>unbound. x</a:b>", "<a."),
    ("<a:b xmlns:a=\"urn:x\">bound. x</a:b>", "bound."),
    ("x<![CDATA[hidden]]>y. z", "xy."),
    ("x<!-- note. -->y: z", "xy."),
    ("x<?pi data?>y", "xy."),
    ("x]]>y", "x]]>y."),
    ("a & b. c", "a & b."),
    ("cr\r\nlf. x", "cr lf."),
    ("cr\rlone", "cr lone."),
    ("<p>...</p>", ""),
    ("<p>:</p>", ""),
    ("  spaces first. x", "  spaces first."),
    ("<p>  </p>", "  ."),
    ("<b>Note:</b> something", "Note."),
    ("tab\there", "tab\there."),
    ("caf\u{e9} <i>cr\u{e8}me</i>. x", "caf\u{e9} cr\u{e8}me."),
    ("<p>emoji \u{1f600}.</p>", "emoji \u{1f600}."),
    ("<p xml:lang=\"en\">Hello. x</p>", "Hello."),
    ("<ul><li>one</li><li>two</li></ul>", "onetwo."),
    ("<p>a</P>", "<p>a</P>."),
    ("&#0;", "&#0;."),
    ("<p>x</p >", "x."),
    ("x\u{1}y", "x\u{1}y."),
    ("<p/><p>after</p>", "after."),
    ("<p a='1' b = \"2\">attrs</p>", "attrs."),
    ("<p a=1>bad</p>", "<p a=1>bad</p>."),
    ("<?xml version=\"1.0\"?>x", "<?xml version=\"1."),
    ("<!DOCTYPE x>y", "<!DOCTYPE x>y."),
    ("<!-- a -- b -->c", "<!-- a -- b -->c."),
    ("<p>x &#xD800; y</p>", "<p>x &#xD800; y</p>."),
    ("&#x10FFFF;.", "\u{10ffff}."),
    ("<p xmlns:a=\"\">undeclare</p>", "<p xmlns."),
    ("<1a>x</1a>", "<1a>x</1a>."),
    ("<p>&amp</p>", "<p>&amp</p>."),
  ]

  @Test(arguments: vectors) func firstSentence(documentation: String, expected: String) {
    #expect(DocumentationOverview.of(documentation) == expected)
  }

  /// Local sweep: `ARGOT_OVERVIEW_VECTORS=file.json` holds an object from documentation to the AWS CLI v2's
  /// overview, e.g. every documentation string of every model.
  @Test func vectorsFromTheEnvironment() throws {
    guard let path = FileSystem.environment("ARGOT_OVERVIEW_VECTORS") else { return }
    let text = try FileSystem.readText(path)
    let object = try #require(try JSONValue(parsing: text).objectValue)
    var failures: [String] = []
    for (documentation, expected) in object where DocumentationOverview.of(documentation) != expected.stringValue {
      failures.append(
        "\(documentation.prefix(200).debugDescription) → \(DocumentationOverview.of(documentation).debugDescription), expected \(expected.stringValue?.debugDescription ?? "")"
      )
    }
    print("\(object.count) documentation strings, \(failures.count) differ")
    for failure in failures.prefix(20) { print("  \(failure)") }
    #expect(failures.isEmpty)
  }
}
