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
  package static func slug(_ text: String) -> String {
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
