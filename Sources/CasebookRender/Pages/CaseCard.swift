// Stage: Render. One case in a listing.

/// A case as listings show it: title, summary, status, date, components and tags.
///
/// The `data*` strings carry the same facts for the client-side filters.
package struct CaseCard: Sendable {
  package var id: String
  package var url: String
  package var title: String
  package var summary: String
  package var status: String
  package var statusLabel: String
  package var date: String
  package var updated: String?
  package var lang: String?
  package var components: [TermLink]
  package var tags: [TermLink]
  package var dataComponents: String
  package var dataTags: String
}

/// A link to a tag's or component's page.
package struct TermLink: Sendable {
  package var name: String
  package var url: String
  package var count: Int
}

/// A link to another case, with its summary and why it is listed.
package struct CaseLink: Sendable {
  package var id: String
  package var title: String
  package var summary: String
  package var url: String
  package var reason: String
}
