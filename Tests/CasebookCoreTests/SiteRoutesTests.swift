// Where the site's files live, and the relative links between them.

import CasebookCore
import Testing

@Suite struct SiteRoutesTests {
  @Test("output paths, and links between pages that work from any folder and from file://")
  func routes() throws {
    let id = try #require(CaseID(rawValue: "nginx-reload"))
    #expect(SiteRoutes.casePage(id) == "cases/nginx-reload/index.html")
    #expect(SiteRoutes.casePages(id) == ["cases/nginx-reload/index.html", "cases/nginx-reload/runbook.html"])
    #expect(SiteRoutes.manPage(id) == "man/man7/nginx-reload.7")
    #expect(SiteRoutes.term(.tags, "tls") == "tags/tls/index.html")
    #expect(ProjectLayout.sourcePath(of: id) == "Content/cases/nginx-reload.md")
    let links: [(from: String, to: String, link: String)] = [
      (SiteRoutes.runbook(id), SiteRoutes.casePage(id), "index.html"),
      (SiteRoutes.casePage(id), SiteRoutes.runbook(id), "runbook.html"),
      (SiteRoutes.taxonomyIndex(.tags), SiteRoutes.term(.tags, "go"), "go/index.html"),
      (SiteRoutes.casePage(id), SiteRoutes.term(.components, "nginx"), "../../components/nginx/index.html"),
      (SiteRoutes.term(.tags, "go"), SiteRoutes.home, "../../index.html"),
      (SiteRoutes.home, SiteRoutes.casePage(id), "cases/nginx-reload/index.html"),
      ("tags/index.html", "tags", "../tags"),
    ]
    for (from, to, link) in links {
      #expect(SiteRoutes.link(from: from, to: to) == link, "\(from) → \(to)")
    }
  }

  @Test("a listing's pages lie in page/N/ beside its first page, and the links between them are what link(from:to:) gives")
  func listingPages() {
    #expect(SiteRoutes.listingPage(SiteRoutes.home, page: 1) == "index.html")
    #expect(SiteRoutes.listingPage(SiteRoutes.home, page: 7) == "page/7/index.html")
    #expect(SiteRoutes.listingPage(SiteRoutes.term(.tags, "tls"), page: 2) == "tags/tls/page/2/index.html")
    for first in [SiteRoutes.home, SiteRoutes.term(.components, "cri-o")] {
      for from in 1...4 {
        for to in 1...4 {
          #expect(SiteRoutes.listingLink(first, from: from, to: to) == SiteRoutes.link(from: SiteRoutes.listingPage(first, page: from), to: SiteRoutes.listingPage(first, page: to)), "\(first) \(from) → \(to)")
        }
      }
    }
  }
}
