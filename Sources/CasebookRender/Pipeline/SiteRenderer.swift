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
  package static let requiredTemplates = ["home", "header", "case", "case-card", "runbook", "taxonomy", "taxonomy-index", "search", "404"]

  /// Every name a template can read: the fields of every view model (a new view model is
  /// listed here, or its fields are refused in templates as misspelt).
  static let templateFieldNames: Set<String> = {
    let tables: [[String]] = [
      Array(HomePage.fields.keys), Array(Facet.fields.keys), Array(CasePage.fields.keys), Array(TocEntry.fields.keys), Array(SectionView.fields.keys),
      Array(AlternativeView.fields.keys), Array(StepView.fields.keys), Array(ReferenceView.fields.keys), Array(RunbookPage.fields.keys),
      Array(TaxonomyPage.fields.keys), Array(TaxonomyIndexPage.fields.keys), Array(PageInfo.fields.keys), Array(SiteHeader.fields.keys), Array(PlainPage.fields.keys),
      Array(CaseCard.fields.keys), Array(TermLink.fields.keys), Array(CaseLink.fields.keys), Array(CardHTML.fields.keys), Array(InterfaceText.fields.keys),
      Array(VersionView.fields.keys), Array(ReviewView.fields.keys), Array(Pager.fields.keys), Array(PageLink.fields.keys),
    ]
    return Set(tables.joined())
  }()

  package let knowledgeBase: KnowledgeBase
  /// The interface's words in each language of the config (``ui(for:)``).
  let interfaces: InterfaceTable
  /// The interface's words in the site's default language (listings; a case's page uses its own).
  var interface: InterfaceText { interfaces.site }
  package let templates: TemplateLibrary
  package let assets: [String: [UInt8]]
  /// A hash of the content the site is built from, stored in the search index for freshness.
  package let contentHash: String
  let site: SiteInfo

  package let taxonomy: Taxonomy
  package let similar: SimilarCases
  /// The ``ContentDigest`` of the config file (0 without one) and a digest of the templates:
  /// part of every render key (``Keys``).
  let configDigest: UInt64
  let templatesDigest: UInt64
  /// The site's header for each depth, section and language a page can have (``SiteHeader``),
  /// by ``headerKey(_:)``: rendered once here, placed in every page.
  let headers: [String: String]
  /// Per case: a digest of what a page shows of it when it lists it as related or similar (its
  /// id, title and summary), made once for every page key (``pageKey(_:)``).
  let listedKeys: [UInt64]

  /// Renders what the Assemble stage made (``Assembly``) with these templates.
  ///
  /// `writesInterfaceIn: false` compiles the templates only as they are, so that every
  /// `{{ui.…}}` tag is read from the page's view model: the reference the tests compare the
  /// templates with the words written in against (``TemplateLibrary/writingIn(_:into:)``).
  package init(assembly: Assembly, templates: TemplateSet, contentHash: String = "", configDigest: UInt64 = 0, writesInterfaceIn: Bool = true) throws {
    let knowledgeBase = assembly.knowledgeBase
    self.knowledgeBase = knowledgeBase
    self.contentHash = contentHash
    self.configDigest = configDigest
    templatesDigest = Self.digest(of: templates)
    let config = knowledgeBase.config
    interfaces = InterfaceTable(config)
    self.templates = try TemplateLibrary(
      templates, required: Self.requiredTemplates, fieldNames: Self.templateFieldNames, interfaces: writesInterfaceIn ? interfaces.all : [])
    self.assets = templates.assets
    site = SiteInfo(title: config.title, description: config.description, baseURL: config.baseURL, defaultLanguage: config.defaultLanguage)
    taxonomy = assembly.taxonomy
    similar = assembly.similar
    listedKeys = Array(knowledgeBase.cases.indices).concurrentMap { position in
      var key = ContentDigest.Stream()
      let frontMatter = knowledgeBase.cases[position].frontMatter
      for field in [knowledgeBase.cases[position].id.rawValue, frontMatter.title, frontMatter.summary.source] { key.add(field: field) }
      return key.value
    }
    var headers: [String: String] = [:]
    let languages = Set(config.languages.map { LanguageTag.primary($0.tag) } + [LanguageTag.primary(config.defaultLanguage)])
    for depth in [0, 1, 2, 4] {
      for section in ["", "home", "tags", "components"] {
        for language in languages {
          let page = PageInfo(site: site, pageTitle: "", description: "", path: String(repeating: "x/", count: depth) + "index.html", lang: language, section: section, ui: config.interface(for: language))
          headers[Self.headerKey(page)] = try Self.header(of: page, templates: self.templates)
        }
      }
    }
    self.headers = headers
  }

  /// What tells one page's header from another's: its depth, its section, its language.
  static func headerKey(_ page: PageInfo) -> String {
    "\(page.root)|\(page.isHome)|\(page.isTags)|\(page.isComponents)|\(LanguageTag.primary(page.lang))"
  }

  /// The interface's words for a page in `lang` (a case's `lang`; nil: the site's language).
  func ui(for lang: String?) -> InterfaceText { interfaces(lang) }

  /// A page's frame (``PageInfo``), with the site's header for it.
  func pageInfo(_ title: String, description: String, path: String, lang: String? = nil, section: String = "", pager: Pager? = nil) throws -> PageInfo {
    var page = PageInfo(site: site, pageTitle: title, description: description, path: path, lang: lang, section: section, pager: pager, ui: ui(for: lang))
    page.header = try headers[Self.headerKey(page)] ?? Self.header(of: page, templates: templates)
    return page
  }

  /// The site's header as `page` shows it, in its language.
  private static func header(of page: PageInfo, templates: TemplateLibrary) throws -> String {
    try templates.fragment("header", SiteHeader(page, ui: page.ui))
  }

  /// Pages about many cases, the feeds and the assets: home, tags, components, search, 404,
  /// feed.xml, sitemap.xml, opensearch.xml and `assets/` (cases.json is made with the cases'
  /// own files, ``renderCases(_:loader:)``); how many files the site has of them.
  ///
  /// Handed to `sink` a part at a time (a few term pages, the assets), since together they are
  /// several times the size of the case pages of a batch: a case's card is on the home page and
  /// on every tag and component page it has. A listing page in `kept` (``BuildPlan/keptListings``)
  /// is not rendered; cards are rendered only for the listings that are.
  package func listingPages(into sink: inout some SiteSink, kept: Set<String> = []) throws -> Int {
    var paths: [String] = []
    func emit(_ files: [OutputFile]) throws {
      paths += files.map(\.path)
      try sink.accept(files)
    }
    let cards = RenderedCards(count: knowledgeBase.cases.count)
    var output = SiteOutput()
    try renderHome(cards: cards, kept: kept, into: &output)
    if !kept.contains(SiteRoutes.search) {
      let page = PlainPage(page: try pageInfo(interface["search"], description: interface.format("search_description", site.title), path: SiteRoutes.search, section: "search"), homeURL: SiteRoutes.home)
      output.add(path: SiteRoutes.search, text: try templates.render("search", page))
    }
    if !kept.contains(SiteRoutes.notFound) {
      // Shown at any depth of the site, so its way home is absolute when it can be.
      let page = PlainPage(page: try pageInfo(interface["not_found"], description: site.description, path: SiteRoutes.notFound), homeURL: site.baseURL.map { $0 + SiteRoutes.home } ?? SiteRoutes.home)
      output.add(path: SiteRoutes.notFound, text: try templates.render("404", page))
    }
    output.add(path: SiteRoutes.feed, text: AtomFeed(site: site, cases: knowledgeBase.cases).xml)
    output.add(path: SiteRoutes.openSearch, text: OpenSearchDescription(site: site).xml)
    try emit(output.sorted)
    try renderTaxonomy(kind: .tags, cards: cards, kept: kept, into: emit)
    try renderTaxonomy(kind: .components, cards: cards, kept: kept, into: emit)
    // The sitemap lists the HTML pages: the listings, made or kept, and every case's two pages.
    let listings = listingPaths()
    paths += listings.filter(kept.contains)
    let casePaths = knowledgeBase.cases.flatMap { SiteRoutes.casePages($0.id) }
    if let sitemap = Sitemap(site: site, paths: listings + casePaths).xml { try emit([OutputFile(path: SiteRoutes.sitemap, text: sitemap)]) }
    try emit(assets.sorted(by: { $0.key < $1.key }).map { OutputFile(path: SiteRoutes.asset($0.key), bytes: $0.value) })
    return paths.count
  }

  /// The paths of the listing pages, in the order they are made: the home page's pages,
  /// search, 404, and for tags then components the index page and each term's pages.
  func listingPaths() -> [String] {
    var paths = homePages().map(\.path) + [SiteRoutes.search, SiteRoutes.notFound]
    for kind in [Taxonomy.Kind.tags, .components] {
      paths.append(SiteRoutes.taxonomyIndex(kind))
      paths += terms(kind).flatMap { termPages(kind, $0).map(\.path) }
    }
    return paths
  }

  /// The home page's pages: every case, newest first, ``SiteConfig/pageSize`` a page.
  func homePages() -> [Pager.Page] {
    Pager.pages(of: SiteRoutes.home, cases: knowledgeBase.cases.count, size: knowledgeBase.config.pageSize)
  }

  /// A tag's or component's pages: its cases (``Taxonomy/Term/cases``), a page size at a time.
  func termPages(_ kind: Taxonomy.Kind, _ term: Taxonomy.Term) -> [Pager.Page] {
    Pager.pages(of: SiteRoutes.term(kind, term.name), cases: term.cases.count, size: knowledgeBase.config.pageSize)
  }

  /// The home page's status filters: each status some case has, with its count.
  func statusFacets() -> [Facet] {
    CaseStatus.allCases.compactMap { status -> Facet? in
      let count = knowledgeBase.cases.count { $0.frontMatter.status == status }
      return count == 0 ? nil : Facet(value: status.rawValue, label: interface["status_" + status.rawValue], count: count)
    }
  }

  func terms(_ kind: Taxonomy.Kind) -> [Taxonomy.Term] { kind == .tags ? taxonomy.tags : taxonomy.components }

  /// The links of a taxonomy's index page to its terms' pages.
  func termLinks(_ kind: Taxonomy.Kind) -> [TermLink] {
    let indexPath = SiteRoutes.taxonomyIndex(kind)
    return terms(kind).map { TermLink(name: $0.name, url: SiteRoutes.link(from: indexPath, to: SiteRoutes.term(kind, $0.name)), count: $0.cases.count) }
  }

  /// The writer of cases.json for this build: the entries of cases whose key (``jsonKey(_:)``)
  /// is the one the `previous` build recorded are copied from its file, when the sink has it.
  package func casesJSON(previous: Keys?, sink: some SiteSink) throws -> CasesJSON.Writer {
    let reuse = previous.flatMap { keys in sink.previousFile(SiteRoutes.casesJSON).map { CasesJSON.Reuse(file: $0, spans: keys.casesJSON) } }
    return try CasesJSON.Writer(CasesJSON(knowledgeBase: knowledgeBase), keys: Array(knowledgeBase.cases.indices).concurrentMap(jsonKey), reuse: reuse)
  }

  /// What the Cases stage made of one case (``renderCases(_:loader:)``).
  package struct CaseOutput: Sendable {
    package var position: Int
    /// Its page and runbook, and its man page, as planned.
    package var files: [OutputFile] = []
    /// Its `cases.json` entry (``CasesJSON/Case/indentedJSON``), when planned.
    package var entry: [UInt8]?
    /// Its search document, when planned.
    package var document: SearchDocument?
    /// What checking its body reported, when it had not been checked before
    /// (``BuildPlan/Work/check``). With an error, nothing else was made.
    package var checked: Diagnostics?
    /// The body's links to other cases, when it had not been checked before.
    package var linkedCases: [Located<LinkedCase>] = []
  }

  /// Each case's own outputs, on every core, from one parse of its body: for the case at each
  /// position, with its Markdown body, what `work` plans. The body is outlined on that parse
  /// (with `loader`, the one the Parse stage used); a body not checked before reports what the
  /// check found, and a case whose body has an error gets its diagnostics and nothing else.
  ///
  /// ```
  /// [(0, page+man, body), (1, entry+document, body)]  →  cases/a/index.html, cases/a/runbook.html,
  ///                                                      man/man7/a.7; b's cases.json entry and search document
  /// ```
  package func renderCases(_ work: [(position: Int, plan: BuildPlan.Work, body: String)], loader: CaseLoader) throws -> [CaseOutput] {
    let manRenderer = ManPageRenderer(knowledgeBase: knowledgeBase)
    let json = CasesJSON(knowledgeBase: knowledgeBase)
    let config = knowledgeBase.config
    return try work.concurrentMap { position, plan, text -> CaseOutput in
      var record = knowledgeBase.cases[position]
      var output = CaseOutput(position: position)
      var products: CommonMark.Products = []
      if plan.man { products.insert(.tree) }
      if plan.page { products.insert(.html) }
      let body = CaseBody(text, products: products, linkingFrom: record.id)
      // The sections come from the outline of this parse; what checking it reports is new only
      // for a body not checked before (a kept parse result's body passed, and reports as it did).
      let diagnostics = loader.checkBody(&record, of: body).collected
      if plan.check {
        output.checked = diagnostics
        output.linkedCases = record.linkedCases
        if diagnostics.hasErrors { return output }
      }
      if plan.page { output.files += try renderCase(record, body: CaseBodyRenderer(linkLabel: ui(for: record.frontMatter.lang)["link_to_section"]).render(record, html: body.html)) }
      if plan.man { output.files.append(OutputFile(path: SiteRoutes.manPage(record.id), text: manRenderer.render(record, body: body))) }
      if plan.entry { output.entry = json.entry(record).indentedJSON }
      if plan.document { output.document = SearchDocument(record, config: config, sectionTexts: body.sectionTexts(record.sections)) }
      return output
    }
  }

  /// `casebook-cases.7`: every case's man page, listed.
  package func caseIndexManPage() -> OutputFile {
    OutputFile(path: CaseIndexManPage.path, text: CaseIndexManPage(knowledgeBase: knowledgeBase).render())
  }

  // MARK: - Pages

  /// Renders the cards of the cases at `positions` not yet in `rendered`, on every core.
  ///
  /// A case is listed on the home page and on the page of each of its tags and components. Its
  /// card is rendered once with the `case-card` template, with ``RenderedCards/rootMarker``
  /// where the way to the site root goes, and the marker is replaced by the root of each page
  /// that lists it (``card(_:position:root:)``). The template sees the card alone, not the
  /// page around it.
  ///
  /// ```
  /// <a href="\0cases/a/index.html">  →  root "": cases/a/index.html;  "../../": ../../cases/a/index.html
  /// ```
  private func renderCards(_ rendered: RenderedCards, positions: some Sequence<Int>) throws {
    let missing = Array(Set(positions.filter { rendered.html[$0] == nil })).sorted()
    let fresh = try missing.concurrentMap { position in
      Array(try templates.fragment("case-card", card(knowledgeBase.cases[position], root: RenderedCards.rootMarker)).utf8)
    }
    for (position, html) in zip(missing, fresh) { rendered.html[position] = html }
  }

  /// The card of the case at `position`, rendered already, on a page whose way to the site
  /// root is `root`.
  private func card(_ rendered: RenderedCards, position: Int, root: String) -> CardHTML {
    var html: [UInt8] = []
    for byte in rendered.html[position]! {
      if byte == 0 { html += root.utf8 } else { html.append(byte) }
    }
    return CardHTML(html: String(decoding: html, as: UTF8.self))
  }

  /// The home page's pages not in `kept`, each with the filters over every case.
  private func renderHome(cards: RenderedCards, kept: Set<String>, into output: inout SiteOutput) throws {
    let stale = homePages().filter { !kept.contains($0.path) }
    guard !stale.isEmpty else { return }
    try renderCards(cards, positions: stale.flatMap(\.cases))
    let statuses = statusFacets()
    let components = taxonomy.components.map { Facet(value: $0.name, label: $0.name, count: $0.cases.count) }
    let tags = taxonomy.tags.map { Facet(value: $0.name, label: $0.name, count: $0.cases.count) }
    for listing in stale {
      let pager = listing.pager(interface)
      let title = pager.number == 1 ? site.title : "\(site.title) (\(pager.number)/\(pager.count))"
      let info = try pageInfo(title, description: site.description, path: listing.path, section: "home", pager: pager)
      let page = HomePage(
        page: info, cases: listing.cases.map { card(cards, position: $0, root: info.root) }, caseCount: knowledgeBase.cases.count,
        pager: pager, statusFacets: statuses, componentFacets: components, tagFacets: tags)
      output.add(path: listing.path, text: try templates.render("home", page))
    }
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
    let ui = ui(for: fm.lang)
    let casePage = CasePage(
      page: try pageInfo(fm.title, description: fm.summary.plain, path: path, lang: fm.lang), ui: ui,
      card: card(record, root: root, ui: ui),
      environment: fm.environment,
      appliesTo: fm.applicability.appliesTo.map { VersionView(component: $0.component, versions: $0.range.isUnknown ? ui["unknown"] : $0.range.text, known: !$0.range.isUnknown) },
      fixedIn: fm.applicability.fixedIn.map { VersionView(component: $0.component, versions: $0.version == nil ? ui["unknown"] : $0.text, known: $0.version != nil) },
      review: ReviewView(
        date: knowledgeBase.config.lastReviewed(fm).description, reviewer: fm.review.reviewer,
        every: (fm.review.every ?? knowledgeBase.config.reviewEvery).description, due: knowledgeBase.config.reviewDue(of: fm).description),
      signatures: fm.signatures, toc: toc, sections: body.sections,
      contents: CasePageHTML.contents(toc, signatures: fm.signatures.isEmpty ? nil : ui["error_signatures"], references: fm.references.isEmpty ? nil : ui["references"]),
      body: CasePageHTML.body(body.sections),
      references: fm.references.map { ReferenceView(title: $0.title, url: $0.url) },
      related: knowledgeBase.relatedCases(of: record).map { link($0, root: root, reason: "") },
      similar: similar.matches(of: knowledgeBase.byID[record.id]!).map { link(knowledgeBase.cases[$0.index], root: root, reason: $0.reason(ui)) },
      editURL: knowledgeBase.config.editURL?.replacingPlaceholders(path: sourcePath, id: record.id.rawValue),
      runbookURL: SiteRoutes.link(from: path, to: SiteRoutes.runbook(record.id)), sourcePath: sourcePath,
      hasEnvironment: !fm.environment.isEmpty, hasAppliesTo: !fm.applicability.appliesTo.isEmpty, hasFixedIn: !fm.applicability.fixedIn.isEmpty, hasSignatures: !fm.signatures.isEmpty, hasReferences: !fm.references.isEmpty,
      hasRelated: false, hasSimilar: false, hasComponents: !fm.components.isEmpty, hasTags: !fm.tags.isEmpty)
    var page = casePage
    page.hasRelated = !page.related.isEmpty
    page.hasSimilar = !page.similar.isEmpty
    let casePageFile = OutputFile(path: path, text: try templates.render("case", page))

    let runbookPath = SiteRoutes.runbook(record.id)
    let validation = body.validation ?? AlternativeView(anchor: "validation", number: 0, title: "Validation", headingHTML: "", bodyHTML: "", steps: [], hasCode: false)
    let alternatives = Self.runbookOrder(body.sections.first { $0.anchor == SectionKind.solutions.slug }?.alternatives ?? [], ui: ui)
    let runbook = RunbookPage(
      page: try pageInfo("\(ui["runbook"]): \(fm.title)", description: fm.summary.plain, path: runbookPath, lang: fm.lang), ui: ui,
      card: card(record, root: root, ui: ui), caseURL: SiteRoutes.link(from: runbookPath, to: path),
      alternatives: alternatives, validation: validation, hasAlternatives: body.sections.contains { !$0.alternatives.isEmpty },
      procedure: RunbookHTML.procedure(alternatives, validation: validation, ui: ui))
    return [casePageFile, OutputFile(path: runbookPath, text: try templates.render("runbook", runbook))]
  }

  /// The solutions in the order a runbook takes them: recommended, adopted, workarounds, the
  /// unmarked ones, then those only considered or rejected (``SolutionStatus/order``); each
  /// keeps its number from the case page, and gets its status's word.
  static func runbookOrder(_ alternatives: [AlternativeView], ui: InterfaceText) -> [AlternativeView] {
    SolutionStatus.inRunbookOrder(alternatives) { $0.status.flatMap(SolutionStatus.init(rawValue:)) }.map { _, view in
      var view = view
      view.statusLabel = view.status.map { ui["solution_\($0)"] }
      return view
    }
  }

  /// The index page of a taxonomy and a page per term, handed over a few terms at a time;
  /// a page in `kept` is not rendered, nor the cards only it shows.
  private func renderTaxonomy(kind: Taxonomy.Kind, cards rendered: RenderedCards, kept: Set<String>, into emit: ([OutputFile]) throws -> Void) throws {
    let label = interface[kind == .tags ? "tag" : "component"]
    let plural = interface[kind == .tags ? "tags" : "components"]
    let indexPath = SiteRoutes.taxonomyIndex(kind)
    if !kept.contains(indexPath) {
      let links = termLinks(kind)
      let index = TaxonomyIndexPage(
        page: try pageInfo(plural, description: interface.format(kind == .tags ? "tags_of" : "components_of", site.title), path: indexPath, section: kind.rawValue),
        kindLabel: plural, terms: links, count: links.count)
      try emit([OutputFile(path: indexPath, text: try templates.render("taxonomy-index", index))])
    }
    let stale = terms(kind).flatMap { term in termPages(kind, term).filter { !kept.contains($0.path) }.map { (term: term, listing: $0) } }
    try renderCards(rendered, positions: stale.flatMap { $0.term.cases[$0.listing.cases] })
    for start in stride(from: 0, to: stale.count, by: Self.termPagesPerPart) {
      try emit(try Array(stale[start..<min(start + Self.termPagesPerPart, stale.count)]).concurrentMap { term, listing in
        let pager = listing.pager(interface)
        let number = pager.number == 1 ? "" : " (\(pager.number)/\(pager.count))"
        let info = try pageInfo(
          "\(label): \(term.name)\(number)", description: interface.format(kind == .tags ? "cases_with_tag" : "cases_with_component", term.name), path: listing.path,
          section: kind.rawValue, pager: pager)
        let page = TaxonomyPage(
          page: info, kindLabel: label, indexLabel: plural, kindPath: kind.rawValue, name: term.name, count: term.cases.count,
          countText: term.cases.count == 1 ? interface["case_count_one"] : interface.format("case_count_many", term.cases.count), one: term.cases.count == 1,
          cases: term.cases[listing.cases].map { card(rendered, position: $0, root: info.root) }, pager: pager)
        return OutputFile(path: listing.path, text: try templates.render("taxonomy", page))
      })
    }
  }

  /// Term pages rendered and handed over together: a term of a large corpus lists thousands of cards.
  static let termPagesPerPart = 8

  // MARK: - View model pieces

  /// A case's card; its status in the words of `ui` (a case's page), or of the site's language.
  func card(_ record: CaseRecord, root: String, ui: InterfaceText? = nil) -> CaseCard {
    let fm = record.frontMatter
    return CaseCard(
      id: record.id.rawValue, url: root + SiteRoutes.casePage(record.id), title: fm.title, summary: fm.summary.plain, summaryHTML: fm.summary.html,
      status: fm.status.rawValue, statusLabel: (ui ?? interface)["status_" + fm.status.rawValue], date: fm.date.description,
      updated: fm.updated?.description, lang: fm.lang,
      components: fm.components.map { TermLink(name: $0, url: root + SiteRoutes.term(.components, $0), count: taxonomy.count(.components, $0)) },
      tags: fm.tags.map { TermLink(name: $0, url: root + SiteRoutes.term(.tags, $0), count: taxonomy.count(.tags, $0)) })
  }

  private func link(_ record: CaseRecord, root: String, reason: String) -> CaseLink {
    CaseLink(id: record.id.rawValue, title: record.frontMatter.title, summary: record.frontMatter.summary.plain, summaryHTML: record.frontMatter.summary.html, url: root + SiteRoutes.casePage(record.id), reason: reason)
  }

}
