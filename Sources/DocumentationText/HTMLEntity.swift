/// Character references in documentation text: named (`&amp;`, `&nbsp;`, …) and numeric (`&#39;`, `&#x2019;`).
enum HTMLEntity {
  /// Named references that occur in AWS documentation, with the character each stands for.
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
    "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}",
    "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}",
    "laquo": "\u{00AB}", "raquo": "\u{00BB}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}",
    "times": "\u{00D7}", "divide": "\u{00F7}", "deg": "\u{00B0}", "plusmn": "\u{00B1}", "micro": "\u{00B5}",
    "para": "\u{00B6}", "sect": "\u{00A7}", "euro": "\u{20AC}", "pound": "\u{00A3}", "yen": "\u{00A5}",
    "cent": "\u{00A2}", "le": "\u{2264}", "ge": "\u{2265}", "ne": "\u{2260}", "rarr": "\u{2192}",
    "larr": "\u{2190}", "harr": "\u{2194}", "uarr": "\u{2191}", "darr": "\u{2193}", "shy": "\u{00AD}",
    "zwsp": "\u{200B}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "iexcl": "\u{00A1}",
    "iquest": "\u{00BF}", "eacute": "\u{00E9}", "egrave": "\u{00E8}", "aacute": "\u{00E1}", "agrave": "\u{00E0}",
    "ouml": "\u{00F6}", "uuml": "\u{00FC}", "auml": "\u{00E4}", "szlig": "\u{00DF}", "ccedil": "\u{00E7}",
    "ntilde": "\u{00F1}", "infin": "\u{221E}", "sup2": "\u{00B2}", "frac12": "\u{00BD}",
  ]

  /// Decodes the references in `text` (UTF-8). A `&` that does not start a known reference stays as it is.
  static func decode(_ text: ArraySlice<UInt8>) -> String {
    let ampersand = UInt8(ascii: "&")
    guard text.contains(ampersand) else { return String(decoding: text, as: UTF8.self) }
    var result: [UInt8] = []
    result.reserveCapacity(text.count)
    var index = text.startIndex
    while index < text.endIndex {
      let byte = text[index]
      guard byte == ampersand else {
        result.append(byte)
        index += 1
        continue
      }
      // A name is at most 12 characters; one with a non-ASCII character is never a reference.
      var end = index + 1
      while end < text.endIndex, end - index <= 12, text[end] != UInt8(ascii: ";"), text[end] != ampersand,
        text[end] != UInt8(ascii: " ")
      {
        end += 1
      }
      if end < text.endIndex, text[end] == UInt8(ascii: ";"),
        let replacement = reference(String(decoding: text[(index + 1)..<end], as: UTF8.self))
      {
        result.append(contentsOf: replacement.utf8)
        index = end + 1
        continue
      }
      result.append(byte)
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The text one reference (without `&` and `;`) stands for.
  private static func reference(_ name: String) -> String? {
    if name.hasPrefix("#") {
      var digits = name.dropFirst()
      var radix = 10
      if digits.first == "x" || digits.first == "X" {
        digits = digits.dropFirst()
        radix = 16
      }
      guard !digits.isEmpty, let value = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(value) else {
        return nil
      }
      return String(Character(scalar))
    }
    return named[name]
  }
}
