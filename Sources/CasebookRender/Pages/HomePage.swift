// Stage: Render. The home page: every case, newest first, with filters.

/// The home page's view model.
package struct HomePage: Sendable {
  package var page: PageInfo
  package var cases: [CardHTML]
  package var caseCount: Int
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
  package static let fields: TemplateFieldTable<HomePage> = ["page": \.page, "cases": \.cases, "caseCount": \.caseCount, "statusFacets": \.statusFacets, "componentFacets": \.componentFacets, "tagFacets": \.tagFacets]
}

extension Facet: TemplateFields {
  package static let fields: TemplateFieldTable<Facet> = ["value": \.value, "label": \.label, "count": \.count]
}
