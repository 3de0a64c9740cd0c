// Stage: model. A case body parsed once, for everything made from it.

package import CommonMark

/// A case body parsed once by libcmark: its outline, and as asked its blocks as trees and as
/// safe HTML.
///
/// The outline is what the body's rules are checked on (``CaseLoader/checkBody(_:of:)``) and
/// what the plain text of each section comes from (``sectionTexts(_:)``, for search); the trees are for renderers that walk them (man pages, plain text); the HTML
/// is for pages. A build parses each body once, in its Cases stage, a batch of cases at a time,
/// and makes every file of a case from that one value. Indices in ``CaseSection`` name the same
/// top-level block in all three.
///
/// ```
/// CaseBody(record.body, products: [.tree]).blocks(of: record.sections[0])  →  [paragraph, codeBlock]
/// ```
package struct CaseBody: Sendable {
  /// The Markdown text parsed (front matter lines blanked, so line numbers are file lines).
  package let text: String
  let parsed: CommonMark.ParsedBlocks

  /// Parses `text` (a record's ``CaseRecord/body``) once, making `products` besides the outline;
  /// the HTML of the body of the case `linkingFrom` has its links to other cases
  /// (``LinkedCase``) go to their pages.
  package init(_ text: String, products: CommonMark.Products = [.tree, .html], linkingFrom id: CaseID? = nil) {
    self.text = text
    parsed = CommonMark.parseBlocks(text, products: products) { destination in
      id.flatMap { id in LinkedCase(destination: destination)?.sitePath(from: id) }
    }
  }

  /// The links to other cases, where they are written in the file (`source`: the text parsed).
  package func linkedCases(source: SourceText) -> [Located<LinkedCase>] {
    parsed.outline.flatMap(\.links).compactMap { link in
      guard !link.isImage, let target = LinkedCase(destination: link.destination) else { return nil }
      return Located(target, at: source.position(link.start))
    }
  }

  /// The top-level blocks summarised.
  package var outline: [BlockOutline] { parsed.outline }
  /// Whether some subtree nested too deep and was taken as its text.
  package var flattened: Bool { parsed.flattened }
  /// The top-level blocks as trees (empty unless parsed with `.tree`).
  package var blocks: [MarkdownNode] { parsed.blocks }
  /// Each top-level block's safe HTML (empty unless parsed with `.html`).
  package var html: [String] { parsed.html }

  /// A section's blocks, comments left out; for Solutions with its `###` alternatives.
  package func blocks(of section: CaseSection) -> [MarkdownNode] {
    section.blocks.compactMap { blocks.indices.contains($0) ? blocks[$0] : nil }
  }

  /// An alternative's blocks below its heading, comments left out.
  package func blocks(of alternative: Alternative) -> [MarkdownNode] {
    alternative.blocks.compactMap { blocks.indices.contains($0) ? blocks[$0] : nil }
  }

  /// The plain text of each section, in order: its blocks' text, one after another, separated
  /// by a line break. What search and `cases.json` read.
  ///
  /// ```
  /// ## Symptom\n\nIt `fails` *now*.\n\n```\nld: error\n```  →  ["It fails now.\nld: error\n"]
  /// ```
  package func sectionTexts(_ sections: [CaseSection]) -> [String] {
    let blocks = parsed.outline
    return sections.map { section in
      section.blocks.map { blocks.indices.contains($0) ? blocks[$0].plainText : "" }.joined(separator: "\n")
    }
  }
}
