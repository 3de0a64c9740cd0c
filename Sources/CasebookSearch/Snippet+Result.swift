// Stage: Search. Which of a result's texts its excerpt is taken from.

extension Snippet {
  /// The excerpt a result shows, and the anchor of the section it links to.
  ///
  /// The index keeps the start of each section (``SearchDocument/sectionTextLimit``), and a
  /// result's best section may hold its match only further on. The excerpt is taken from the
  /// best section when its kept start holds a match; else from the first text holding the
  /// rarest matched word that any holds — the summary (under the best section's name and
  /// link, where the match is), then the other sections in order (under their own); else it
  /// is the best section's start, unmarked. The browser engine chooses alike (`shown` in
  /// search.js).
  ///
  /// ```
  /// "go:linkname" vendor → best section Root cause, its start holds neither word; no text
  /// holds "go:linkname"; Background's start holds "vendor" → (background, "…/vendor/…")
  /// ```
  package static func shown(_ result: SearchResult, in document: SearchDocument) -> (anchor: String, snippet: Snippet) {
    let bestText = document.sections.first { $0.anchor == result.anchor }?.text
      ?? (result.anchor == "signatures" ? document.signatures.joined(separator: "\n") : document.summary)
    let best = Snippet(text: bestText, terms: result.terms, focus: result.focus, phrases: result.phrases)
    guard !best.isMarked else { return (result.anchor, best) }
    var others = document.sections.filter { $0.anchor != result.anchor }.map { (anchor: $0.anchor, text: $0.text) }
    if bestText != document.summary { others.insert((result.anchor, document.summary), at: 0) }
    for term in result.focus {
      if let other = others.first(where: { Snippet(text: $0.text, terms: [term]).isMarked }) {
        return (other.anchor, Snippet(text: other.text, terms: result.terms, focus: result.focus, phrases: result.phrases))
      }
    }
    return (result.anchor, best)
  }

  /// Whether any part is marked.
  package var isMarked: Bool { parts.contains(where: \.marked) }
}
