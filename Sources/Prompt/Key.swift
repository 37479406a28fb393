/// A key press, decoded from the bytes a terminal sends.
public enum Key: Sendable, Hashable {
  /// A printable character (a Unicode scalar; pasted text arrives as several).
  case character(Unicode.Scalar)
  /// Return or Enter.
  case enter
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Backspace (DEL or Ctrl-H).
  case backspace
  /// Delete (forward).
  case delete
  /// The arrows.
  case left, right, up, down
  /// Home and End.
  case home, end
  /// Page Up and Page Down.
  case pageUp, pageDown
  /// Escape pressed alone.
  case escape
  /// Alt (Meta) with a character: `ESC` followed by it (`Alt-b`, `Alt-f`, `Alt-Backspace` is `.alt("\u{7f}")`).
  case alt(Unicode.Scalar)
  /// A control character other than the ones named above (`Ctrl-A` is `.control("a")`).
  case control(Unicode.Scalar)
  /// F1: the parameter's whole documentation.
  case help
  /// An escape sequence this decoder doesn't know (ignored by the prompt).
  case unknown
}
