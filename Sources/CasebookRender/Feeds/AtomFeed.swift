// Stage: Render. feed.xml: the newest cases as an Atom feed.

internal import CasebookCore

/// An Atom feed of the newest 50 events: a case recorded, or a case updated.
///
/// A case with `updated` has two entries: the one it had when recorded, and one for the update
/// (its own id, ending `#updated-<date>`, titled "Updated: …"), so that a reader who already read
/// the first is told of the second. Dates are the cases' own, never the build time, so the feed
/// is the same for the same content. Links are absolute when the site has a base URL, relative
/// to the feed otherwise.
///
/// ```
/// date 2026-11-26, updated 2026-12-01  →  <entry> Updated: … 2026-12-01 </entry> … <entry> … 2026-11-26 </entry>
/// ```
package struct AtomFeed {
  package static let limit = 50
  let site: SiteInfo
  let cases: [CaseRecord]

  package var xml: String {
    // Events are positions and dates, not records: a record is large, and only 50 are shown.
    var events: [(date: CaseDate, position: Int, isUpdate: Bool)] = []
    for (position, record) in cases.enumerated() {
      events.append((record.frontMatter.date, position, false))
      if let updated = record.frontMatter.updated { events.append((updated, position, true)) }
    }
    let newest = events.sorted { lhs, rhs in
      if lhs.date != rhs.date { return lhs.date > rhs.date }
      if cases[lhs.position].id != cases[rhs.position].id { return cases[lhs.position].id < cases[rhs.position].id }
      return lhs.isUpdate && !rhs.isUpdate
    }.prefix(Self.limit)
    let base = site.baseURL ?? ""
    let feedID = site.baseURL.map { $0 + SiteRoutes.feed } ?? "urn:casebook:\(AnchorSet.slug(site.title))"
    let updated = newest.first.map { stamp($0.date) } ?? "1970-01-01T00:00:00Z"
    var out = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>\(Escaping.xml(site.title))</title>
        <subtitle>\(Escaping.xml(site.description))</subtitle>
        <id>\(Escaping.xml(feedID))</id>
        <updated>\(updated)</updated>
        <link rel="alternate" type="text/html" href="\(Escaping.xml(base + SiteRoutes.home))"/>

      """
    if let baseURL = site.baseURL { out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(Escaping.xml(baseURL + SiteRoutes.feed))\"/>\n" }
    out += "  <generator>Casebook</generator>\n"
    for event in newest {
      let record = cases[event.position]
      let fm = record.frontMatter
      let url = base + SiteRoutes.casePage(record.id)
      let caseID = site.baseURL == nil ? "urn:casebook:case:\(record.id)" : url
      let id = event.isUpdate ? caseID + "#updated-\(event.date)" : caseID
      out += """
          <entry>
            <title>\(Escaping.xml((event.isUpdate ? "Updated: " : "") + fm.title))</title>
            <id>\(Escaping.xml(id))</id>
            <link rel="alternate" type="text/html" href="\(Escaping.xml(url))"/>
            <published>\(stamp(event.date))</published>
            <updated>\(stamp(event.date))</updated>
            <author><name>\(Escaping.xml(site.title))</name></author>
            <summary>\(Escaping.xml(fm.summary.plain))</summary>

        """
      for term in (fm.components + fm.tags).sorted() { out += "    <category term=\"\(Escaping.xml(term))\"/>\n" }
      out += "  </entry>\n"
    }
    return out + "</feed>\n"
  }

  private func stamp(_ date: CaseDate) -> String { "\(date)T00:00:00Z" }
}

/// sitemap.xml: every HTML page, when the site has a base URL (a sitemap needs absolute URLs).
package struct Sitemap {
  let site: SiteInfo
  let paths: [String]

  package var xml: String? {
    guard let base = site.baseURL else { return nil }
    var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for path in paths.sorted() where path.hasSuffix(".html") && path != "404.html" {
      out += "  <url><loc>\(Escaping.xml(base + path))</loc></url>\n"
    }
    return out + "</urlset>\n"
  }
}

/// opensearch.xml: lets browsers add the site's search to their search bar.
package struct OpenSearchDescription {
  let site: SiteInfo

  package var xml: String {
    let base = site.baseURL ?? ""
    return """
      <?xml version="1.0" encoding="utf-8"?>
      <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
        <ShortName>\(Escaping.xml(String(site.title.prefix(16))))</ShortName>
        <Description>\(Escaping.xml(site.description))</Description>
        <InputEncoding>UTF-8</InputEncoding>
        <Url type="text/html" method="get" template="\(Escaping.xml(base))search.html?q={searchTerms}"/>
      </OpenSearchDescription>

      """
  }
}
