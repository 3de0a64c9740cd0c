// Stage: Render. A page with no content of its own.

/// The view model of a page with no content of its own (404, search): its frame and the way home.
package struct PlainPage: Sendable {
  package var page: PageInfo
  package var homeURL: String
}

extension PlainPage: TemplateFields {
  package static let fields: TemplateFieldTable<PlainPage> = ["page": { $0.page }, "homeURL": { TemplateText($0.homeURL) }]
}
