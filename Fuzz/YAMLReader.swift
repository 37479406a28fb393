// libFuzzer target: the YAML reader of --cli-input-yaml on arbitrary text. YAMLReader is internal to Invocation,
// so the module is imported for testing (Scripts/fuzz.sh builds it in debug, where testing is enabled). Seeds in
// Fuzz/Corpus/YAMLReader.
@testable import Invocation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  switch YAMLReader.read(text) {
  case .success(let document):
    _ = document.value.serialized()
  case .failure(let failure):
    precondition(failure.line >= 1 && failure.column >= 1, "a failure's place starts at line 1, column 1")
  }
  return 0
}
