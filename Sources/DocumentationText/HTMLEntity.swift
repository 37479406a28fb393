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

  /// The five references XML predefines.
  static let xmlPredefined: [String: Unicode.Scalar] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"]

  /// The text one reference (without `&` and `;`) stands for.
  static func text(of name: String) -> String? {
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
