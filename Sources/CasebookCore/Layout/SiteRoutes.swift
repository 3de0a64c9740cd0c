// Stage: Render → Write. Where every file of the built site lives: the one place that spells an
// output path.

/// The paths of the built site's files, relative to the output folder, which are also the
/// links between its pages (every link is relative: a page `depth` folders down reaches the
/// root through ``root(ofDepth:)``).
///
/// ```
/// SiteRoutes.casePage("nginx-reload")       →  cases/nginx-reload/index.html
/// SiteRoutes.term(.tags, "tls")             →  tags/tls/index.html
/// SiteRoutes.listingPage(term(.tags, "tls"), page: 2)  →  tags/tls/page/2/index.html
/// SiteRoutes.manPage("nginx-reload")        →  man/man7/nginx-reload.7
/// SiteRoutes.root(ofDepth: 2)               →  ../../
/// SiteRoutes.link(from: runbook("a"), to: casePage("a"))  →  index.html
/// SiteRoutes.link(from: "tags/index.html", to: term(.tags, "go"))  →  go/index.html
/// ```
package enum SiteRoutes {
  package static let home = "index.html"
  package static let search = "search.html"
  package static let notFound = "404.html"
  package static let feed = "feed.xml"
  package static let sitemap = "sitemap.xml"
  package static let openSearch = "opensearch.xml"
  package static let casesJSON = "cases.json"
  /// The folder of the search index (its files are named by ``CasebookSearch``'s IndexFiles).
  package static let searchIndexFolder = "search"
  package static let caseIndexManPage = "man/man7/casebook-cases.7"
  package static let toolManPage = "man/man1/casebook.1"

  /// The two taxonomies, each a folder with an index page and a page per term.
  package enum Taxonomy: String, Sendable {
    case tags, components
  }

  /// The folder holding a folder per case.
  package static let casesFolder = "cases"
  package static func casePage(_ id: CaseID) -> String { "\(casesFolder)/\(id)/index.html" }
  package static func runbook(_ id: CaseID) -> String { "\(casesFolder)/\(id)/runbook.html" }
  /// A case's page and runbook: the files its page key stands for.
  package static func casePages(_ id: CaseID) -> [String] { [casePage(id), runbook(id)] }
  package static func manPage(_ id: CaseID) -> String { "man/man7/\(id).7" }
  /// The names at the top of the built site, files and folders: where a path can go.
  package static let topLevel: Set<String> = [
    home, search, notFound, feed, sitemap, openSearch, casesJSON, searchIndexFolder, casesFolder, "man", "assets", "page",
    Taxonomy.tags.rawValue, Taxonomy.components.rawValue,
  ]
  package static func taxonomyIndex(_ kind: Taxonomy) -> String { "\(kind.rawValue)/index.html" }
  package static func term(_ kind: Taxonomy, _ name: String) -> String { "\(kind.rawValue)/\(name)/index.html" }
  package static func asset(_ name: String) -> String { "assets/\(name)" }
  /// Page `page` (from 1) of a listing whose first page is `first` (the home page, a term's
  /// page): the first page itself, the others in `page/N/` beside it.
  package static func listingPage(_ first: String, page: Int) -> String {
    guard page > 1 else { return first }
    let folder = first.split(separator: "/").dropLast().joined(separator: "/")
    return (folder.isEmpty ? "" : folder + "/") + "page/\(page)/index.html"
  }

  /// The link from page `from` to page `to` of the listing whose first page is `first`: what
  /// ``link(from:to:)`` gives for their paths (``listingPage(_:page:)``), without taking the
  /// paths apart (a pager links up to nine pages, on each of thousands of pages).
  package static func listingLink(_ first: String, from: Int, to: Int) -> String {
    let name = first.split(separator: "/").last.map(String.init) ?? first
    switch (from > 1, to > 1) {
    case (false, false): return name
    case (false, true): return "page/\(to)/index.html"
    case (true, false): return "../../" + name
    case (true, true): return from == to ? "index.html" : "../\(to)/index.html"
    }
  }

  /// The way from a page back to the site root: `""` for a page at the root, `../../` for a
  /// case page or a term page.
  package static func root(ofDepth depth: Int) -> String { String(repeating: "../", count: depth) }
  /// The relative link from the page at `from` to the file at `to`, both paths of the site.
  package static func link(from: String, to: String) -> String {
    let source = from.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    var target = to.split(separator: "/", omittingEmptySubsequences: false)[...]
    var folders = source[...]
    while let folder = folders.first, target.count > 1, target.first == folder {
      folders = folders.dropFirst()
      target = target.dropFirst()
    }
    return root(ofDepth: folders.count) + target.joined(separator: "/")
  }

  /// How deep the case pages lie.
  package static let casePageDepth = 2
}
