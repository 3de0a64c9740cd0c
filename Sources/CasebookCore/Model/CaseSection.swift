// Stage: model.

/// One level-2 section of a case body: its outline.
///
/// A section names its blocks by their index among the body's top-level blocks and holds
/// neither the Markdown tree nor its text: the tree, the HTML and the plain text of those
/// blocks come from the one parse of the body (``CaseBody``), a case at a time.
package struct CaseSection: Sendable, Equatable, Codable {
  package var kind: SectionKind
  /// The heading as written (`Root cause`, `根本原因`).
  package var heading: String
  package var position: SourcePosition
  /// The blocks under the heading, up to the next level-2 heading, comments left out, as
  /// indices among the body's top-level blocks; for Solutions this includes the `###`
  /// alternatives, which ``alternatives`` also lists.
  package var blocks: [Int]
  /// Whether a code block is among ``blocks``.
  package var hasCode: Bool
  /// The `###` subsections of Solutions, one per alternative fix; empty for other sections.
  package var alternatives: [Alternative]
  /// File lines the section spans, heading included.
  package var lines: ClosedRange<Int>
  /// Indices among the body's top-level blocks, for rendering parts of the body on their own.
  package var headingBlock: Int
  /// The blocks after the heading; for Solutions, only the introduction before the first `###`.
  package var contentBlocks: Range<Int>

  package init(kind: SectionKind, heading: String, position: SourcePosition, blocks: [Int], hasCode: Bool, alternatives: [Alternative], lines: ClosedRange<Int>, headingBlock: Int, contentBlocks: Range<Int>) {
    self.kind = kind
    self.heading = heading
    self.position = position
    self.blocks = blocks
    self.hasCode = hasCode
    self.alternatives = alternatives
    self.lines = lines
    self.headingBlock = headingBlock
    self.contentBlocks = contentBlocks
  }
}

/// One alternative fix: a `###` heading under Solutions and the blocks below it.
package struct Alternative: Sendable, Equatable, Codable {
  package var title: String
  package var position: SourcePosition
  /// The blocks below the heading, comments left out, as indices among the body's top-level blocks.
  package var blocks: [Int]
  /// Whether a code block is among ``blocks``.
  package var hasCode: Bool
  /// Indices among the body's top-level blocks, as for ``CaseSection``.
  package var headingBlock: Int
  package var contentBlocks: Range<Int>
  /// What its heading's parentheses say became of it (``SolutionStatus``), if they do.
  package var status: SolutionStatus?

  package init(title: String, position: SourcePosition, blocks: [Int], hasCode: Bool, headingBlock: Int, contentBlocks: Range<Int>, status: SolutionStatus? = nil) {
    self.status = status
    self.title = title
    self.position = position
    self.blocks = blocks
    self.hasCode = hasCode
    self.headingBlock = headingBlock
    self.contentBlocks = contentBlocks
  }
}
