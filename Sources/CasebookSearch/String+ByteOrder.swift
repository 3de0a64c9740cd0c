// Stage: Search. Terms and keys in the order of their UTF-8 bytes.

internal import Glibc

extension String {
  /// Whether this string's UTF-8 bytes sort before `other`'s: the order of the index's terms
  /// and shard keys (the browser compares the same bytes), not Swift's `<`, which compares
  /// canonical equivalents as equal.
  ///
  /// `memcmp` on the bytes where they lie; the generic `utf8.lexicographicallyPrecedes` walks
  /// the views a byte at a time, on the one core that sorts the terms at the end of the index
  /// stage.
  ///
  /// ```
  /// "go".precedesInByteOrder("go1")  →  true      "Z".precedesInByteOrder("a")  →  true
  /// ```
  package func precedesInByteOrder(_ other: String) -> Bool {
    let compared = utf8.withContiguousStorageIfAvailable { own in
      other.utf8.withContiguousStorageIfAvailable { theirs -> Bool in
        let common = Swift.min(own.count, theirs.count)
        let order = common == 0 ? 0 : memcmp(own.baseAddress!, theirs.baseAddress!, common)
        return order != 0 ? order < 0 : own.count < theirs.count
      }
    }
    return (compared ?? nil) ?? utf8.lexicographicallyPrecedes(other.utf8)
  }
}
