// Stage: Render. One case in a listing.

/// A case as listings show it: title, summary, status, date, components and tags.
///
/// The `data*` strings carry the same facts for the client-side filters.
package struct CaseCard: Sendable {
  package var id: String
  package var url: String
  package var title: String
  /// The summary's words, and the summary as HTML (``InlineText/html``).
  package var summary: String
  package var summaryHTML: String
  package var status: String
  package var statusLabel: String
  package var date: String
  package var updated: String?
  package var lang: String?
  package var components: [TermLink]
  package var tags: [TermLink]
}

/// A case card as the listings show it: the `case-card` template's output for the case.
package struct CardHTML: Sendable {
  package var html: String
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
  package var summaryHTML: String
  package var url: String
  package var reason: String
}

extension CaseCard: TemplateFields {
  package static let fields: TemplateFieldTable<CaseCard> = ["id": { TemplateText($0.id) }, "url": { TemplateText($0.url) }, "title": { TemplateText($0.title) }, "summary": { TemplateText($0.summary) }, "summaryHTML": { TemplateText($0.summaryHTML) }, "status": { TemplateText($0.status) }, "statusLabel": { TemplateText($0.statusLabel) }, "date": { TemplateText($0.date) }, "updated": { $0.updated.map(TemplateText.init) }, "lang": { $0.lang.map(TemplateText.init) }, "components": { $0.components }, "tags": { $0.tags }]
}

extension TermLink: TemplateFields {
  package static let fields: TemplateFieldTable<TermLink> = ["name": { TemplateText($0.name) }, "url": { TemplateText($0.url) }, "count": { $0.count }]
}

extension CaseLink: TemplateFields {
  package static let fields: TemplateFieldTable<CaseLink> = ["id": { TemplateText($0.id) }, "title": { TemplateText($0.title) }, "summary": { TemplateText($0.summary) }, "summaryHTML": { TemplateText($0.summaryHTML) }, "url": { TemplateText($0.url) }, "reason": { TemplateText($0.reason) }]
}

extension CardHTML: TemplateFields {
  package static let fields: TemplateFieldTable<CardHTML> = ["html": { TemplateText($0.html) }]
}
