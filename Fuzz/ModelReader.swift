// libFuzzer target: the botocore model reader (ServiceModel from service-2.json, paginators and waiters) on
// arbitrary bytes: JSON parsing, the shape checks (ShapeGraph) and gzip. Seeds in Fuzz/Corpus/ModelReader.
import Botocore
import JSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if Gunzip.isGzip(bytes) {
    guard let inflated = try? Gunzip.inflate(bytes, source: "fuzz") else { return 0 }
    bytes = inflated
  }
  guard let json = try? JSONValue(parsing: bytes) else { return 0 }
  let model = try? ServiceModel(
    serviceName: "fuzz",
    service: json,
    paginators: json["paginators"],
    waiters: json["waiters"],
    source: "fuzz/service-2.json"
  )
  if let model {
    for operation in model.operations { _ = model.inputShape(of: operation) }
  }
  return 0
}
