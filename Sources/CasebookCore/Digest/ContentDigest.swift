// Stage: Discover → Write. Telling whether bytes changed, without keeping them.

/// A 64-bit digest of a file's bytes: FNV-1a over 8-byte little-endian words, then the tail.
///
/// Not cryptographic: it tells whether a file the build is about to write differs from the
/// one it wrote last time. Word-wise, so a large site is digested in a small part of a build.
package enum ContentDigest {
  package static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
  package static let prime: UInt64 = 0x0000_0100_0000_01B3

  package static func of(_ bytes: [UInt8]) -> UInt64 {
    var hash = offset
    bytes.withUnsafeBytes { buffer in
      let words = buffer.count / 8
      for index in 0..<words { fold(buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self).littleEndian, into: &hash) }
      for byte in buffer[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* prime }
    }
    return (hash ^ UInt64(bytes.count)) &* prime
  }

  package static func fold(_ word: UInt64, into hash: inout UInt64) {
    hash = (hash ^ word) &* prime
    hash ^= hash >> 29
  }

  /// The digest of a file that comes in parts: the same value as ``of(_:)`` of the parts joined,
  /// however they are cut.
  package struct Stream {
    private var hash = ContentDigest.offset
    private var count = 0
    /// The last bytes of the parts so far, fewer than a word, not yet folded in (the first in
    /// the lowest byte), and how many there are.
    private var carry: UInt64 = 0
    private var carried = 0

    package init() {}

    package mutating func add(_ part: [UInt8]) {
      part.withUnsafeBytes { add(bytes: $0) }
    }

    package mutating func add(bytes buffer: UnsafeRawBufferPointer) {
      count += buffer.count
      var start = 0
      if carried > 0 {
        while carried < 8, start < buffer.count {
          carry |= UInt64(buffer[start]) << (8 * carried)
          carried += 1
          start += 1
        }
        guard carried == 8 else { return }
        ContentDigest.fold(carry, into: &hash)
        carry = 0
        carried = 0
      }
      let words = (buffer.count - start) / 8
      for index in 0..<words { ContentDigest.fold(buffer.loadUnaligned(fromByteOffset: start + index * 8, as: UInt64.self).littleEndian, into: &hash) }
      for byte in buffer[(start + words * 8)...] {
        carry |= UInt64(byte) << (8 * carried)
        carried += 1
      }
    }

    /// Adds a text and a terminator, so that the fields ("ab", "c") and ("a", "bc") differ:
    /// what a key made of several values needs.
    package mutating func add(field text: String) {
      var text = text
      text.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
      withUnsafeBytes(of: UInt8(0)) { add(bytes: $0) }
    }

    /// Adds a number as eight bytes.
    package mutating func add(field number: UInt64) {
      withUnsafeBytes(of: number.littleEndian) { add(bytes: $0) }
    }

    package var value: UInt64 {
      var hash = hash
      for index in 0..<carried { hash = (hash ^ ((carry >> (8 * UInt64(index))) & 0xFF)) &* ContentDigest.prime }
      return (hash ^ UInt64(count)) &* ContentDigest.prime
    }
  }
}
