// Stage: Render. Tag and component pages, and their indexes.

/// One tag's or component's page: the cases that carry it.
package struct TaxonomyPage: Sendable {
  package var page: PageInfo
  /// `Tag` or `Component`, in the site's language.
  package var kindLabel: String
  /// `Tags` or `Components`, in the site's language: the index page's title.
  package var indexLabel: String
  /// `tags` or `components`: the index page's folder.
  package var kindPath: String
  package var name: String
  package var count: Int
  /// ``count`` in words: "1 case", "12 cases".
  package var countText: String
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
  package static let fields: TemplateFieldTable<TaxonomyPage> = ["page": { $0.page }, "kindLabel": { TemplateText($0.kindLabel) }, "indexLabel": { TemplateText($0.indexLabel) }, "kindPath": { TemplateText($0.kindPath) }, "name": { TemplateText($0.name) }, "count": { $0.count }, "countText": { TemplateText($0.countText) }, "one": { $0.one }, "cases": { $0.cases }, "pager": { $0.pager }]
}

extension TaxonomyIndexPage: TemplateFields {
  package static let fields: TemplateFieldTable<TaxonomyIndexPage> = ["page": { $0.page }, "kindLabel": { TemplateText($0.kindLabel) }, "terms": { $0.terms }, "count": { $0.count }]
}
