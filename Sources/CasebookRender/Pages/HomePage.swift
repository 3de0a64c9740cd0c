// Stage: Render. The home page: every case, newest first, with filters.

/// The home page's view model.
package struct HomePage: Sendable {
  package var page: PageInfo
  /// The cases of this page of the listing.
  package var cases: [CardHTML]
  /// Every case's count, on every page.
  package var caseCount: Int
  package var pager: Pager
  package var statusFacets: [Facet]
  package var componentFacets: [Facet]
  package var tagFacets: [Facet]
}

/// One value of a filter with the number of cases that have it.
package struct Facet: Sendable {
  package var value: String
  package var label: String
  package var count: Int
}

extension HomePage: TemplateFields {
  package static let fields: TemplateFieldTable<HomePage> = ["page": { $0.page }, "cases": { $0.cases }, "caseCount": { $0.caseCount }, "pager": { $0.pager }, "statusFacets": { $0.statusFacets }, "componentFacets": { $0.componentFacets }, "tagFacets": { $0.tagFacets }]
}

extension Facet: TemplateFields {
  package static let fields: TemplateFieldTable<Facet> = ["value": { TemplateText($0.value) }, "label": { TemplateText($0.label) }, "count": { $0.count }]
}
