// Stage: Render. A case body → sections of HTML with stable anchors, through libcmark.

package import CasebookCore
internal import Foundation
internal import CommonMark

/// Renders a case body section by section, with libcmark in safe mode.
///
/// The body is parsed once and every top-level block is rendered on its own, so the page, the
/// runbook's steps and the table of contents all come from the same blocks. Headings get ids:
/// the section's slug (`root-cause`) and, for alternatives, a slug of their title, unique in
/// the page.
///
/// ```
/// ## Root cause\n\nWhy.   →  <h2 id="root-cause">Root cause <a class="anchor" …>#</a></h2>
///                            <p>Why.</p>
/// ```
package struct CaseBodyRenderer {
  /// The ids the page template uses for its own elements, which headings must not take.
  package static let reservedAnchors = ["main", "toc", "metadata", "signatures", "references", "related", "similar", "search"]

  package init() {}

  /// A rendered body: the page's sections and the validation as a runbook checklist.
  package struct Rendered: Sendable {
    package var sections: [SectionView]
    package var validation: AlternativeView?
  }

  package func render(_ record: CaseRecord) -> Rendered {
    render(record, html: CaseBody(record.body, products: [.html]).html)
  }

  /// Renders the body from the HTML of each of its top-level blocks, parsed already
  /// (``CaseBody/html``).
  package func render(_ record: CaseRecord, html: [String]) -> Rendered {
    func block(_ index: Int) -> String {
      let text = index < html.count ? html[index] : ""
      return text == "<!-- raw HTML omitted -->\n" ? "" : text
    }
    func blocks(_ range: Range<Int>) -> String { range.map(block).joined() }

    var anchors = AnchorSet(reserved: Self.reservedAnchors + SectionKind.allCases.map(\.slug))
    var rendered = Rendered(sections: [], validation: nil)
    var alternativeNumber = 0
    for section in record.sections {
      var alternatives: [AlternativeView] = []
      for alternative in section.alternatives {
        alternativeNumber += 1
        let anchor = anchors.claim(for: alternative.title, fallback: "solution-\(alternativeNumber)")
        alternatives.append(AlternativeView(
          anchor: anchor, number: alternatives.count + 1, title: alternative.title,
          headingHTML: Self.withID(block(alternative.headingBlock), anchor), bodyHTML: blocks(alternative.contentBlocks),
          steps: steps(alternative.contentBlocks, block: block, prefix: anchor),
          hasCode: alternative.hasCode))
      }
      let view = SectionView(
        anchor: section.kind.slug, headingHTML: Self.withID(block(section.headingBlock), section.kind.slug),
        bodyHTML: blocks(section.contentBlocks), alternatives: alternatives)
      rendered.sections.append(view)
      if section.kind == .validation {
        rendered.validation = AlternativeView(
          anchor: view.anchor, number: 0, title: section.heading, headingHTML: view.headingHTML, bodyHTML: view.bodyHTML,
          steps: steps(section.contentBlocks, block: block, prefix: "validation"),
          hasCode: section.hasCode)
      }
    }
    return rendered
  }

  private func steps(_ range: Range<Int>, block: (Int) -> String, prefix: String) -> [StepView] {
    var steps: [StepView] = []
    for index in range {
      let html = block(index)
      if html.isEmpty { continue }
      steps.append(StepView(id: "\(prefix)-step-\(steps.count + 1)", number: steps.count + 1, html: html, isCode: html.hasPrefix("<pre>")))
    }
    return steps
  }

  /// `<h2>Title</h2>\n` → `<h2 id="x">Title <a class="anchor" href="#x" …>#</a></h2>\n`.
  /// Anything but a heading as libcmark writes one (`<h1>` to `<h6>`, closed) is left as it is.
  static func withID(_ html: String, _ anchor: String) -> String {
    // On the bytes: the heading's text is not searched character by character.
    let bytes = Array(html.utf8)
    guard bytes.count > 4, bytes.starts(with: "<h".utf8), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[2]), bytes[3] == UInt8(ascii: ">") else { return html }
    let close = Array("</h".utf8) + [bytes[2], UInt8(ascii: ">")]
    guard let end = stride(from: bytes.count - close.count, through: 4, by: -1).first(where: { bytes[$0..<($0 + close.count)].elementsEqual(close) }) else { return html }
    let level = Character(Unicode.Scalar(bytes[2]))
    let inner = String(decoding: bytes[4..<end], as: UTF8.self)
    let id = Escaping.xml(anchor)
    return "<h\(level) id=\"\(id)\">\(inner) <a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
  }
}
