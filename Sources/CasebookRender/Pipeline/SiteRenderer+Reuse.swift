// Stage: Render. What each case's own files are made from, as one number, so a build can take
// over the files of the last one instead of rendering them again.

package import CasebookCore

extension SiteRenderer {
  /// Render keys: a digest of everything a case's own files are made from, per case.
  ///
  /// A case's page and runbook are made from its file, the config, the templates, the titles
  /// and summaries of the cases it lists (related and similar, with the reasons), and the counts
  /// of its tags and components; its man page from its file, the config and the ids of its
  /// related cases. Two builds that give a case the same key render the same bytes for it, so a
  /// build takes over the previous build's files when the keys match.
  ///
  /// ```
  /// edit the body of case A      → A's page key and man key change, no other key does
  /// edit the title of case B     → the page keys of the cases that list B change too
  /// edit any template            → every page key changes, no man key does
  /// ```
  package struct Keys: Sendable, Equatable, Codable {
    /// Page-and-runbook keys by case id.
    package var pages: [String: UInt64] = [:]
    /// Man page keys by case id.
    package var man: [String: UInt64] = [:]
    /// Listing page keys (home, search, 404, taxonomy pages, `casebook-cases.7`) by path (``listingKeys()``).
    package var listings: [String: UInt64] = [:]
    /// Where each case's entry lies in cases.json, with its key (``jsonKey(_:)``), by case id.
    package var casesJSON: [String: CasesJSON.Span] = [:]

    package init() {}

    /// Kept between builds as columns: the case ids once, in order, which of the three each
    /// has (a build records all three for every case), and each case's keys and cases.json
    /// span beside them.
    private enum CodingKeys: String, CodingKey { case ids, has, pages, man, listings, jsonKeys, jsonStarts, jsonCounts }

    package func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      let ids = Set(pages.keys).union(man.keys).union(casesJSON.keys).sorted()
      try container.encode(ids, forKey: .ids)
      try container.encode(ids.map { UInt8(pages[$0] == nil ? 0 : 1) | (man[$0] == nil ? 0 : 2) | (casesJSON[$0] == nil ? 0 : 4) }, forKey: .has)
      try container.encode(ids.map { pages[$0] ?? 0 }, forKey: .pages)
      try container.encode(ids.map { man[$0] ?? 0 }, forKey: .man)
      try container.encode(listings, forKey: .listings)
      let spans = ids.map { casesJSON[$0] ?? CasesJSON.Span(key: 0, start: 0, count: 0) }
      try container.encode(spans.map(\.key), forKey: .jsonKeys)
      try container.encode(spans.map(\.start), forKey: .jsonStarts)
      try container.encode(spans.map(\.count), forKey: .jsonCounts)
    }

