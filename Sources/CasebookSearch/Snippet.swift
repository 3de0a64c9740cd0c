// Stage: Search. The excerpt shown under a result, with every matched term marked.

internal import CasebookCore

/// A short excerpt of a document around its best match, split into plain and marked parts: the
/// first place where the first of `focus` (the matched terms, rarest first) stands, else the
/// first match.
///
/// A term is marked where it stands as a word: a letter or digit at its edge must not touch
/// another letter or digit outside it ("or" in "x509: … expired or …", never in "error"),
/// except for CJK characters, which words are cut into without spaces. The browser engine
/// (`snippet` in search.js) marks the same parts: `Tests/CasebookSearchTests/Fixtures/snippets.json`.
///
/// The parts are text, never markup: the browser builds `<mark>` elements from them with
/// `textContent`, the terminal wraps them in bold, so a snippet can never inject anything.
///
/// ```
/// terms ["undefs"], text "… passes -Wl,-z,undefs to ld …"
///   → [("… passes -Wl,-z,", false), ("undefs", true), (" to ld …", false)]
/// ```
package struct Snippet: Sendable, Equatable {
  package struct Part: Sendable, Equatable {
    package var text: String
    package var marked: Bool
  }

  package var parts: [Part]

  static let before = 60
  static let length = 220

  package init(text: String, terms: [String], focus: [String] = []) {
    let scalars = Array(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
    let lower = scalars.map(Self.lowercase)
    let needles = terms.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    func match(at index: Int) -> Int? {
      for needle in needles where index + needle.count <= lower.count && Array(lower[index..<index + needle.count]) == needle {
        let end = index + needle.count
        if Self.isWordPart(needle[0]), index > 0, Self.isWordPart(lower[index - 1]) { continue }
        if Self.isWordPart(needle[needle.count - 1]), end < lower.count, Self.isWordPart(lower[end]) { continue }
        return needle.count
      }
      return nil
    }
    // Where the rarest matched word stands (the snippet is cut around it), else the first match.
    let focused = focus.lazy.compactMap { term -> Int? in
      let needle = Array(term.unicodeScalars)
      return lower.indices.first { index in match(at: index).map { Array(lower[index..<index + $0]) == needle } ?? false }
    }.first
    let first = focused ?? lower.indices.first { match(at: $0) != nil } ?? 0
    var start = max(0, first - Self.before)
    if start > 0, let space = scalars[start..<min(first, start + 20)].firstIndex(of: " ") { start = space + 1 }
    let end = min(scalars.count, start + Self.length)
    var parts: [Part] = []
    var plain = String.UnicodeScalarView()
    if start > 0 { plain.append("…") }
    var index = start
    while index < end {
      if let count = match(at: index), index + count <= end {
        if !plain.isEmpty { parts.append(Part(text: String(plain), marked: false)) }
        plain = String.UnicodeScalarView()
        parts.append(Part(text: String(String.UnicodeScalarView(scalars[index..<index + count])), marked: true))
        index += count
      } else {
        plain.append(scalars[index])
        index += 1
      }
    }
    if end < scalars.count { plain.append("…") }
    if !plain.isEmpty { parts.append(Part(text: String(plain), marked: false)) }
    self.parts = parts
  }

  /// A letter or digit that is not CJK: one that continues a word (search.js: `isWordPart`).
  static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
    guard !CJK.isIdeographic(scalar) else { return false }
    switch scalar.properties.generalCategory {
    case .decimalNumber, .letterNumber, .otherNumber: return true
    default: return scalar.properties.isAlphabetic
    }
  }

  /// One scalar lowercased, when its lowercase form is one scalar (so positions stay aligned).
  static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let mapped = scalar.properties.lowercaseMapping.unicodeScalars
    return mapped.count == 1 ? mapped.first! : scalar
  }

  package var plainText: String { parts.map(\.text).joined() }
}
