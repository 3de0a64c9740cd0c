// Stage: model.

/// The typed YAML front matter of a case, as documented in `docs/case-format.md`.
package struct FrontMatter: Sendable, Hashable, Codable {
  package var title: String
  /// One line of inline Markdown (``InlineText``).
  package var summary: InlineText
  package var date: CaseDate
  package var updated: CaseDate?
  package var status: CaseStatus
  package var tags: [String]
  package var components: [String]
  package var environment: [String]
  package var signatures: [String]
  package var references: [Reference]
  /// Related case ids as written; whether each exists is checked across cases.
  package var related: [Located<String>]
  /// The BCP 47 language tag as written, or nil for the site's default language.
  package var lang: String?
  /// `applies_to` and `fixed_in`.
  package var applicability: Applicability
  /// `reviewed` and `review_every`.
  package var review: Review
  /// Where `date` and `updated` are written: what `casebook lint` says of them as of a day
  /// (``ReviewChecker``) points there.
  package var datePosition = SourcePosition.fileStart, updatedPosition: SourcePosition?

  package init(
    title: String, summary: InlineText, date: CaseDate, updated: CaseDate? = nil,
    status: CaseStatus = .resolved, tags: [String] = [], components: [String] = [],
    environment: [String] = [], signatures: [String] = [], references: [Reference] = [],
    related: [Located<String>] = [], lang: String? = nil, applicability: Applicability = Applicability(), review: Review = Review()
  ) {
    self.title = title
    self.summary = summary
    self.date = date
    self.updated = updated
    self.status = status
    self.tags = tags
    self.components = components
    self.environment = environment
    self.signatures = signatures
    self.references = references
    self.related = related
    self.lang = lang
    self.applicability = applicability
    self.review = review
  }

  /// The keys a case may have, in the order the documentation lists them.
  package static let keys = [
    "title", "summary", "date", "updated", "status", "tags", "components", "environment",
    "signatures", "references", "related", "lang", "applies_to", "fixed_in", "reviewed", "review_every",
  ]
}
