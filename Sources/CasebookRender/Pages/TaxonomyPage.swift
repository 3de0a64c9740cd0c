// Stage: Render. Tag and component pages, and their indexes.

/// One tag's or component's page: the cases that carry it.
package struct TaxonomyPage: Sendable {
  package var page: PageInfo
  /// `Tag` or `Component`.
  package var kindLabel: String
  /// `tags` or `components`: the index page's folder.
  package var kindPath: String
  package var name: String
  package var count: Int
  /// Whether ``count`` is one, for "1 case" against "2 cases".
  package var one: Bool
  /// The cases of this page of the term's listing.
  package var cases: [CardHTML]
  package var pager: Pager
}

/// The index of every tag or every component, with counts.
package struct TaxonomyIndexPage: Sendable {
  package var page: PageInfo
  package var kindLabel: String
  package var terms: [TermLink]
  package var count: Int
}

extension TaxonomyPage: TemplateFields {
  package static let fields: TemplateFieldTable<TaxonomyPage> = ["page": { $0.page }, "kindLabel": { TemplateText($0.kindLabel) }, "kindPath": { TemplateText($0.kindPath) }, "name": { TemplateText($0.name) }, "count": { $0.count }, "one": { $0.one }, "cases": { $0.cases }, "pager": { $0.pager }]
}

extension TaxonomyIndexPage: TemplateFields {
  package static let fields: TemplateFieldTable<TaxonomyIndexPage> = ["page": { $0.page }, "kindLabel": { TemplateText($0.kindLabel) }, "terms": { $0.terms }, "count": { $0.count }]
}
