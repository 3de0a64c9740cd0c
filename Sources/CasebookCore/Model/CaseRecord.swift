// Stage: model.

/// A checked case record: what templates, man pages and search all read.
///
/// A record exists only for a file whose front matter and body passed every per-file rule;
/// a file with errors yields diagnostics instead.
package struct CaseRecord: Sendable {
  package var id: CaseID
  /// The path as shown in diagnostics.
  package var file: String
  package var frontMatter: FrontMatter
  package var sections: [CaseSection]
  /// The Markdown body with the front matter lines blanked, so line numbers are file lines.
  package var body: String

  package init(id: CaseID, file: String, frontMatter: FrontMatter, sections: [CaseSection], body: String) {
    self.id = id
    self.file = file
    self.frontMatter = frontMatter
    self.sections = sections
    self.body = body
  }

  package func section(_ kind: SectionKind) -> CaseSection? {
    sections.first { $0.kind == kind }
  }
}