    package init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      let ids = try container.decode([String].self, forKey: .ids), has = try container.decode([UInt8].self, forKey: .has)
      let pages = try container.decode([UInt64].self, forKey: .pages), man = try container.decode([UInt64].self, forKey: .man)
      listings = try container.decode([String: UInt64].self, forKey: .listings)
      let keys = try container.decode([UInt64].self, forKey: .jsonKeys)
      let starts = try container.decode([Int].self, forKey: .jsonStarts), counts = try container.decode([Int].self, forKey: .jsonCounts)
      guard [has.count, pages.count, man.count, keys.count, starts.count, counts.count].allSatisfy({ $0 == ids.count }) else {
        throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "key columns of different lengths"))
      }
      for (index, id) in ids.enumerated() {
        if has[index] & 1 != 0 { self.pages[id] = pages[index] }
        if has[index] & 2 != 0 { self.man[id] = man[index] }
        if has[index] & 4 != 0 { casesJSON[id] = CasesJSON.Span(key: keys[index], start: starts[index], count: counts[index]) }
      }
    }
  }

  /// The page key of the case at `position`; see ``Keys``.
  package func pageKey(_ position: Int) -> UInt64 {
    // The record's fields are read in place: a copy of the record is a retain per field.
    let cases = knowledgeBase.cases
    var key = ContentDigest.Stream()
    key.add(field: "page")
    key.add(field: configDigest)
    key.add(field: templatesDigest)
    key.add(field: ProjectLayout.sourcePath(of: cases[position].id))
    key.add(field: cases[position].sourceDigest)
    for (kind, names) in [(Taxonomy.Kind.components, cases[position].frontMatter.components), (.tags, cases[position].frontMatter.tags)] {
      for name in names { key.add(field: UInt64(taxonomy.count(kind, name))) }
    }
    key.add(field: "related")
    for other in knowledgeBase.relatedPositions(at: position) {
      key.add(field: listedKeys[other])
      key.add(field: "")
    }
    key.add(field: "similar")
    for match in similar.matches(of: position) {
      key.add(field: listedKeys[match.index])
      key.add(field: UInt64(match.signatures))
      for name in match.components { key.add(field: name) }
    }
    return key.value
  }

  /// The man page key of the case at `position`; see ``Keys``.
  package func manKey(_ position: Int) -> UInt64 { ownKey("man", position) }

  /// What the cases.json entry of the case at `position` is made from: its file, the config and
  /// the ids of its related cases.
  func jsonKey(_ position: Int) -> UInt64 { ownKey("json", position) }

  /// A digest of the case's file, the config and the ids of its related cases, under a label:
  /// what its man page and its cases.json entry are made from.
  private func ownKey(_ label: String, _ position: Int) -> UInt64 {
    let cases = knowledgeBase.cases
    var key = ContentDigest.Stream()
    key.add(field: label)
    key.add(field: configDigest)
    key.add(field: ProjectLayout.sourcePath(of: cases[position].id))
    key.add(field: cases[position].sourceDigest)
    for other in knowledgeBase.relatedPositions(at: position) { key.add(field: cases[other].id.rawValue) }
    return key.value
  }

  /// A digest of what the case's card shows: its id, title, summary, status, dates, language,
  /// and its components and tags with their counts (not its body).
  func cardKey(_ position: Int) -> UInt64 {
    let shown = card(knowledgeBase.cases[position], root: "")
    var key = ContentDigest.Stream()
    for field in [shown.id, shown.title, shown.summary, shown.summaryHTML, shown.status, shown.date, shown.updated ?? "\u{0}", shown.lang ?? "\u{0}"] { key.add(field: field) }
    for links in [shown.components, shown.tags] {
      key.add(field: UInt64(links.count))
      for link in links {
        key.add(field: link.name)
        key.add(field: UInt64(link.count))
      }
    }
    return key.value
  }

  /// The key of every listing page (``listingPaths()``) and of `casebook-cases.7`, by path:
  /// the config, the templates, its path, the cards it shows (by ``cardKey(_:)``) and its
  /// facets (name, label, count); for `casebook-cases.7`, ``caseIndexKey()``.
  package func listingKeys() -> [String: UInt64] {
    let cardKeys = Array(knowledgeBase.cases.indices).concurrentMap(cardKey)
    var keys: [String: UInt64] = [:]
    let homeFacets = statusFacets() + [Taxonomy.Kind.components, .tags].flatMap { kind in terms(kind).map { Facet(value: kind.rawValue, label: $0.name, count: $0.cases.count) } }
    for listing in homePages() {
      keys[listing.path] = listingKey(listing.path, cardKeys[listing.cases], facets: homeFacets, pages: listing.count)
    }
    keys[SiteRoutes.search] = listingKey(SiteRoutes.search, [][...], facets: [])
    keys[SiteRoutes.notFound] = listingKey(SiteRoutes.notFound, [][...], facets: [])
    for kind in [Taxonomy.Kind.tags, .components] {
      let indexPath = SiteRoutes.taxonomyIndex(kind)
      keys[indexPath] = listingKey(indexPath, [][...], facets: termLinks(kind).map { Facet(value: $0.name, label: $0.url, count: $0.count) })
      for term in terms(kind) {
        for listing in termPages(kind, term) {
          keys[listing.path] = listingKey(listing.path, term.cases[listing.cases].lazy.map { cardKeys[$0] }, facets: [], pages: listing.count)
        }
      }
    }
    keys[CaseIndexManPage.path] = caseIndexKey()
    return keys
  }

  private func listingKey(_ path: String, _ cards: some Sequence<UInt64>, facets: [Facet], pages: Int = 1) -> UInt64 {
    var key = ContentDigest.Stream()
    key.add(field: "listing")
    key.add(field: configDigest)
    key.add(field: templatesDigest)
    key.add(field: path)
    var count: UInt64 = 0
    for card in cards {
      key.add(field: card)
      count += 1
    }
    key.add(field: count)
    key.add(field: UInt64(pages))
    for facet in facets {
      key.add(field: facet.value)
      key.add(field: facet.label)
      key.add(field: UInt64(facet.count))
    }
    return key.value
  }

  /// What `casebook-cases.7` is made from: the config and each case's id, summary, components
  /// and dates.
  private func caseIndexKey() -> UInt64 {
    var key = ContentDigest.Stream()
    key.add(field: "casebook-cases")
    key.add(field: configDigest)
    for record in knowledgeBase.cases {
      let fm = record.frontMatter
      for field in [record.id.rawValue, fm.summary.source, fm.date.description, fm.updated?.description ?? "\u{0}"] { key.add(field: field) }
      key.add(field: UInt64(fm.components.count))
      for name in fm.components { key.add(field: name) }
    }
    return key.value
  }

  /// What the search document of the case at `position` is made from: its file and the config.
  package func searchKey(_ record: CaseRecord) -> UInt64 {
    var key = ContentDigest.Stream()
    key.add(field: "search")
    key.add(field: configDigest)
    key.add(field: ProjectLayout.sourcePath(of: record.id))
    key.add(field: record.sourceDigest)
    return key.value
  }

  /// A digest of the templates (names and text): every page is made with them.
  static func digest(of templates: TemplateSet) -> UInt64 {
    var key = ContentDigest.Stream()
    for name in templates.templates.keys.sorted() {
      key.add(field: name)
      key.add(field: templates.templates[name]!)
    }
    return key.value
  }
}
