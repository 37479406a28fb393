// libFuzzer target: the shorthand parser (and through it the scanner) on arbitrary text, through the public API.
// Built by Scripts/fuzz.sh; the seeds are in Fuzz/Corpus/ShorthandScanner.
import Shorthand

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzShorthandScanner(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let parse = ShorthandParser.parse(text, fileLoader: .constant(Array("loaded".utf8)))
  _ = ShorthandParser.position(at: text.unicodeScalars.count / 2, in: text)
  _ = parse
  return 0
}
