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

  /// What a heading's `#` link says to a screen reader, in the case's language.
  let linkLabel: String

  package init(linkLabel: String = InterfaceText(language: "en")["link_to_section"]) {
    self.linkLabel = linkLabel
  }

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
        let alternativeSteps = Self.steps(alternative.contentBlocks, block: block, prefix: anchor)
        alternatives.append(AlternativeView(
          anchor: anchor, number: alternatives.count + 1, title: alternative.title,
          headingHTML: Self.withID(block(alternative.headingBlock), anchor, label: linkLabel), bodyHTML: blocks(alternative.contentBlocks),
          steps: alternativeSteps, hasCode: alternativeSteps.contains(where: \.isCommand),
          status: alternative.status?.rawValue, isSetAside: alternative.status?.isSetAside ?? false))
      }
      let view = SectionView(
        anchor: section.kind.slug, headingHTML: Self.withID(block(section.headingBlock), section.kind.slug, label: linkLabel),
        bodyHTML: blocks(section.contentBlocks), alternatives: alternatives)
      rendered.sections.append(view)
      if section.kind == .validation {
        let validationSteps = Self.steps(section.contentBlocks, block: block, prefix: "validation")
        rendered.validation = AlternativeView(
          anchor: view.anchor, number: 0, title: section.heading, headingHTML: view.headingHTML, bodyHTML: view.bodyHTML,
          steps: validationSteps, hasCode: validationSteps.contains(where: \.isCommand))
      }
    }
    return rendered
  }

  /// A runbook's checklist from a part of the body: each item of an ordered list and each
  /// code block is a step to tick, a code block in a shell (an info string such as `sh` or
  /// `console`, or a first line starting `$ `) a command to run; prose and bullet lists are
  /// context, without a box.
  ///
  /// ```
  /// <p>Roll back when…</p>              →  context
  /// <ol><li>Drain</li><li>Reload</li>   →  step 1 "Drain", step 2 "Reload"
  /// <pre><code class="language-sh">…    →  step 3, a command
  /// <pre><code>%global …                →  step 4 (a spec line: no "Run")
  /// ```
  static func steps(_ range: Range<Int>, block: (Int) -> String, prefix: String) -> [StepView] {
    var steps: [StepView] = []
    var number = 0
    func add(_ html: String, isStep: Bool, isCommand: Bool = false) {
      if isStep { number += 1 }
      let id = isStep ? "\(prefix)-step-\(number)" : "\(prefix)-context-\(steps.count - number + 1)"
      steps.append(StepView(id: id, number: isStep ? number : 0, html: html, isStep: isStep, isCommand: isCommand))
    }
    for index in range {
      let html = block(index)
      if html.isEmpty { continue }
      if html.hasPrefix("<pre>") {
        add(html, isStep: true, isCommand: isShell(html))
      } else if html.hasPrefix("<ol"), let items = listItems(html) {
        for item in items { add(item, isStep: true) }
      } else {
        add(html, isStep: false)
      }
    }
    return steps
  }

  /// The info strings of shell sessions and scripts.
  static let shells: Set<String> = ["sh", "bash", "zsh", "fish", "shell", "console", "shell-session", "sh-session", "terminal", "powershell", "ps1"]

  /// Whether a code block's HTML is a shell command: its language is a shell's, or its first
  /// line starts with a `$ ` prompt.
  static func isShell(_ html: String) -> Bool {
    guard let open = html.range(of: "<code") , let close = html.range(of: ">", range: open.upperBound..<html.endIndex) else { return false }
    let attributes = html[open.upperBound..<close.lowerBound]
    if let language = attributes.range(of: "class=\"language-") {
      let name = attributes[language.upperBound...].prefix { $0 != "\"" }
      if shells.contains(name.lowercased()) { return true }
    }
    return html[close.upperBound...].hasPrefix("$ ")
  }

  /// The items of an ordered list's HTML, each without its `<li>` tags; nil when it is not
  /// one list of items as libcmark writes it. Lists inside an item stay in it.
  static func listItems(_ html: String) -> [String]? {
    var items: [String] = []
    var depth = 0
    var start: String.Index?
    var index = html.startIndex
    while let tag = html[index...].firstIndex(of: "<") {
      let rest = html[tag...]
      if rest.hasPrefix("<li>") || rest.hasPrefix("<li ") {
        if depth == 0 { start = html[tag...].firstIndex(of: ">").map(html.index(after:)) }
        depth += 1
      } else if rest.hasPrefix("</li>") {
        depth -= 1
        if depth == 0, let begin = start { items.append(String(html[begin..<tag])) }
        if depth < 0 { return nil }
      }
      index = html.index(after: tag)
    }
    return items.isEmpty || depth != 0 ? nil : items
  }

  /// `<h2>Title</h2>\n` → `<h2 id="x">Title <a class="anchor" href="#x" …>#</a></h2>\n`.
  /// Anything but a heading as libcmark writes one (`<h1>` to `<h6>`, closed) is left as it is.
  static func withID(_ html: String, _ anchor: String, label: String) -> String {
    // On the bytes: the heading's text is not searched character by character.
    let bytes = Array(html.utf8)
    guard bytes.count > 4, bytes.starts(with: "<h".utf8), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[2]), bytes[3] == UInt8(ascii: ">") else { return html }
    let close = Array("</h".utf8) + [bytes[2], UInt8(ascii: ">")]
    guard let end = stride(from: bytes.count - close.count, through: 4, by: -1).first(where: { bytes[$0..<($0 + close.count)].elementsEqual(close) }) else { return html }
    let level = Character(Unicode.Scalar(bytes[2]))
    let inner = String(decoding: bytes[4..<end], as: UTF8.self)
    let id = Escaping.xml(anchor)
    return "<h\(level) id=\"\(id)\">\(inner) <a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(Escaping.xml(label))\">#</a></h\(level)>\n"
  }
}
