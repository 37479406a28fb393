// libFuzzer target: the JSON-RPC framer and parser on an arbitrary byte stream, fed in chunks whose sizes come
// from the input itself (so message boundaries fall anywhere). Built by Scripts/fuzz.sh; seeds in
// Fuzz/Corpus/JSONRPCFramer.
import JSONRPC

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONRPCFramer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: data, count: size)
  var framer = MessageFramer(maximumMessageSize: 1 << 16)
  let parser = MessageParser(maximumNestingDepth: 64)
  var events: [MessageFramer.Event] = []
  var offset = 0
  var step = size > 0 ? Int(bytes[0] % 17) + 1 : 1
  while offset < size {
    let end = min(size, offset + step)
    framer.feed(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), into: &events)
    step = Int(bytes[offset] % 61) + 1
    offset = end
  }
  events += framer.finish()
  for event in events {
    if case .message(let body) = event { _ = parser.parse(body) }
  }
  return 0
}
