// Stage: Search. A case → the document the search index is built from: the one place that
// makes it, for the build, `casebook search` and the bench.

package import CasebookCore

extension SearchDocument {
  /// The search view of a case: its fields and the plain text of each section.
  ///
  /// The section texts come from the body, parsed once by the caller, who may make more of the
  /// same parse (``CaseBody/sectionTexts(_:)``); without them, the fields alone: enough for the
  /// facets and signatures of an index whose other files stay.
  package init(_ record: CaseRecord, config: SiteConfig, sectionTexts: [String]?) {
    let fm = record.frontMatter
    self.init(
      id: record.id.rawValue, url: SiteRoutes.casePage(record.id), title: fm.title, summary: fm.summary.plain,
      status: fm.status.rawValue, lang: fm.lang ?? config.defaultLanguage, date: fm.date.description,
      components: fm.components, tags: fm.tags, environment: fm.environment, signatures: fm.signatures,
      sections: sectionTexts.map { texts in
        zip(record.sections, texts).map { section, text in
          Section(kind: section.kind.slug, anchor: section.kind.slug, heading: section.heading, text: text)
        }
      } ?? [],
      appliesTo: fm.applicability.appliesTo.isEmpty ? nil : Dictionary(fm.applicability.appliesTo.map { ($0.component, $0.range.normalized) }) { first, _ in first },
      fixedIn: Dictionary(fm.applicability.fixedIn.compactMap { fix in fix.version.map { (fix.component, $0.description) } }) { first, _ in first }.nilIfEmpty,
      reviewDue: config.reviewDue(of: fm).description)
  }
}

extension Dictionary {
  fileprivate var nilIfEmpty: Self? { isEmpty ? nil : self }
}

extension KnowledgeBase {
  /// The search index of every case, in listing order (newest first).
  package func searchIndex(contentHash: String) -> SearchIndex {
    SearchIndexBuilder.build(cases.concurrentMap { SearchDocument($0, config: config, sectionTexts: CaseBody($0.body, products: []).sectionTexts($0.sections)) }, contentHash: contentHash)
  }
}
