// Stage: Render. Stable, unique fragment ids for headings.

/// Hands out fragment ids that are unique within one page.
///
/// ```
/// "Let ld accept undefined symbols (adopted)"  →  "let-ld-accept-undefined-symbols-adopted"
/// "方案一"                                       →  "方案一"
/// "Symptom" when `symptom` is taken            →  "symptom-2"
/// ```
package struct AnchorSet {
  private var taken: Set<String>

  package init(reserved: [String] = []) {
    taken = Set(reserved)
  }

  /// A unique id derived from a heading; `fallback` when the heading gives no letters or digits.
  package mutating func claim(for heading: String, fallback: String) -> String {
    var base = Self.slug(heading)
    if base.isEmpty { base = fallback }
    var candidate = base
    var number = 2
    while taken.contains(candidate) {
      candidate = "\(base)-\(number)"
      number += 1
    }
    taken.insert(candidate)
    return candidate
  }

  /// Lowercase letters and digits of any script, other characters folded into single dashes.
  ///
  /// ASCII text (most headings) is read as bytes, where the letters and digits are `A`–`Z`,
  /// `a`–`z` and `0`–`9`, instead of asking every character for its lower case and its letter
  /// and number properties. The test `slugOfASCIIMatchesCharacters` holds the two
  /// ways to the same result.
  package static func slug(_ text: String) -> String {
    var text = text
    if let ascii = text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiSlug(bytes) : nil }) { return ascii }
    return characterSlug(text)
  }

  /// ``slug(_:)`` of ASCII text, byte by byte.
  private static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingDash = false
    for byte in bytes {
      let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
      if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) {
        if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
        pendingDash = false
        out.append(lower)
      } else {
        pendingDash = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// ``slug(_:)`` of any text, character by character.
  static func characterSlug(_ text: String) -> String {
    var out = ""
    var pendingDash = false
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.append(character)
      } else {
        pendingDash = true
      }
    }
    return out
  }
}
