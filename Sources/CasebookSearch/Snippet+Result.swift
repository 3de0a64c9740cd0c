// Stage: Search. Which of a result's texts its excerpt is taken from.

extension Snippet {
  /// The excerpt a result shows, and the anchor of the section it links to.
  ///
  /// The index keeps the start of each section (``SearchDocument/sectionTextLimit``), and a
  /// result's best section may hold its rarer words only further on. The excerpt comes from
  /// the text whose kept start holds the rarest matched word (``SearchResult/focus``) any of
  /// them holds: the best section first, then the summary (shown under the best section's
  /// name and link, where the match is), then the other sections in order (under their own).
  /// When none holds a match, it is the best section's start, unmarked. The browser engine
  /// chooses alike (`shownExcerpt` in search.js).
  ///
  /// ```
  /// "go:linkname" vendor → best section Root cause, its start holds neither word; no kept
  /// text holds "go:linkname"; Lessons's start holds "vendor" → (lessons, "…/vendor/…")
  /// ```
  package static func shown(_ result: SearchResult, in document: SearchDocument) -> (anchor: String, snippet: Snippet) {
    let bestText = document.sections.first { $0.anchor == result.anchor }?.text
      ?? (result.anchor == "signatures" ? document.signatures.joined(separator: "\n") : document.summary)
    var texts = [(anchor: result.anchor, text: bestText)]
    if bestText != document.summary { texts.append((result.anchor, document.summary)) }
    texts += document.sections.filter { $0.anchor != result.anchor }.map { (anchor: $0.anchor, text: $0.text) }
    let held = texts.map { wordsStanding(in: $0.text, among: result.focus) }
    let chosen = result.focus.lazy.compactMap { term in held.firstIndex { $0.contains(term) }.map { texts[$0] } }.first ?? texts[0]
    return (chosen.anchor, Snippet(text: chosen.text, terms: result.terms, focus: result.focus, phrases: result.phrases))
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
