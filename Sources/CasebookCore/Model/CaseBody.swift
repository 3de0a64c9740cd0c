// Stage: model. A case body's Markdown tree, for the renderers that walk it.

package import CommonMark

/// A case body parsed again: the Markdown blocks of its sections, for one renderer at a time.
///
/// The Parse stage keeps each case's outline, not its tree (a tree is many times the size of
/// its text). The build's Cases stage parses a body once for its page and its man page
/// (``init(blocks:)``, from `CommonMark.renderBlocks`); `casebook show` parses it with
/// ``init(_:)``. Either way only the cases being rendered hold trees, and parsing the same text
/// gives the same blocks, so the indices the outline recorded name the same blocks.
///
/// ```
/// CaseBody(record).blocks(of: record.sections[0])  →  [paragraph, codeBlock]
/// ```
package struct CaseBody {
  /// The top-level blocks of the body.
  package let blocks: [MarkdownNode]

  package init(_ record: CaseRecord) {
    blocks = CommonMark.parse(record.body).document.children
  }

  /// The blocks of a body parsed already (``CommonMark/renderBlocks(_:)``).
  package init(blocks: [MarkdownNode]) {
    self.blocks = blocks
  }

  /// A section's blocks, comments left out; for Solutions with its `###` alternatives.
  package func blocks(of section: CaseSection) -> [MarkdownNode] {
    section.blocks.compactMap { blocks.indices.contains($0) ? blocks[$0] : nil }
  }

  /// An alternative's blocks below its heading, comments left out.
  package func blocks(of alternative: Alternative) -> [MarkdownNode] {
    alternative.blocks.compactMap { blocks.indices.contains($0) ? blocks[$0] : nil }
  }
}
