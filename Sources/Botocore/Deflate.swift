internal import CZlib

/// Compresses bytes with zlib, for the registry's on-disk cache; `Gunzip.inflate` reads them back.
public enum Deflate {
  /// The bytes in zlib format at the given level (1 fastest … 9 smallest).
  public static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
    var capacity = compressBound(uLong(bytes.count))
    var output = [UInt8](repeating: 0, count: Int(capacity))
    let status = output.withUnsafeMutableBufferPointer { out in
      bytes.withUnsafeBufferPointer { input in
        compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), level)
      }
    }
    guard status == Z_OK else { return [] }
    output.removeSubrange(Int(capacity)...)
    return output
  }
}
