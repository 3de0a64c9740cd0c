// Stage: Render. The knowledge base → every file of the site, in memory.

package import CasebookCore
package import CasebookSearch
internal import CommonMark
internal import Foundation

/// Renders the whole site from a checked knowledge base and the templates.
///
/// Pure: it reads nothing from disk and writes nothing; the command layer writes the result.
/// The same input gives byte-identical output: every listing is sorted and no page carries a
/// build time.
package struct SiteRenderer {
  /// The templates every site must have.
  package static let requiredTemplates = ["home", "case", "case-card", "runbook", "taxonomy", "taxonomy-index", "search", "404"]

  package private(set) var knowledgeBase: KnowledgeBase
  package let templates: TemplateLibrary
  package let assets: [String: [UInt8]]
  /// A hash of the content the site is built from, stored in the search index for freshness.
  package let contentHash: String
  let site: SiteInfo

  package let taxonomy: Taxonomy
  package let similar: SimilarCases
  /// Reads the Markdown body of a record that comes without it (the build kept its parse
  /// result, ``ParseCache``, not its text); set by the command layer, which alone reads files.
  package var loadBody: (@Sendable (CaseRecord) throws -> String)?
  /// The ``ContentDigest`` of the config file (0 without one) and a digest of the templates:
  /// part of every render key (``Keys``).
  let configDigest: UInt64
  let templatesDigest: UInt64
  /// Per case: a digest of what a page shows of it when it lists it as related or similar (its
  /// id, title and summary), made once for every page key (``pageKey(_:)``).
  let listedKeys: [UInt64]

  /// Renders what the Assemble stage made (``Assembly``) with these templates.
  package init(assembly: Assembly, templates: TemplateSet, contentHash: String = "", configDigest: UInt64 = 0) throws {
    let knowledgeBase = assembly.knowledgeBase
    self.knowledgeBase = knowledgeBase
    self.contentHash = contentHash
    self.configDigest = configDigest
    templatesDigest = Self.digest(of: templates)
    self.templates = try TemplateLibrary(templates, required: Self.requiredTemplates)
    self.assets = templates.assets
    let config = knowledgeBase.config
    site = SiteInfo(title: config.title, description: config.description, baseURL: config.baseURL, defaultLanguage: config.defaultLanguage)
    taxonomy = assembly.taxonomy
    similar = assembly.similar
    listedKeys = Array(knowledgeBase.cases.indices).concurrentMap { position in
      var key = ContentDigest.Stream()
      let frontMatter = knowledgeBase.cases[position].frontMatter
      for field in [knowledgeBase.cases[position].id.rawValue, frontMatter.title, frontMatter.summary] { key.add(field: field) }
      return key.value
    }
  }

  /// Pages about many cases, the feeds and the assets: home, tags, components, search, 404,
  /// feed.xml, sitemap.xml, opensearch.xml, cases.json and `assets/`.
  ///
  /// Handed to `sink` a part at a time (a few term pages, the assets; cases.json a batch of
  /// cases at a time), since together they are several times the size of the case pages of a
  /// batch: a case's card is on the home page and on every tag and component page it has.
  /// A listing whose key (``listingKey(_:_:facets:)``) is the one `previous` recorded, and which
  /// the sink keeps, is not rendered again; cards are rendered only for the listings that are.
  /// The cases.json entries of cases whose key is unchanged are copied from the previous file.
  package func listingPages(into sink: inout some SiteSink, previous: Keys? = nil) throws -> Listings {
    let previousJSON = previous?.casesJSON
    let previous = previous?.listings
    var listings = Listings()
    var paths: [String] = []
    func emit(_ files: [OutputFile]) throws {
      paths += files.map(\.path)
      try sink.accept(files)
    }
    /// Whether the listing at `path` stays as the last build wrote it; records its key.
    func kept(_ path: String, _ key: UInt64) -> Bool {
      listings.keys[path] = key
      guard let previous, previous[path] == key, sink.keep([path]) else { return false }
      paths.append(path)
      listings.kept += 1
      return true
    }
    let cardKeys = Array(knowledgeBase.cases.indices).concurrentMap(cardKey)
    let cards = RenderedCards(count: knowledgeBase.cases.count)
    var output = SiteOutput()
    let statuses = CaseStatus.allCases.compactMap { status -> Facet? in
      let count = knowledgeBase.cases.count { $0.frontMatter.status == status }
      return count == 0 ? nil : Facet(value: status.rawValue, label: Self.label(status), count: count)
    }
    if !kept(SiteRoutes.home, listingKey(SiteRoutes.home, cardKeys[...], facets: statuses)) {
      try renderHome(cards: try renderedCards(cards, root: "", positions: Array(knowledgeBase.cases.indices)), statuses: statuses, into: &output)
    }
    if !kept(SiteRoutes.search, listingKey(SiteRoutes.search, [][...], facets: [])) {
      let page = PlainPage(page: PageInfo(site: site, pageTitle: "Search", description: "Search \(site.title)", path: SiteRoutes.search, section: "search"), homeURL: SiteRoutes.home)
      output.add(path: SiteRoutes.search, text: try templates.render("search", page))
    }
    if !kept(SiteRoutes.notFound, listingKey(SiteRoutes.notFound, [][...], facets: [])) {
      // Shown at any depth of the site, so its way home is absolute when it can be.
      let page = PlainPage(page: PageInfo(site: site, pageTitle: "Page not found", description: site.description, path: SiteRoutes.notFound), homeURL: site.baseURL.map { $0 + SiteRoutes.home } ?? SiteRoutes.home)
      output.add(path: SiteRoutes.notFound, text: try templates.render("404", page))
    }
    output.add(path: SiteRoutes.feed, text: AtomFeed(site: site, cases: knowledgeBase.cases).xml)
    output.add(path: SiteRoutes.openSearch, text: OpenSearchDescription(site: site).xml)
    try emit(output.sorted)
    try renderTaxonomy(kind: .tags, cardKeys: cardKeys, cards: cards, kept: kept, into: emit)
    try renderTaxonomy(kind: .components, cardKeys: cardKeys, cards: cards, kept: kept, into: emit)
    // The sitemap lists the HTML pages: the listings above and every case's two pages.
    let casePaths = knowledgeBase.cases.flatMap { SiteRoutes.casePages($0.id) }
    if let sitemap = Sitemap(site: site, paths: paths + casePaths).xml { try emit([OutputFile(path: SiteRoutes.sitemap, text: sitemap)]) }
    try emit(assets.sorted(by: { $0.key < $1.key }).map { OutputFile(path: SiteRoutes.asset($0.key), bytes: $0.value) })
    var json = CasesJSON(knowledgeBase: knowledgeBase)
    json.withBody = withBody
    let spans = CasesJSON.Spans()
    let reuse = previousJSON.flatMap { spans in sink.previousFile(SiteRoutes.casesJSON).map { CasesJSON.Reuse(file: $0, spans: spans) } }
    try sink.accept(json.file(keys: Array(knowledgeBase.cases.indices).concurrentMap(jsonKey), reuse: reuse, spans: spans))
    listings.casesJSON = spans
    listings.count = paths.count + 1
    return listings
  }

  /// What ``listingPages(into:previous:)`` made: how many files, how many of the listings
  /// were kept from the last build, and every listing's key and cases.json entry for the next one.
  package struct Listings {
    package var count = 0
    package var kept = 0
    package var keys: [String: UInt64] = [:]
    /// Where each case's cases.json entry lands (once the sink has settled), and how many
    /// entries are copied.
    package var casesJSON = CasesJSON.Spans()
  }

  /// Each case's own files, rendered on every core from one parse of its body: the page and
  /// runbook of the cases at the positions in `pages`, the man page of those in `man`.
  ///
  /// ```
  /// caseFiles(pages: [0, 1], man: [1])  →  cases/a/index.html, cases/a/runbook.html,
  ///                                        cases/b/index.html, cases/b/runbook.html, man/man7/b.7
  /// ```
  package func caseFiles(pages: [Int], man: [Int]) throws -> [OutputFile] {
    let wantsPage = Set(pages), wantsMan = Set(man)
    let manRenderer = ManPageRenderer(knowledgeBase: knowledgeBase)
    return try wantsPage.union(wantsMan).sorted().concurrentMap { position -> [OutputFile] in
      let record = try withBody(knowledgeBase.cases[position])
      let page = wantsPage.contains(position), man = wantsMan.contains(position)
      // One parse either way; the tree is copied and the HTML made only for what is rendered.
      let parsed = page && man ? CommonMark.renderBlocks(record.body) : nil
      var files: [OutputFile] = []
      if page {
        files += try renderCase(record, body: parsed.map { CaseBodyRenderer().render(record, html: $0.html) } ?? CaseBodyRenderer().render(record))
      }
      if man {
        let body = parsed.map { CaseBody(blocks: $0.blocks) } ?? CaseBody(record)
        files.append(OutputFile(path: SiteRoutes.manPage(record.id), text: manRenderer.render(record, body: body)))
      }
      return files
    }.flatMap { $0 }
  }

  /// What a build of the search index leaves: how many files it has, how many of them were
  /// kept from the last build, and the state for the next build.
  package struct SearchIndexOutput {
    package var count: Int
    package var kept: Int
    package var state: IndexState
  }

  /// The search index files under `search/`, handed to `sink` a group of files at a time.
  ///
  /// With the `previous` build's state, and few cases changed, only their documents are made
  /// again and only the terms they had or have are weighed again (``IndexState/update(_:keys:)``);
  /// the sink keeps every other file. Otherwise the index is made whole, last, a batch of cases
  /// at a time: each case's search document is made and tallied, and each case's Markdown is let
  /// go once tallied (a large corpus's sources are a large part of a build's memory). Call it
  /// after every page: it leaves the cases without bodies.
  package mutating func searchIndexFiles(into sink: inout some SiteSink, previous: IndexState? = nil) throws -> SearchIndexOutput {
    let config = knowledgeBase.config
    let keys = knowledgeBase.cases.map(searchKey)
    // The bodies read are let go; only those: the cases are not copied for nothing.
    defer { for position in knowledgeBase.cases.indices where !knowledgeBase.cases[position].body.isEmpty { knowledgeBase.cases[position].body = "" } }
    if var state = previous, state.documentCount == keys.count {
      let changed = keys.indices.filter { keys[$0] != state.documentKeys[$0] }
      if changed.count <= max(16, keys.count / 8) {
        let documents = try changed.concurrentMap { SearchDocument(try withBody(knowledgeBase.cases[$0]), config: config) }
        if let changes = state.update(Array(zip(changed, documents)), keys: keys) {
          let plan = IndexFiles.plan(&state, changes: changes)
          if sink.keep(plan.kept) {
            let edited = Dictionary(uniqueKeysWithValues: zip(changed, documents))
            let records = knowledgeBase.cases
            var count = plan.kept.count
            try IndexFiles.write(&state, plan: plan, documents: { edited[$0] ?? SearchDocument(records[$0], config: config, sections: false) }, contentHash: contentHash) { files in
              count += files.count
              try sink.accept(files.map { OutputFile(path: $0.path, text: $0.text) })
            }
            return SearchIndexOutput(count: count, kept: plan.kept.count, state: state)
          }
        }
      }
    }
    // Each batch's document files are written as it is tallied; the index keeps no text.
    var index = SearchIndexBuilder.Accumulator(keepsSections: false)
    var count = 0
    for start in stride(from: 0, to: knowledgeBase.cases.count, by: SearchIndexBuilder.batchSize) {
      let batch = start..<min(start + SearchIndexBuilder.batchSize, knowledgeBase.cases.count)
      let documents = try Array(knowledgeBase.cases[batch]).concurrentMap { SearchDocument(try withBody($0), config: config) }
      let files = Array(zip(batch, documents)).concurrentMap { number, document in
        let file = IndexFiles.documentFile(number, document)
        return OutputFile(path: file.path, text: file.text)
      }
      try sink.accept(files)
      count += files.count
      index.add(documents)
      for position in batch { knowledgeBase.cases[position].body = "" }
    }
    var state = index.finishState(documentKeys: keys)
    var plan = IndexFiles.plan(&state, changes: nil)
    plan.documents = []  // written above
    let trimmed = index.trimmedDocuments
    try IndexFiles.write(&state, plan: plan, documents: { trimmed[$0] }, contentHash: contentHash) { files in
      count += files.count
      try sink.accept(files.map { OutputFile(path: $0.path, text: $0.text) })
    }
    return SearchIndexOutput(count: count, kept: 0, state: state)
  }

  /// A record with its Markdown body, read again (``loadBody``) when the record came without it.
  func withBody(_ record: CaseRecord) throws -> CaseRecord {
    guard record.body.isEmpty, let loadBody else { return record }
    var full = record
    full.body = try loadBody(record)
    return full
  }

  /// `casebook-cases.7`: every case's man page, listed.
  package func caseIndexManPage() -> OutputFile {
    OutputFile(path: CaseIndexManPage.path, text: CaseIndexManPage(knowledgeBase: knowledgeBase).render())
  }

  // MARK: - Pages

  /// The cards of the cases at `positions` for listings whose links start with `root`.
  ///
  /// A case is listed on the home page and on the page of each of its tags and components. Its
  /// card is rendered once with the `case-card` template (on every core, for the cases not yet
  /// in `rendered`), with ``RenderedCards/rootMarker`` where the way to the site root goes, and
  /// the marker is replaced by `root` for each depth of page. The template sees the card alone,
  /// not the page around it. Cards of other cases are left empty.
  ///
  /// ```
  /// <a href="\0cases/a/index.html">  →  root "": cases/a/index.html;  "../../": ../../cases/a/index.html
  /// ```
  private func renderedCards(_ rendered: RenderedCards, root: String, positions: [Int]) throws -> [CardHTML] {
    let missing = positions.filter { rendered.html[$0] == nil }
    let fresh = try missing.concurrentMap { position in
      var html = try templates.render("case-card", card(knowledgeBase.cases[position], root: RenderedCards.rootMarker))
      if html.hasSuffix("\n") { html.removeLast() }
      return Array(html.utf8)
    }
    for (position, html) in zip(missing, fresh) { rendered.html[position] = html }
    var cards = Array(repeating: CardHTML(html: ""), count: knowledgeBase.cases.count)
    let root = Array(root.utf8)
    for position in positions {
      var html: [UInt8] = []
      for byte in rendered.html[position]! {
        if byte == 0 { html += root } else { html.append(byte) }
      }
      cards[position] = CardHTML(html: String(decoding: html, as: UTF8.self))
    }
    return cards
  }

  private func renderHome(cards: [CardHTML], statuses: [Facet], into output: inout SiteOutput) throws {
    let page = HomePage(
      page: PageInfo(site: site, pageTitle: site.title, description: site.description, path: SiteRoutes.home, section: "home"),
      cases: cards, caseCount: cards.count, statusFacets: statuses,
      componentFacets: taxonomy.components.map { Facet(value: $0.name, label: $0.name, count: $0.cases.count) },
      tagFacets: taxonomy.tags.map { Facet(value: $0.name, label: $0.name, count: $0.cases.count) })
    output.add(path: SiteRoutes.home, text: try templates.render("home", page))
  }

  /// A case's page and its runbook view.
  private func renderCase(_ record: CaseRecord, body: CaseBodyRenderer.Rendered) throws -> [OutputFile] {
    let path = SiteRoutes.casePage(record.id)
    let root = SiteRoutes.root(ofDepth: SiteRoutes.casePageDepth)
    let fm = record.frontMatter
    let toc = body.sections.map { section in
      TocEntry(
        anchor: section.anchor, title: record.section(SectionKind(rawValue: section.anchor) ?? .symptom)?.heading ?? section.anchor,
        children: section.alternatives.map { TocEntry(anchor: $0.anchor, title: $0.title, children: []) })
    }
    let sourcePath = ProjectLayout.sourcePath(of: record.id)
    let casePage = CasePage(
      page: PageInfo(site: site, pageTitle: fm.title, description: fm.summary, path: path, lang: fm.lang),
      card: card(record, root: root),
      environment: fm.environment, signatures: fm.signatures, toc: toc, sections: body.sections,
      references: fm.references.map { ReferenceView(title: $0.title, url: $0.url) },
      related: knowledgeBase.relatedCases(of: record).map { link($0, root: root, reason: "") },
      similar: similar.matches(of: knowledgeBase.byID[record.id]!).map { link(knowledgeBase.cases[$0.index], root: root, reason: $0.reason) },
      editURL: knowledgeBase.config.editURL?.replacingPlaceholders(path: sourcePath, id: record.id.rawValue),
      runbookURL: SiteRoutes.link(from: path, to: SiteRoutes.runbook(record.id)), sourcePath: sourcePath,
      hasEnvironment: !fm.environment.isEmpty, hasSignatures: !fm.signatures.isEmpty, hasReferences: !fm.references.isEmpty,
      hasRelated: false, hasSimilar: false, hasComponents: !fm.components.isEmpty, hasTags: !fm.tags.isEmpty)
    var page = casePage
    page.hasRelated = !page.related.isEmpty
    page.hasSimilar = !page.similar.isEmpty
    let casePageFile = OutputFile(path: path, text: try templates.render("case", page))

    let runbookPath = SiteRoutes.runbook(record.id)
    let runbook = RunbookPage(
      page: PageInfo(site: site, pageTitle: "Runbook: \(fm.title)", description: fm.summary, path: runbookPath, lang: fm.lang),
      card: card(record, root: root), caseURL: SiteRoutes.link(from: runbookPath, to: path),
      alternatives: body.sections.first { $0.anchor == SectionKind.solutions.slug }?.alternatives ?? [],
      validation: body.validation ?? AlternativeView(anchor: "validation", number: 0, title: "Validation", headingHTML: "", bodyHTML: "", steps: [], hasCode: false),
      hasAlternatives: body.sections.contains { !$0.alternatives.isEmpty })
    return [casePageFile, OutputFile(path: runbookPath, text: try templates.render("runbook", runbook))]
  }

  /// The index page of a taxonomy and a page per term, handed over a few terms at a time;
  /// a page that `kept` keeps is not rendered, nor the cards only it shows.
  private func renderTaxonomy(kind: Taxonomy.Kind, cardKeys: [UInt64], cards rendered: RenderedCards, kept: (String, UInt64) -> Bool, into emit: ([OutputFile]) throws -> Void) throws {
    let terms = kind == .tags ? taxonomy.tags : taxonomy.components
    let label = kind == .tags ? "Tag" : "Component"
    let plural = kind == .tags ? "Tags" : "Components"
    let indexPath = SiteRoutes.taxonomyIndex(kind)
    let links = terms.map { TermLink(name: $0.name, url: SiteRoutes.link(from: indexPath, to: SiteRoutes.term(kind, $0.name)), count: $0.cases.count) }
    if !kept(indexPath, listingKey(indexPath, [][...], facets: links.map { Facet(value: $0.name, label: $0.url, count: $0.count) })) {
      let index = TaxonomyIndexPage(
        page: PageInfo(site: site, pageTitle: plural, description: "\(plural) of \(site.title)", path: indexPath, section: kind.rawValue),
        kindLabel: plural, terms: links, count: terms.count)
      try emit([OutputFile(path: indexPath, text: try templates.render("taxonomy-index", index))])
    }
    let stale = terms.filter { term in
      let path = SiteRoutes.term(kind, term.name)
      return !kept(path, listingKey(path, term.cases.lazy.map { cardKeys[$0] }, facets: []))
    }
    let cards = try renderedCards(rendered, root: SiteRoutes.root(ofDepth: SiteRoutes.termPageDepth), positions: Array(Set(stale.flatMap(\.cases))).sorted())
    for start in stride(from: 0, to: stale.count, by: Self.termPagesPerPart) {
      try emit(try Array(stale[start..<min(start + Self.termPagesPerPart, stale.count)]).concurrentMap { term in
        let path = SiteRoutes.term(kind, term.name)
        let page = TaxonomyPage(
          page: PageInfo(site: site, pageTitle: "\(label): \(term.name)", description: "Cases with the \(label.lowercased()) \(term.name)", path: path, section: kind.rawValue),
          kindLabel: label, kindPath: kind.rawValue, name: term.name, count: term.cases.count, one: term.cases.count == 1,
          cases: term.cases.map { cards[$0] })
        return OutputFile(path: path, text: try templates.render("taxonomy", page))
      })
    }
  }

  /// Term pages rendered and handed over together: a term of a large corpus lists thousands of cards.
  static let termPagesPerPart = 8

  // MARK: - View model pieces

  func card(_ record: CaseRecord, root: String) -> CaseCard {
    let fm = record.frontMatter
    return CaseCard(
      id: record.id.rawValue, url: root + SiteRoutes.casePage(record.id), title: fm.title, summary: fm.summary,
      status: fm.status.rawValue, statusLabel: Self.label(fm.status), date: fm.date.description,
      updated: fm.updated?.description, lang: fm.lang,
      components: fm.components.map { TermLink(name: $0, url: root + SiteRoutes.term(.components, $0), count: taxonomy.count(.components, $0)) },
      tags: fm.tags.map { TermLink(name: $0, url: root + SiteRoutes.term(.tags, $0), count: taxonomy.count(.tags, $0)) },
      dataComponents: fm.components.joined(separator: " "), dataTags: fm.tags.joined(separator: " "))
  }

  private func link(_ record: CaseRecord, root: String, reason: String) -> CaseLink {
    CaseLink(id: record.id.rawValue, title: record.frontMatter.title, summary: record.frontMatter.summary, url: root + SiteRoutes.casePage(record.id), reason: reason)
  }

  static func label(_ status: CaseStatus) -> String {
    switch status {
    case .resolved: "Resolved"
    case .workaround: "Workaround"
    case .open: "Open"
    }
  }
}
