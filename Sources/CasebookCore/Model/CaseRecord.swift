// Stage: model.

/// A checked case record: what templates, man pages and search all read.
///
/// A record exists only for a file whose front matter and body passed every per-file rule;
/// a file with errors yields diagnostics instead.
package struct CaseRecord: Sendable, Codable {
  package var id: CaseID
  /// The path as shown in diagnostics.
  package var file: String
  package var frontMatter: FrontMatter
  /// The body's sections; empty until the body is checked (``CaseLoader/checkBody(_:of:)``),
  /// which a build does in its Cases stage.
  package var sections: [CaseSection]
  /// The Markdown body with the front matter lines blanked, so line numbers are file lines.
  package var body: String
  /// The ``ContentDigest`` of the file the record was read from: with the config, it stands
  /// for everything the record holds, so a build can tell an unchanged case without reading it.
  package var sourceDigest: UInt64
  /// The body's links to other cases, where they are written; empty until the body is
  /// checked, like ``sections``, and kept with the parse result, so that whether each case
  /// still exists is checked on every build (``RelatedCaseChecker``).
  package var linkedCases: [Located<LinkedCase>] = []

  package init(id: CaseID, file: String, frontMatter: FrontMatter, sections: [CaseSection], body: String, sourceDigest: UInt64) {
    self.id = id
    self.file = file
    self.frontMatter = frontMatter
    self.sections = sections
    self.body = body
    self.sourceDigest = sourceDigest
  }

  package func section(_ kind: SectionKind) -> CaseSection? {
    sections.first { $0.kind == kind }
  }

}
