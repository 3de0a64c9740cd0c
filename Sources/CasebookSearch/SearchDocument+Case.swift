// Stage: Search. A case → the document the search index is built from: the one place that
// makes it, for the build, `casebook search` and the bench.

package import CasebookCore

extension SearchDocument {
  /// The search view of a case: its fields and the plain text of each section.
  ///
  /// Without `sections`, the fields alone: enough for the facets and signatures of an index
  /// whose other files stay (the section texts are read from the body, the costly part).
  package init(_ record: CaseRecord, config: SiteConfig, sections: Bool = true) {
    let fm = record.frontMatter
    self.init(
      id: record.id.rawValue, url: SiteRoutes.casePage(record.id), title: fm.title, summary: fm.summary,
      status: fm.status.rawValue, lang: fm.lang ?? config.defaultLanguage, date: fm.date.description,
      components: fm.components, tags: fm.tags, environment: fm.environment, signatures: fm.signatures,
      sections: sections
        ? zip(record.sections, record.sectionTexts()).map { section, text in
          Section(kind: section.kind.slug, anchor: section.kind.slug, heading: section.heading, text: text)
        } : [])
  }
}

extension KnowledgeBase {
  /// The search index of every case, in listing order (newest first).
  package func searchIndex(contentHash: String) -> SearchIndex {
    SearchIndexBuilder.build(cases.concurrentMap { SearchDocument($0, config: config) }, contentHash: contentHash)
  }
}
