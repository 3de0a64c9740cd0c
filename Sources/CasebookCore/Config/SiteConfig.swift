// Stage: model (site-wide settings from Content/casebook.yml).

/// Site-wide settings: names, addresses and the languages cases may be written in.
package struct SiteConfig: Sendable {
  /// One language cases may be written in, with the section headings it accepts.
  package struct Language: Sendable {
    package var tag: String
    package var name: String
    /// Headings accepted besides the English ones: `根本原因` for ``SectionKind/rootCause``.
    package var headings: [SectionKind: [String]]
    /// Words of the interface this site says otherwise than the built-in table of the language
    /// (``InterfaceText``): `contents: 本页内容`.
    package var interface: [String: String]

    package init(tag: String, name: String, headings: [SectionKind: [String]] = [:], interface: [String: String] = [:]) {
      self.tag = tag
      self.name = name
      self.headings = headings
      self.interface = interface
    }
  }

  package var title: String
  package var description: String
  /// The public address of the site, `https://kb.example.org/ops/`, when it has one.
  package var baseURL: String?
  package var defaultLanguage: String
  package var languages: [Language]
  /// An "edit this page" address with `{path}` (the file path in the repository) or `{id}`.
  package var editURL: String?
  /// The manual name on every man page's `.TH` line.
  package var manual: String
  /// How long a review holds when a case does not say (`review_every`).
  package var reviewEvery: ReviewInterval
  /// How `casebook import` maps runbook headings to sections (`import`).
  package var importMapping = ImportMapping()
  /// How many cases a listing page shows before the next page takes over (`page_size`).
  package var pageSize = SiteConfig.defaultPageSize
  package static let defaultPageSize = 50
  package static let pageSizes = 10...1_000

  package init(
    title: String, description: String, baseURL: String? = nil, defaultLanguage: String = "en",
    languages: [Language] = [Language(tag: "en", name: "English")], editURL: String? = nil,
    manual: String = "Casebook", reviewEvery: ReviewInterval = .standard
  ) {
    self.title = title
    self.description = description
    self.baseURL = baseURL
    self.defaultLanguage = defaultLanguage
    self.languages = languages
    self.editURL = editURL
    self.manual = manual
    self.reviewEvery = reviewEvery
  }

  /// The keys the config may have.
  package static let keys = ["title", "description", "base_url", "default_language", "languages", "edit_url", "manual", "review_every", "page_size", "import"]

  /// The interface of pages in `tag` (a case's `lang`; nil: the site's default language).
  package func interface(for tag: String?) -> InterfaceText {
    InterfaceText(language: tag ?? defaultLanguage, overrides: language(for: tag)?.interface ?? [:])
  }

  /// The language settings for a case's `lang` (or the default), matched on the primary subtag.
  package func language(for tag: String?) -> Language? {
    let wanted = LanguageTag.primary(tag ?? defaultLanguage)
    return languages.first { LanguageTag.primary($0.tag) == wanted }
  }
}

extension SiteConfig {
  /// The day a case's review runs out: its last review (else its `updated`, else its `date`)
  /// plus its own interval, else the site's.
  ///
  /// ```
  /// date 2026-11-26, no review, site every 1y     →  2027-11-26
  /// reviewed 2026-12-01, review_every 90d         →  2027-03-01
  /// ```
  package func reviewDue(of frontMatter: FrontMatter) -> CaseDate {
    (frontMatter.review.every ?? reviewEvery).after(lastReviewed(frontMatter))
  }

  /// The last time a case was checked: its review, else its update, else its recording.
  package func lastReviewed(_ frontMatter: FrontMatter) -> CaseDate {
    frontMatter.review.date?.value ?? frontMatter.updated ?? frontMatter.date
  }
}
