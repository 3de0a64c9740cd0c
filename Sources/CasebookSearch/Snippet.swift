// Stage: Search. The excerpt shown under a result, with every matched term marked.

internal import CasebookCore

/// A short excerpt of a document around its best match, split into plain and marked parts: the
/// first place where one of `phrases` (a quoted phrase's words, as the document matched it)
/// stands, else where the first of `focus` (the matched terms, rarest first) stands, else the
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
  package static let length = 220

  package init(text: String, terms: [String], focus: [String] = [], phrases: [[String]] = []) {
    let scalars = Array(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
    let lower = scalars.map(Self.lowercase)
    let needles = terms.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    func stands(_ needle: [Unicode.Scalar], at index: Int) -> Bool { Self.stands(needle, at: index, in: lower) }
    func match(at index: Int) -> Int? { needles.first { stands($0, at: index) }?.count }
    // Whether a phrase's words stand one after another from `index`, with only spaces and
    // punctuation between them.
    func phraseStands(_ words: [[Unicode.Scalar]], at index: Int) -> Bool {
      var at = index
      for (number, word) in words.enumerated() {
        if number > 0 {
          while at < lower.count, !stands(word, at: at), !Self.isWordPart(lower[at]) { at += 1 }
        }
        guard stands(word, at: at) else { return false }
        at += word.count
      }
      return true
    }
    // Where a phrase stands, else the rarest matched word (the snippet is cut around it), else
    // the first match. A phrase in CJK is cut into overlapping pairs: its place is not sought.
    let phrased = phrases.lazy.compactMap { phrase -> Int? in
      let words = phrase.map { Array($0.unicodeScalars) }
      guard !words.isEmpty, !phrase.contains(where: { $0.unicodeScalars.contains(where: CJK.isIdeographic) }) else { return nil }
      return lower.indices.first { phraseStands(words, at: $0) }
    }.first
    let focused = focus.lazy.compactMap { term -> Int? in
      let needle = Array(term.unicodeScalars)
      return lower.indices.first { stands(needle, at: $0) && match(at: $0) == needle.count }
    }.first
    let first = phrased ?? focused ?? lower.indices.first { match(at: $0) != nil } ?? 0
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

  /// Whether `needle` stands at `index` of `lower` as a word: a letter or digit at its edge
  /// touches none outside it (search.js: `wordMatch`).
  static func stands(_ needle: [Unicode.Scalar], at index: Int, in lower: [Unicode.Scalar]) -> Bool {
    let end = index + needle.count
    guard !needle.isEmpty, end <= lower.count, lower[index..<end].elementsEqual(needle) else { return false }
    if isWordPart(needle[0]), index > 0, isWordPart(lower[index - 1]) { return false }
    return !(isWordPart(needle[needle.count - 1]) && end < lower.count && isWordPart(lower[end]))
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
  package static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let mapped = scalar.properties.lowercaseMapping.unicodeScalars
    return mapped.count == 1 ? mapped.first! : scalar
  }

  package var plainText: String { parts.map(\.text).joined() }
}
