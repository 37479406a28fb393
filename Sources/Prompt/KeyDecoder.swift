/// Turns the bytes a terminal sends in raw mode into `Key`s: UTF-8 text, control characters, and the CSI / SS3
/// sequences xterm, tmux and the Linux console send for arrows, Home, End, Delete and Page Up/Down.
///
/// Bytes may arrive split anywhere; what cannot be decoded yet stays buffered until more bytes arrive, or until
/// `flush()` says none will (an `ESC` alone is then the Escape key).
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []

  /// A decoder with nothing buffered.
  public init() {}

  /// Whether bytes are waiting for the rest of a sequence (the caller should wait briefly, then `flush()`).
  public var hasPending: Bool { !pending.isEmpty }

  /// Adds bytes and returns the keys they complete.
  public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Key] {
    pending += bytes
    var keys: [Key] = []
    while let (key, used) = Self.decode(pending[...], final: false) {
      keys.append(key)
      pending.removeFirst(used)
    }
    return keys
  }

  /// Decodes whatever is buffered as if no more bytes will come.
  public mutating func flush() -> [Key] {
    var keys: [Key] = []
    while !pending.isEmpty {
      guard let (key, used) = Self.decode(pending[...], final: true) else { break }
      keys.append(key)
      pending.removeFirst(used)
    }
    pending = []
    return keys
  }

  /// One key from the start of `bytes` and how many bytes it used, or nil if more bytes are needed.
  static func decode(_ bytes: ArraySlice<UInt8>, final: Bool) -> (Key, Int)? {
    guard let first = bytes.first else { return nil }
    switch first {
    case 0x1b:
      return escape(bytes, final: final)
    case 0x0d, 0x0a:
      return (.enter, 1)
    case 0x09:
      return (.tab, 1)
    case 0x7f, 0x08:
      return (.backspace, 1)
    case 0x00..<0x20:
      return (.control(Unicode.Scalar(first + 0x60)), 1)
    case 0x20..<0x80:
      return (.character(Unicode.Scalar(first)), 1)
    default:
      return utf8(bytes, final: final)
    }
  }

  private static func utf8(_ bytes: ArraySlice<UInt8>, final: Bool) -> (Key, Int)? {
    let first = bytes[bytes.startIndex]
    let length: Int
    switch first {
    case 0xc0..<0xe0: length = 2
    case 0xe0..<0xf0: length = 3
    case 0xf0..<0xf8: length = 4
    default: return (.unknown, 1)
    }
    if bytes.count < length { return final ? (.unknown, bytes.count) : nil }
    let sequence = bytes.prefix(length)
    guard sequence.dropFirst().allSatisfy({ $0 & 0xc0 == 0x80 }),
      let scalar = String(decoding: sequence, as: UTF8.self).unicodeScalars.first, scalar != "\u{FFFD}"
    else { return (.unknown, 1) }
    return (.character(scalar), length)
  }

  private static func escape(_ bytes: ArraySlice<UInt8>, final: Bool) -> (Key, Int)? {
    let start = bytes.startIndex
    guard bytes.count >= 2 else { return final ? (.escape, 1) : nil }
    let second = bytes[start + 1]
    switch second {
    case UInt8(ascii: "["):
      // CSI: parameters and intermediates (0x20-0x3f), then one final byte (0x40-0x7e).
      var index = start + 2
      while index < bytes.endIndex, (0x20...0x3f).contains(bytes[index]) { index += 1 }
      guard index < bytes.endIndex else { return final ? (.unknown, bytes.count) : nil }
      let parameters = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
      return (csi(parameters, final: bytes[index]), index - start + 1)
    case UInt8(ascii: "O"):
      guard bytes.count >= 3 else { return final ? (.alt("O"), 2) : nil }
      switch bytes[start + 2] {
      case UInt8(ascii: "A"): return (.up, 3)
      case UInt8(ascii: "B"): return (.down, 3)
      case UInt8(ascii: "C"): return (.right, 3)
      case UInt8(ascii: "D"): return (.left, 3)
      case UInt8(ascii: "H"): return (.home, 3)
      case UInt8(ascii: "F"): return (.end, 3)
      case UInt8(ascii: "P"): return (.help, 3)
      default: return (.unknown, 3)
      }
    case 0x1b:
      return (.escape, 1)
    default:
      guard let (key, used) = decode(bytes.dropFirst(), final: final) else { return nil }
      switch key {
      case .character(let scalar): return (.alt(scalar), used + 1)
      case .backspace: return (.alt("\u{7f}"), used + 1)
      case .enter: return (.alt("\r"), used + 1)
      default: return (key, used + 1)
      }
    }
  }

  private static func csi(_ parameters: String, final: UInt8) -> Key {
    switch final {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return .right
    case UInt8(ascii: "D"): return .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    case UInt8(ascii: "Z"): return .backTab
    case UInt8(ascii: "~"):
      switch parameters.split(separator: ";").first ?? "" {
      case "1", "7": return .home
      case "4", "8": return .end
      case "3": return .delete
      case "5": return .pageUp
      case "6": return .pageDown
      case "11": return .help
      default: return .unknown
      }
    default:
      return .unknown
    }
  }
}
