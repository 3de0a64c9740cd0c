// Stage: model.

package import CommonMark

/// One level-2 section of a case body, with its content as Markdown blocks.
package struct CaseSection: Sendable {
  package var kind: SectionKind
  /// The heading as written (`Root cause`, `根本原因`).
  package var heading: String
  package var position: SourcePosition
  /// The blocks under the heading, up to the next level-2 heading; for Solutions this
  /// includes the `###` alternatives, which ``alternatives`` also lists.
  package var blocks: [MarkdownNode]
  /// The `###` subsections of Solutions, one per alternative fix; empty for other sections.
  package var alternatives: [Alternative]
  /// File lines the section spans, heading included (for rendering a section's source).
  package var lines: ClosedRange<Int>

  package init(kind: SectionKind, heading: String, position: SourcePosition, blocks: [MarkdownNode], alternatives: [Alternative], lines: ClosedRange<Int>) {
    self.kind = kind
    self.heading = heading
    self.position = position
    self.blocks = blocks
    self.alternatives = alternatives
    self.lines = lines
  }
}

/// One alternative fix: a `###` heading under Solutions and the blocks below it.
package struct Alternative: Sendable {
  package var title: String
  package var position: SourcePosition
  package var blocks: [MarkdownNode]

  package init(title: String, position: SourcePosition, blocks: [MarkdownNode]) {
    self.title = title
    self.position = position
    self.blocks = blocks
  }
}
