// Stage: Render. A case's body and table of contents → the HTML case.mustache places.

internal import CasebookCore

/// Writes the two parts of a case page that come from its body: the sections, each with its
/// alternatives, and the table of contents that links to them.
///
/// Like Hugo's `.Content` and `.TableOfContents`, they reach the template finished
/// (`{{{body}}}`, `{{{contents}}}`), made from the body's one parse; the template places them
/// and writes everything around them. Rendered tag by tag they were a third of the case page's
/// rendering time. A template can still build its own from `{{#sections}}` and `{{#toc}}`.
///
/// ```
/// body:      <section class="case-section">\n<h2 id="symptom">…</h2>\n<p>…</p>\n\n</section>
/// contents:  <li><a href="#signatures">Error signatures</a></li>\n<li><a href="#symptom">Symptom</a></li>…
/// ```
enum CasePageHTML {
  /// Every section, its heading and text, then each of its alternatives in a section of its own.
  static func body(_ sections: [SectionView]) -> String {
    var html = ""
    for section in sections {
      html += "<section class=\"case-section\">\n" + section.headingHTML + "\n" + section.bodyHTML + "\n"
      for alternative in section.alternatives {
        html += "<section class=\"alternative\">\n" + alternative.headingHTML + "\n" + alternative.bodyHTML + "\n</section>\n"
      }
      html += "</section>\n"
    }
    if html.hasSuffix("\n") { html.removeLast() }
    return html
  }

  /// The items of the table of contents: the error signatures (when the page shows them), each
  /// section with its alternatives under it, and the references (when there are any).
  static func contents(_ entries: [TocEntry], signatures: String?, references: String?) -> String {
    func item(_ anchor: String, _ title: String) -> String {
      "<li><a href=\"#\(Escaping.html(anchor))\">\(Escaping.html(title))</a>"
    }
    var html = ""
    if let signatures { html += item("signatures", signatures) + "</li>\n" }
    for entry in entries {
      html += item(entry.anchor, entry.title)
      if !entry.children.isEmpty {
        html += "\n<ol>\n" + entry.children.map { item($0.anchor, $0.title) + "</li>\n" }.joined() + "</ol>\n"
      }
      html += "</li>\n"
    }
    if let references { html += item("references", references) + "</li>\n" }
    if html.hasSuffix("\n") { html.removeLast() }
    return html
  }
}
