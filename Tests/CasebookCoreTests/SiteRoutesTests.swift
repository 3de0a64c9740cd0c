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
}
