// Stage: Search (built during Render). A document's terms numbered as they are first seen.

internal import Foundation

/// Numbers terms in the order they are first seen; an ASCII term is looked up by its bytes.
///
/// Tallying a document looks up every one of its tokens to find its term. A `[String: Int32]` would make a string of each token and hash it with
/// SipHash; here an ASCII token's bytes are hashed (FNV-1a), compared where the term's bytes
/// lie, and a string is made once per term. Terms that are not ASCII are looked up as
/// strings, whose equality is Unicode's canonical equivalence, so they are told apart exactly
/// as before; no string that is not ASCII equals an ASCII one in a tokenizer's output (the
/// characters that decompose to ASCII alone, such as the Kelvin sign, are gone after NFKC).
///
/// ```
/// "go", "link", "go", "链接"  →  0, 1, 0, 2;  terms ["go", "link", "链接"]
/// ```
struct TermNumbering {
  /// The terms, by number.
  private(set) var terms: [String] = []
  /// Open addressing over the ASCII terms: a term's number plus one, 0 for an empty slot.
  private var slots: [Int32]
  /// The bytes of every ASCII term, one after another.
  private var bytes: [UInt8] = []
  /// Where each term's bytes start in ``bytes`` and how many there are (none for the others).
  private var spans: [(start: Int32, count: Int32)] = []
  /// The terms that are not ASCII.
  private var others: [String: Int32] = [:]

  /// A numbering sized for about `expected` terms.
  init(expected: Int) {
    var size = 64
    while size < expected * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    bytes.reserveCapacity(expected * 8)
    terms.reserveCapacity(expected)
    spans.reserveCapacity(expected)
  }

  /// The number of the term spelled by these ASCII bytes, given the next one if it is new.
  mutating func number(ascii token: UnsafeBufferPointer<UInt8>) -> Int32 {
    let mask = slots.count - 1
    var index = Self.hash(token) & mask
    let found: Int32? = slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBufferPointer { bytes in
        while slots[index] != 0 {
          let number = slots[index] - 1
          let span = spans[Int(number)]
          if Int(span.count) == token.count
            && (token.isEmpty || memcmp(bytes.baseAddress! + Int(span.start), token.baseAddress!, token.count) == 0)
          {
            return number
          }
          index = (index + 1) & mask
        }
        return nil
      }
    }
    if let found { return found }
    let number = Int32(terms.count)
    terms.append(String(decoding: token, as: UTF8.self))
    spans.append((Int32(bytes.count), Int32(token.count)))
    bytes.append(contentsOf: token)
    slots[index] = number + 1
    if (terms.count - others.count) * 2 > slots.count { grow() }
    return number
  }

  /// The number of a term, given the next one if it is new.
  mutating func number(_ term: String) -> Int32 {
    var term = term
    if let known = term.withUTF8({ utf8 in utf8.allSatisfy { $0 < 0x80 } ? self.number(ascii: utf8) : nil }) { return known }
    if let known = others[term] { return known }
    let number = Int32(terms.count)
    others[term] = number
    terms.append(term)
    spans.append((0, -1))
    return number
  }

  /// Twice the slots, every ASCII term placed again.
  private mutating func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    bytes.withUnsafeBufferPointer { bytes in
      for (number, span) in spans.enumerated() where span.count >= 0 {
        var index = Self.hash(UnsafeBufferPointer(rebasing: bytes[Int(span.start)..<Int(span.start + span.count)])) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = Int32(number + 1)
      }
    }
  }

  /// FNV-1a over the bytes, its high half folded into the low (the slot is taken from the low bits).
  private static func hash(_ token: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in token { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 32))
  }
}
