// Listings at any size: the home page and each tag's and component's page shown `page_size`
// cases at a time, linked from page to page, and filters that work over every case.

@testable import CasebookCommands
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite struct ListingTests {
  /// 120 generated cases listed ten a page.
  static func project() throws -> URL {
    let project = try SiteFixtures.generatedProject(count: 120)
    try SiteFixtures.append("page_size: 10\nbase_url: https://kb.example.org/\n", to: project.appendingPathComponent("Content/casebook.yml"))
    return project
  }

  /// The `href`s of a page's pager (`<nav class="pager">`) and of its `<link rel>`s.
  static func pagerLinks(_ html: String) -> [String] {
    var links: [String] = []
    for part in [html.components(separatedBy: "<nav class=\"pager\"").dropFirst().first ?? "", html.components(separatedBy: "</head>")[0]] {
      for piece in part.components(separatedBy: "href=\"").dropFirst() where part.isEmpty == false {
        let href = String(piece.prefix { $0 != "\"" })
        if !href.hasSuffix(".css") && !href.hasSuffix(".xml") && !href.hasPrefix("https:") { links.append(href) }
      }
    }
    return links
  }

  static func cards(_ html: String) -> [String] {
    html.components(separatedBy: "<li class=\"case-card\"").dropFirst().map { String($0.components(separatedBy: "<a href=\"")[1].prefix { $0 != "\"" }) }
  }

  @Test("the home page and each term's page list page_size cases a page, newest first, every case once; the pages link to each other from file:// and say prev and next")
  func paginatedListings() throws {
    let project = try Self.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let site = project.appendingPathComponent("Site")
    func read(_ path: String) throws -> String { try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8) }

    let homePaths = ["index.html"] + (2...12).map { "page/\($0)/index.html" }
    var listed: [String] = []
    for (offset, path) in homePaths.enumerated() {
      let html = try read(path)
      let cards = Self.cards(html)
      #expect(cards.count == 10, "\(path)")
      // Every link of the pager and every <link rel> leads to a page of the site.
      for href in Self.pagerLinks(html) {
        let target = site.appendingPathComponent(path).deletingLastPathComponent().appendingPathComponent(href).standardized
        #expect(FileManager.default.fileExists(atPath: target.path), "\(path) links to \(href)")
      }
      let root = offset == 0 ? "" : "../../"
      listed += cards.map { String($0.dropFirst(root.count)) }
      #expect(html.contains("<link rel=\"prev\"") == (offset > 0) && html.contains("<link rel=\"next\"") == (offset < 11), "\(path)")
    }
    #expect(listed.count == 120 && Set(listed).count == 120, "each case on one page of the home listing")
    let dates = try listed.map { url -> String in
      let page = try read(url)
      return String(page.components(separatedBy: "<time datetime=\"")[1].prefix(10))
    }
    #expect(dates == dates.sorted(by: >), "newest first")

    let fifth = try read("page/5/index.html")
    #expect(fifth.contains("<link rel=\"prev\" href=\"../4/index.html\">") && fifth.contains("<link rel=\"next\" href=\"../6/index.html\">"))
    #expect(fifth.contains("<p class=\"pager-status\">Page 5 of 12</p>"))
    #expect(fifth.contains("<li><a href=\"../../index.html\">1</a></li>\n<li class=\"pager-gap\" aria-hidden=\"true\">…</li>\n<li><a href=\"../3/index.html\">3</a></li>"))
    #expect(fifth.contains("<li><a href=\"index.html\" aria-current=\"page\">5</a></li>"))
    #expect(try !read("index.html").contains("rel=\"prev\""))

    // A term with more cases than a page: its pages, four folders down, link back to its first page.
    let tags = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("tags").path).filter { !$0.hasSuffix(".html") }
    let paged = try #require(tags.sorted().first { FileManager.default.fileExists(atPath: site.appendingPathComponent("tags/\($0)/page/2/index.html").path) })
    let second = try read("tags/\(paged)/page/2/index.html")
    #expect(second.contains("<link rel=\"prev\" href=\"../../index.html\">"))
    #expect(Self.cards(second).allSatisfy { $0.hasPrefix("../../../../cases/") } && !Self.cards(second).isEmpty)
    let total = Int(try read("tags/\(paged)/index.html").components(separatedBy: "<p class=\"lede\">")[1].prefix { $0.isNumber })!
    var termCards = 0
    var page = 1
    while FileManager.default.fileExists(atPath: site.appendingPathComponent(page == 1 ? "tags/\(paged)/index.html" : "tags/\(paged)/page/\(page)/index.html").path) {
      termCards += Self.cards(try read(page == 1 ? "tags/\(paged)/index.html" : "tags/\(paged)/page/\(page)/index.html")).count
      page += 1
    }
    #expect(termCards == total && total > 10)
    #expect(try read("sitemap.xml").contains("<loc>https://kb.example.org/page/12/index.html</loc>"))
    #expect(fifth.contains("<link rel=\"canonical\" href=\"https://kb.example.org/page/5/\">"))

    // The filters open the search page with the choices in its address, and it lists every
    // case they keep (not only this page's), newest first.
    let home = try read("index.html")
    #expect(home.contains("<form class=\"filters\" id=\"filters\" action=\"search.html\" method=\"get\" hidden aria-label=\"Filter cases\">"))
    #expect(home.contains("<select id=\"filter-component\" name=\"component\">"))
    let component = try #require(FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("components").path).filter { !$0.hasSuffix(".html") }.sorted().first)
    let count = Int(try read("components/\(component)/index.html").components(separatedBy: "<p class=\"lede\">")[1].prefix { $0.isNumber })!
    let dom = try ExternalTool.chromiumDOM(site.appendingPathComponent("search.html").absoluteString + "?component=\(component)")
    #expect(dom.contains(count == 1 ? "1 case matches." : "\(count) cases match."), "\(component): \(count)")
    #expect(dom.components(separatedBy: "class=\"search-result\"").count - 1 == min(count, 20))
    let all = try ExternalTool.chromiumDOM(site.appendingPathComponent("search.html").absoluteString + "?status=resolved")
    let status = all.components(separatedBy: "id=\"search-page-status\"").dropFirst().first ?? ""
    let resolved = try #require(Int(status.components(separatedBy: " cases match.")[0].split(separator: ">").last.map(String.init) ?? ""), "\(status.prefix(200))")
    #expect(resolved > 20 && all.components(separatedBy: "class=\"search-result\"").count - 1 == 20, "the newest twenty, then Show more")
    #expect(all.contains("id=\"search-page-more\" class=\"search-page-more\">Show more</button>"), "Show more is not hidden")

    // Adding a case moves every page of the listings after it: the rebuild equals a clean build.
    let cases = project.appendingPathComponent("Content/cases")
    let first = try #require(try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted().first)
    try FileManager.default.copyItem(at: cases.appendingPathComponent(first), to: cases.appendingPathComponent("zz-new-case.md"))
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("page/13/index.html").path))
    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "adding a case")
  }

  @Test("a site whose default language is Chinese lists, pages, filters and indexes its cases in Chinese")
  func listingsInTheSiteLanguage() throws {
    let project = try SiteFixtures.generatedProject(count: 30)
    defer { try? FileManager.default.removeItem(at: project) }
    let config = project.appendingPathComponent("Content/casebook.yml")
    try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "default_language: en", with: "default_language: zh")
      .appending("page_size: 10\n").write(to: config, atomically: false, encoding: .utf8)
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let site = project.appendingPathComponent("Site")
    func read(_ path: String) throws -> String { try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8) }

    let home = try read("index.html")
    for expected in [
      "<html lang=\"zh\">", "aria-label=\"筛选案例\"", "<label for=\"filter-status\">状态</label>", "<option value=\"\">任意组件</option>",
      "<button type=\"submit\">显示符合条件的案例</button>", "<nav class=\"pager\" aria-label=\"分页\">", "<p class=\"pager-status\">第 1 页，共 3 页</p>",
      "rel=\"next\">较旧 ›</a>", "<a href=\"feed.xml\">Atom 订阅</a>", "由 Casebook 生成", "<span class=\"status status-",
    ] {
      #expect(home.contains(expected), "home page: \(expected)")
    }
    #expect(try read("page/2/index.html").contains("rel=\"prev\">‹ 较新</a>"))
    let tags = try read("tags/index.html")
    #expect(tags.contains("<title>标签 · Generated corpus</title>") && tags.contains("<h1>标签</h1>"))
    let terms = try #require(tags.components(separatedBy: "<ul class=\"terms\">").last)
    let tag = try #require(terms.components(separatedBy: "<li><a href=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) })
    let term = try read("tags/" + tag)
    #expect(term.contains("<a href=\"../../tags/index.html\">标签</a>") && term.contains(" 个案例</p>") && term.contains("<h1>标签: "), "\(tag)")
    let search = try read("search.html")
    for expected in ["<h1>搜索</h1>", "<label for=\"search-filter-tag\">标签</label>", "data-resolved=\"已解决\"", ">显示更多</button>", "<option value=\"needed\">需要复核</option>"] {
      #expect(search.contains(expected), "search page: \(expected)")
    }
    #expect(try read("404.html").contains("<h1>页面不存在</h1>"))
    let index = try read("man/man7/casebook-cases.7")
    #expect(index.contains(".SH \"说明\"") && index.contains(".SH \"案例\"") && index.contains(".SH \"另见\"") && index.contains("的全部案例"), "\(index.prefix(600))")

    // The search page's filters and answers, as a reader sees them.
    let dom = try ExternalTool.chromiumDOM(site.appendingPathComponent("search.html").absoluteString + "?status=resolved")
    #expect(dom.contains("<option value=\"resolved\">已解决 ("), "status options in the page's words")
    #expect(dom.contains("个案例。</p>"), "the count in Chinese")
  }

  @Test("a page_size that is not a whole number from 10 to 1,000 is an error at its line")
  func pageSizeChecked() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let config = project.appendingPathComponent("Content/casebook.yml")
    try SiteFixtures.append("page_size: 5\n", to: config)
    let lines = try String(contentsOf: config, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
    let report = try Casebook.Lint.parse(["--project", project.path, "--full", "--no-review-check"]).execute()
    #expect(report.diagnostics.map { $0.description.replacingOccurrences(of: project.path + "/", with: "") } == [
      "Content/casebook.yml:\(lines):12: error: 'page_size' must be a whole number from 10 to 1000; found '5' [CB018]"
    ])
  }
}
