// Stage: Write → Discover (kept between builds). The one format of what a build leaves for the
// next: the manifest and every cache, through `Codable`.

/// Encodes and decodes the record of the last build and its caches: a header naming the kind
/// of file and the format's version, the payload, the value's `Codable` encoding in a compact
/// binary form (``BinaryEncoding``), and a checksum of the payload.
///
/// A file of another kind or version, a wrong checksum, or a payload that does not decode as
/// the type asked for gives nil: the caller ignores it, says so in one line, and builds in
/// full. Adding or changing a stored property of a coded type needs nothing here: the field
/// tags (``BinaryEncoding``) tell a layout from another, and ``version`` is bumped only when
/// the binary form itself changes. A large value is handed over about a megabyte at a time
/// (``encode(_:kind:write:)``), the checksum last, so that it is never held whole as bytes.
///
/// ```
/// encode(state, kind: "index")  →  "casebook index 4\n" + payload + checksum (8 bytes)
/// decode(IndexState.self, from: bytes, kind: "parsed")  →  nil (another kind)
/// ```
package enum CacheCoder {
  /// The version of the binary form.
  package static let version = 4

  package static func header(kind: String) -> [UInt8] { Array("casebook \(kind) \(version)\n".utf8) }

  /// The file for `value`, handed to `write` a part at a time; returns the checksum.
  @discardableResult
  package static func encode(_ value: some Encodable, kind: String, write: @escaping ([UInt8]) throws -> Void) throws -> UInt64 {
    var digest = ContentDigest.Stream()
    try write(header(kind: kind))
    let encoding = BinaryEncoding { part in
      digest.add(part)
      try write(part)
    }
    try encoding.value(value)
    try encoding.flush(all: true)
    let checksum = digest.value
    try write(withUnsafeBytes(of: checksum.littleEndian) { Array($0) })
    return checksum
  }

  /// The file for `value`, whole.
  package static func encode(_ value: some Encodable, kind: String) throws -> [UInt8] {
    var bytes: [UInt8] = []
    try encode(value, kind: kind) { bytes += $0 }
    return bytes
  }

  /// The value a file of this kind holds; nil when it is of another kind or version, damaged,
  /// or not a `T`.
  package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], kind: String) -> T? {
    let start = header(kind: kind).count
    guard bytes.count >= start + 8, bytes.starts(with: header(kind: kind)), let checksum = checksum(of: bytes) else { return nil }
    var digest = ContentDigest.Stream()
    bytes.withUnsafeBytes { digest.add(bytes: UnsafeRawBufferPointer(rebasing: $0[start..<(bytes.count - 8)])) }
    guard digest.value == checksum else { return nil }
    return try? BinaryDecoding.decode(type, from: bytes, start: start, end: bytes.count - 8)
  }

  /// The checksum a file records for its payload (read, not computed): what the manifest names
  /// a cache by. Nil when the file is too short to have one.
  package static func checksum(of bytes: [UInt8]) -> UInt64? {
    guard bytes.count >= 8 else { return nil }
    var checksum: UInt64 = 0
    for shift in 0..<8 { checksum |= UInt64(bytes[bytes.count - 8 + shift]) << (8 * shift) }
    return checksum
  }
}
