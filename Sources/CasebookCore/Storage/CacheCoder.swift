// Stage: Write → Discover (kept between builds). The one format of what a build leaves for the
// next: the manifest and every cache, through `Codable`.

/// Encodes and decodes the record of the last build and its caches: a header naming the kind
/// of file and the format's version, a checksum of the payload, and the payload, the value's
/// `Codable` encoding in a compact binary form (``BinaryEncoding``).
///
/// A file of another kind or version, a wrong checksum, or a payload that does not decode as
/// the type asked for gives nil: the caller ignores it, says so in one line, and builds in
/// full. Adding or changing a stored property of a coded type needs nothing here: the field
/// tags (``BinaryEncoding``) tell a layout from another, and ``version`` is bumped only when
/// the binary form itself changes.
///
/// ```
/// encode(state, kind: "index")  →  "casebook index 3\n" + checksum (8 bytes) + payload
/// decode(IndexState.self, from: bytes, kind: "parsed")  →  nil (another kind)
/// ```
package enum CacheCoder {
  /// The version of the binary form.
  package static let version = 3

  package static func header(kind: String) -> [UInt8] { Array("casebook \(kind) \(version)\n".utf8) }

  /// The file for `value`; `capacity`, when the caller can tell about how large it will be,
  /// spares a large one the copies of a growing buffer.
  package static func encode(_ value: some Encodable, kind: String, capacity: Int = 0) throws -> [UInt8] {
    let start = header(kind: kind)
    var prefix = start + [UInt8](repeating: 0, count: 8)
    prefix.reserveCapacity(capacity + prefix.count)
    let encoding = BinaryEncoding(start: prefix)
    try encoding.value(value)
    var bytes = encoding.bytes
    encoding.bytes = []  // the only reference left: the checksum goes in without a copy
    let checksum = digest(of: bytes, from: start.count + 8)
    withUnsafeBytes(of: checksum.littleEndian) { for index in 0..<8 { bytes[start.count + index] = $0[index] } }
    return bytes
  }

  /// The value a file of this kind holds; nil when it is of another kind or version, damaged,
  /// or not a `T`.
  package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], kind: String) -> T? {
    let start = header(kind: kind).count + 8
    guard bytes.starts(with: header(kind: kind)), let checksum = checksum(of: bytes), digest(of: bytes, from: start) == checksum else { return nil }
    return try? BinaryDecoding.decode(type, from: bytes, start: start)
  }

  /// The checksum a file records for its payload (read, not computed): what the manifest names
  /// a cache by. Nil when the file is too short to have one.
  package static func checksum(of bytes: [UInt8]) -> UInt64? {
    guard let end = bytes.firstIndex(of: 0x0A), bytes.count >= end + 9 else { return nil }
    var checksum: UInt64 = 0
    for shift in 0..<8 { checksum |= UInt64(bytes[end + 1 + shift]) << (8 * shift) }
    return checksum
  }

  private static func digest(of bytes: [UInt8], from start: Int) -> UInt64 {
    var digest = ContentDigest.Stream()
    bytes.withUnsafeBytes { digest.add(bytes: UnsafeRawBufferPointer(rebasing: $0[start...])) }
    return digest.value
  }
}
