internal import CZlib

/// Inflates gzip or zlib data in memory, as botocore's `service-2.json.gz` files need.
public enum Gunzip {
  /// The inflated bytes.
  /// - Throws: `ModelError` when the data is not valid gzip or zlib.
  public static func inflate(_ compressed: [UInt8], source: String) throws(ModelError) -> [UInt8] {
    var stream = z_stream()
    guard argot_inflate_init_auto(&stream) == Z_OK else {
      throw ModelError(source: source, message: "zlib could not start")
    }
    defer { inflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: max(compressed.count * 8, 4096))
    var produced = 0
    var status: Int32 = Z_OK
    compressed.withUnsafeBufferPointer { input in
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
      stream.avail_in = UInt32(input.count)
      while status == Z_OK {
        if produced == output.count { output.append(contentsOf: repeatElement(0, count: output.count)) }
        output.withUnsafeMutableBufferPointer { buffer in
          stream.next_out = buffer.baseAddress! + produced
          stream.avail_out = UInt32(buffer.count - produced)
          status = CZlib.inflate(&stream, Z_NO_FLUSH)
          produced = buffer.count - Int(stream.avail_out)
        }
      }
    }
    guard status == Z_STREAM_END else {
      throw ModelError(source: source, message: "not valid gzip data (zlib status \(status))")
    }
    output.removeSubrange(produced...)
    return output
  }

  /// The first bytes (at most `limit`) that the start of a gzip or zlib stream inflates to, for reading a file's
  /// header without inflating all of it; nil when the data is not valid gzip or zlib.
  public static func inflatePrefix(_ compressed: [UInt8], limit: Int) -> [UInt8]? {
    var stream = z_stream()
    guard argot_inflate_init_auto(&stream) == Z_OK else { return nil }
    defer { inflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: limit)
    var status: Int32 = Z_OK
    compressed.withUnsafeBufferPointer { input in
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
      stream.avail_in = UInt32(input.count)
      output.withUnsafeMutableBufferPointer { buffer in
        stream.next_out = buffer.baseAddress!
        stream.avail_out = UInt32(buffer.count)
        status = CZlib.inflate(&stream, Z_SYNC_FLUSH)
      }
    }
    guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else { return nil }
    output.removeSubrange((limit - Int(stream.avail_out))...)
    return output
  }

  /// Whether the bytes start with the gzip magic number.
  public static func isGzip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
  }
}
