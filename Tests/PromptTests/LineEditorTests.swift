import Prompt
import Testing

@Suite struct LineEditorTests {
  @Test func typingMovingAndDeleting() {
    var editor = LineEditor()
    for scalar in "asn=abc".unicodeScalars { editor.handle(.character(scalar)) }
    #expect(editor.text == "asn=abc")
    editor.handle(.backspace)
    editor.handle(.left)
    editor.handle(.character("X"))
    #expect(editor.text == "asn=aXb")
    #expect(editor.cursor == 6)
    editor.handle(.home)
    editor.handle(.delete)
    #expect(editor.text == "sn=aXb")
    editor.handle(.end)
    #expect(editor.cursor == 6)
    let handled = editor.handle(.enter)
    #expect(!handled)
  }

  @Test func readlineKillKeys() {
    var editor = LineEditor("key=a,value=b key=c")
    editor.handle(.control("w"))
    #expect(editor.text == "key=a,value=b ")
    editor.handle(.alt("\u{7f}"))
    #expect(editor.text == "key=a,value=")
    editor.handle(.alt("b"))
    #expect(editor.textBeforeCursor == "key=a,")
    editor.handle(.control("k"))
    #expect(editor.text == "key=a,")
    editor.handle(.control("u"))
    #expect(editor.text.isEmpty)
  }

  @Test func replaceClampsAndCountsScalars() {
    var editor = LineEditor("é=addressF")
    editor.replace(2..<10, with: "addressFamily=")
    #expect(editor.text == "é=addressFamily=")
    #expect(editor.cursor == 16)
    editor.replace(14..<99, with: "")
    #expect(editor.text == "é=addressFamil")
  }
}
