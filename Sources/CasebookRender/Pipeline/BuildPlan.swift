// Stage: Plan (after Assemble). What an incremental build makes again and what it takes over,
// decided once for every output.

internal import CasebookCore

/// What the Listings and Cases stages make and what they take over from the last build,
/// decided once from its render keys and today's inputs: which listing pages are rendered
/// (home, search, 404, taxonomy pages, `casebook-cases.7`), and for each case which of its
/// outputs are made (page and runbook, man page, `cases.json` entry, search document) and
/// whether its body is still to be checked. A case that needs anything is parsed once, and
/// everything it needs is made from that parse; the others are not read at all.
///
/// The stages consult the plan and know nothing else of caching. An output is taken over only
/// when its key is the one the last build recorded and the sink still has the file the last
/// build wrote (``SiteSink/keep(_:)``).
///
/// ```
/// clean build             →  every case: page, man, entry, document, check; every listing
/// body of case 7 edited   →  case 7: page, man, entry, document, check; the rest: nothing;
///                            no listing (a card shows no body)
/// title of case 7 edited  →  case 7 as above, and the pages that list it: home, its tag and
///                            component pages, the cases that show it as related or similar
/// a template edited       →  every case: page; every listing (the man pages, entries and index stay)
/// ```
package struct BuildPlan {
  /// What to make for one case.
  package struct Work: Sendable, Equatable {
    /// Its page and runbook.
    package var page = false
    package var man = false
    /// Its `cases.json` entry.
    package var entry = false
    /// Its search document.
    package var document = false
    /// Its body's rules, reported (the Parse stage loaded it without them). A body parsed for
    /// anything else is outlined on that parse too, but reports nothing new.
    package var check = false

    package init(page: Bool = false, man: Bool = false, entry: Bool = false, document: Bool = false, check: Bool = false) {
      self.page = page
      self.man = man
      self.entry = entry
      self.document = document
      self.check = check
    }

    /// Whether the case's body is parsed.
    package var parses: Bool { page || man || entry || document || check }
  }

  /// By case position, in listing order.
  package var cases: [Work]
  /// The listing pages (and `casebook-cases.7`) taken over from the last build, by path.
  package var keptListings: Set<String> = []
  /// The page, man page and listing keys of this build, for the next one.
  package var keys = SiteRenderer.Keys()
  /// How many cases keep the page and runbook, and the man page, the last build wrote.
  package var pagesKept = 0
  package var manPagesKept = 0
  /// How many `cases.json` entries are copied from the last build's file.
  package var entriesKept = 0

  /// Plans the site of `renderer`'s knowledge base: a listing or a case whose page key (man
  /// key) is the `previous` build's, and whose files the sink keeps, keeps them; `casesJSON` and
  /// `index` say which entries and documents are needed; `unchecked` are the positions of cases
  /// whose body rules were not checked yet.
  package init(
    _ renderer: SiteRenderer, previous: SiteRenderer.Keys?, sink: inout some SiteSink,
    casesJSON: CasesJSON.Writer, index: SearchIndexBuild, unchecked: Set<Int>
  ) {
    keys.listings = renderer.listingKeys()
    for (path, key) in keys.listings.sorted(by: { $0.key < $1.key }) where previous?.listings[path] == key && sink.keep([path]) {
      keptListings.insert(path)
    }
    let cases = renderer.knowledgeBase.cases
    let positions = Array(cases.indices)
    let pageKeys = positions.concurrentMap(renderer.pageKey)
    let manKeys = positions.concurrentMap(renderer.manKey)
    var plan: [Work] = []
    plan.reserveCapacity(cases.count)
    for position in positions {
      let id = cases[position].id
      keys.pages[id.rawValue] = pageKeys[position]
      keys.man[id.rawValue] = manKeys[position]
      var work = Work(entry: casesJSON.needsEntry(position), document: index.needsDocument(position), check: unchecked.contains(position))
      if previous?.pages[id.rawValue] == pageKeys[position], sink.keep(SiteRoutes.casePages(id)) {
        pagesKept += 1
      } else {
        work.page = true
      }
      if previous?.man[id.rawValue] == manKeys[position], sink.keep([SiteRoutes.manPage(id)]) {
        manPagesKept += 1
      } else {
        work.man = true
      }
      plan.append(work)
    }
    self.cases = plan
    entriesKept = casesJSON.copied
  }

  /// The one line the Plan stage prints.
  ///
  /// ```
  /// 3 cases to parse, 24 listings to render
  /// 1 case to parse, 6 listings to render (kept: 2 pages and runbooks, 2 man pages, 2 cases.json entries, 18 listings)
  /// ```
  package var summary: String {
    func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
    let parsing = cases.count(where: \.parses), rendering = keys.listings.count - keptListings.count
    var line = "\(count(parsing, "case", "cases")) to parse, \(count(rendering, "listing", "listings")) to render"
    if pagesKept + manPagesKept + entriesKept + keptListings.count > 0 {
      line += " (kept: \(count(pagesKept, "page and runbook", "pages and runbooks")), \(count(manPagesKept, "man page", "man pages")), "
        + "\(count(entriesKept, "cases.json entry", "cases.json entries")), \(count(keptListings.count, "listing", "listings")))"
    }
    return line
  }
}
