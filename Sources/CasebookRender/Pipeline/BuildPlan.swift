// Stage: Render (before Cases). What an incremental build makes again and what it takes over,
// decided once for every case.

internal import CasebookCore

/// What the Cases stage does with each case, decided once from the last build's render keys
/// and today's inputs: which of its outputs it makes (page and runbook, man page, `cases.json`
/// entry, search document) and whether its body is still to be checked. A case that needs
/// anything is parsed once, and everything it needs is made from that parse; the others are
/// not read at all.
///
/// The stages consult the plan and know nothing else of caching. Listing pages decide for
/// themselves the same way (``SiteRenderer/listingPages(into:previous:)``).
///
/// ```
/// clean build             →  every case: page, man, entry, document, check
/// body of case 7 edited   →  case 7: page, man, entry, document, check; the rest: nothing
/// a template edited       →  every case: page (the man pages, entries and index stay)
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
  /// The page and man page keys of every case, for the next build.
  package var keys = SiteRenderer.Keys()
  /// How many cases keep the page and runbook, and the man page, the last build wrote.
  package var pagesKept = 0
  package var manPagesKept = 0

  /// Plans the cases of `renderer`'s knowledge base: a case whose page key (man key) is the
  /// `previous` build's, and whose files the sink keeps, keeps them; `casesJSON` and `index`
  /// say which entries and documents they need; `unchecked` are the positions of cases whose
  /// body rules were not checked yet.
  package init(
    _ renderer: SiteRenderer, previous: SiteRenderer.Keys?, sink: inout some SiteSink,
    casesJSON: CasesJSON.Writer, index: SearchIndexBuild, unchecked: Set<Int>
  ) {
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
  }
}
