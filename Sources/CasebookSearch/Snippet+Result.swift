// Stage: Search. Which of a result's texts its excerpt is taken from.

internal import CasebookCore

extension Snippet {
  /// The excerpt a result shows, and the anchor of the section it links to.
  ///
  /// A result whose signature matched a line of the query shows its signatures, the one that
  /// matched first, from their start.
  ///
  /// Otherwise: the index keeps the start of each section (``SearchDocument/sectionTextLimit``),
  /// and a result's best section may hold its rarer words only further on. The excerpt comes
  /// from the text whose kept start holds the rarest matched word (``SearchResult/focus``) any
  /// of them holds: the best section first, then the summary (shown under the best section's
  /// name and link, where the match is), then the other sections in order (under their own).
  /// When none holds a match, it is the best section's start, unmarked. The browser engine
  /// chooses alike (`shownExcerpt` in search.js).
  ///
  /// ```
  /// "go:linkname" vendor → best section Root cause, its start holds neither word; no kept
  /// text holds "go:linkname"; Lessons's start holds "vendor" → (lessons, "…/vendor/…")
  /// ```
  package static func shown(_ result: SearchResult, in document: SearchDocument) -> (anchor: String, snippet: Snippet) {
    // A signature matched a line of the query: the excerpt starts with that signature.
    if result.anchor == "signatures", let lines = signatureText(document.signatures, matching: result.signatureForms) {
      return (result.anchor, Snippet(text: lines, terms: result.terms))
    }
    let bestText = document.sections.first { $0.anchor == result.anchor }?.text
      ?? (result.anchor == "signatures" ? document.signatures.joined(separator: "\n") : document.summary)
    var texts = [(anchor: result.anchor, text: bestText)]
    if bestText != document.summary { texts.append((result.anchor, document.summary)) }
    texts += document.sections.filter { $0.anchor != result.anchor }.map { (anchor: $0.anchor, text: $0.text) }
    let held = texts.map { wordsStanding(in: $0.text, among: result.focus) }
    let chosen = result.focus.lazy.compactMap { term in held.firstIndex { $0.contains(term) }.map { texts[$0] } }.first ?? texts[0]
    return (chosen.anchor, Snippet(text: chosen.text, terms: result.terms, focus: result.focus, phrases: result.phrases))
  }

  /// A case's signature lines, the first that matched a query line (its normal form is one the
  /// line was looked up as) first; nil when none did.
  ///
  /// ```
  /// ["warning: relocation …", "undefined reference to `x'"], forms ["undefined reference to `x'"]
  ///   → "undefined reference to `x'\nwarning: relocation …"
  /// ```
  static func signatureText(_ lines: [String], matching forms: [String]) -> String? {
    let forms = Set(forms)
    guard let matched = lines.firstIndex(where: { forms.contains(SignatureNormalizer.normalize($0)) }) else { return nil }
    return ([lines[matched]] + lines.enumerated().filter { $0.offset != matched }.map(\.element)).joined(separator: "\n")
  }

  /// The terms that stand somewhere in `text` as words (a letter or digit at a term's edge
  /// touches none outside it): the terms a snippet of it could mark.
  static func wordsStanding(in text: String, among terms: [String]) -> Set<String> {
    let lower = text.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : lowercase($0) }
    return Set(terms.filter { term in
      let needle = Array(term.unicodeScalars)
      return !needle.isEmpty && lower.indices.contains { stands(needle, at: $0, in: lower) }
    })
  }

  /// Whether any part is marked.
  package var isMarked: Bool { parts.contains(where: \.marked) }
}
