// The browser engine (Templates/assets/search.js) in headless Chromium from file://, against the
// same vectors and the same built index as the Swift engine.

import CasebookBench
import CasebookCore
import CasebookFuzz
import CasebookSearch
import CasebookTestSupport
import Foundation
import Testing

@Suite(.serialized) struct SearchBrowserTests {
  static let vectors = Fixtures.repositoryRoot.appendingPathComponent("Tests/CasebookSearchTests/Fixtures")

  /// The repository's site, built once, with a harness page that runs every vector.
  static let site: URL = {
    let project = try! SiteFixtures.project()
    try! SiteFixtures.build(project)
    let site = project.appendingPathComponent("Site")
    var script = "window.VECTORS = {"
    for (key, file) in [("tokenizer", "tokenizer.json"), ("signatures", "signatures.json"), ("queries", "queries.json"), ("snippets", "snippets.json"), ("versions", "versions.json")] {
      script += "\(key): " + (try! String(contentsOf: vectors.appendingPathComponent(file), encoding: .utf8)) + ",\n"
    }
    script += "};\n"
    try! script.write(to: site.appendingPathComponent("vectors.js"), atomically: false, encoding: .utf8)
    try! """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>harness</title>
      <script src="assets/search.js"></script><script src="vectors.js"></script></head>
      <body><pre id="out">pending</pre><script>
      (async function () {
        const out = { tokens: [], signatures: [], lookups: [], queries: [], snippets: [], versions: [], ranges: [], errors: [] };
        for (const pair of VECTORS.versions.versions) out.versions.push(CasebookSearch.parseVersion(pair[0]));
        for (const r of VECTORS.versions.ranges) out.ranges.push([r.in.map(v => CasebookSearch.inRange(r.normalized, v)), r.out.map(v => CasebookSearch.inRange(r.normalized, v))]);
        for (const v of VECTORS.snippets) out.snippets.push(CasebookSearch.snippet(v.text, v.terms, v.focus, v.phrases).filter(p => p.marked).map(p => p.text));
        for (const v of VECTORS.tokenizer) out.tokens.push(CasebookSearch.tokens(v.text));
        for (const v of VECTORS.signatures) out.signatures.push(CasebookSearch.normalizeSignature(v.line));
        for (const v of VECTORS.signatures) out.lookups.push(CasebookSearch.signatureLookups(v.line));
        for (const v of VECTORS.queries) {
          try { const r = await CasebookSearch.query(v.query); out.queries.push(r.results.map(x => [x.id, x.section, x.score, x.shows, x.marked.join("|")])); }
          catch (e) { out.errors.push(v.query + ": " + e); out.queries.push(null); }
        }
        document.getElementById("out").textContent = JSON.stringify(out);
      })();
      </script></body></html>
      """.write(to: site.appendingPathComponent("harness.html"), atomically: false, encoding: .utf8)
    return site
  }()

  struct HarnessOutput: Decodable {
    var tokens: [[String]]
    var signatures: [String]
    var lookups: [[String]]
    var queries: [[[Value]]?]
    var snippets: [[String]]
    var versions: [String?]
    var ranges: [[[Bool]]]
    var errors: [String]
  }

  enum Value: Decodable, Equatable {
    case text(String), number(Double)
    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
    }
  }

  /// A result as the harness pages list it: the case, its best section, its score, and the
  /// section its excerpt is taken from with the words marked in it.
  static func row(_ result: SearchResult, _ index: IndexFolder) throws -> [Value] {
    let document = try index.document(result.document)
    let (anchor, snippet) = Snippet.shown(result, in: document)
    return [.text(document.id), .text(result.anchor), .number(result.score), .text(anchor), .text(snippet.parts.filter(\.marked).map(\.text).joined(separator: "|"))]
  }

  static func chromium(_ url: String) throws -> String {
    try ExternalTool.chromiumDOM(url)
  }


  @Test("JavaScript and Swift give the same tokens, signatures and ranked results for every vector")
  func sameResults() throws {
    let dom = try Self.chromium(Self.site.appendingPathComponent("harness.html").absoluteString)
    let start = try #require(dom.range(of: "<pre id=\"out\">")), end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
    let json = SiteFixtures.unescape(String(dom[start.upperBound..<end.lowerBound]))
    let output = try JSONDecoder().decode(HarnessOutput.self, from: Data(json.utf8))
    #expect(output.errors.isEmpty, "\(output.errors)")

    struct Tokens: Decodable { var text: String }
    struct Signature: Decodable { var line: String }
    struct Query: Decodable { var query: String }
    let tokens = try JSONDecoder().decode([Tokens].self, from: Data(contentsOf: Self.vectors.appendingPathComponent("tokenizer.json")))
    let signatures = try JSONDecoder().decode([Signature].self, from: Data(contentsOf: Self.vectors.appendingPathComponent("signatures.json")))
    let queries = try JSONDecoder().decode([Query].self, from: Data(contentsOf: Self.vectors.appendingPathComponent("queries.json")))
    #expect(output.tokens == tokens.map { Tokenizer.terms($0.text) })
    struct SnippetCase: Decodable { var text: String; var terms: [String]; var focus: [String]; var phrases: [[String]]; var marked: [String] }
    let snippets = try JSONDecoder().decode([SnippetCase].self, from: Data(contentsOf: Self.vectors.appendingPathComponent("snippets.json")))
    #expect(output.snippets == snippets.map(\.marked))
    #expect(output.snippets == snippets.map { Snippet(text: $0.text, terms: $0.terms, focus: $0.focus, phrases: $0.phrases).parts.filter(\.marked).map(\.text) })
    #expect(output.signatures == signatures.map { SignatureNormalizer.normalize($0.line) })
    #expect(output.lookups == signatures.map { SignatureNormalizer.lookups($0.line) })
    // Versions and ranges: search.js reads them as ComponentVersion and VersionRange do.
    struct Versions: Decodable {
      struct RangeCase: Decodable { var normalized: [[String]]; var `in`: [String]; var out: [String] }
      var versions: [[String?]]
      var ranges: [RangeCase]
    }
    let versions = try JSONDecoder().decode(Versions.self, from: Data(contentsOf: Self.vectors.appendingPathComponent("versions.json")))
    #expect(output.versions == versions.versions.map { ComponentVersion($0[0]!)?.description })
    #expect(output.versions == versions.versions.map { $0[1] })
    #expect(output.ranges == versions.ranges.map { range in
      [range.in, range.out].map { $0.map { VersionRange.contains(normalized: range.normalized, ComponentVersion($0)!) } }
    })
    #expect(output.ranges == versions.ranges.map { [$0.in.map { _ in true }, $0.out.map { _ in false }] })

    let index = try IndexFolder(folder: Self.site.appendingPathComponent("search").path)
    #expect(output.queries.count == queries.count)
    for (query, browser) in zip(queries, output.queries) {
      let swift = try SearchEngine(source: index).search(query.query).results.prefix(10).map { try Self.row($0, index) }
      #expect(browser == swift, "\(query.query)")
    }
  }

  @Test("on a generated corpus of 400 cases (stop terms, prefixes, typos, Chinese) both engines rank alike")
  func generatedCorpusParity() throws {
    let project = try SiteFixtures.generatedProject(count: 400)
    defer { try? FileManager.default.removeItem(at: project) }
    try SiteFixtures.build(project)
    let site = project.appendingPathComponent("Site")
    let queries = Queries.all
    // Version filters on the corpus's ranges and fixes: at a fix, just below it, and past a range.
    let index = try IndexFolder(folder: site.appendingPathComponent("search").path)
    var conditions: [[String]] = []
    for number in 0..<index.documentCount where conditions.count < 9 {
      let document = try index.document(number)
      guard let (component, fixed) = document.fixedIn?.min(by: { $0.key < $1.key }), case .number(let version)? = ComponentVersion(fixed) else { continue }
      conditions += [["\(component)=\(fixed)"], ["\(component)=\(version.major).\(version.minor).\(max(0, version.patch - 1))"], ["\(component)=9.0.0", "\(document.components.last!)=1.0.0"]]
    }
    #expect(conditions.count == 9, "the corpus has fixes")
    let filtered = conditions.map { ("failed", $0) }
    let list = String(decoding: try JSONEncoder().encode(queries), as: UTF8.self)
    let whereList = String(decoding: try JSONEncoder().encode(filtered.map { [$0.0] + $0.1 }), as: UTF8.self)
    try """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>parity</title><script src="assets/search.js"></script></head>
      <body><pre id="out">pending</pre><script>
      (async function () {
        const out = [];
        for (const q of \(list)) { const r = await CasebookSearch.query(q); out.push(r.results.map(x => [x.id, x.section, x.score, x.shows, x.marked.join("|")])); }
        for (const w of \(whereList)) { const r = await CasebookSearch.query(w[0], { where: w.slice(1) }); out.push(r.results.map(x => [x.id, x.fixedIn || "", x.score])); }
        document.getElementById("out").textContent = JSON.stringify(out);
      })();
      </script></body></html>
      """.write(to: site.appendingPathComponent("parity.html"), atomically: false, encoding: .utf8)
    let dom = try Self.chromium(site.appendingPathComponent("parity.html").absoluteString)
    let start = try #require(dom.range(of: "<pre id=\"out\">")), end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
    let browser = try JSONDecoder().decode([[[Value]]].self, from: Data(SiteFixtures.unescape(String(dom[start.upperBound..<end.lowerBound])).utf8))
    #expect(!index.meta.stopTerms.isEmpty, "a corpus this size has stop terms")
    #expect(browser.count == queries.count + filtered.count)
    var fixedSeen = 0
    for ((query, versions), results) in zip(filtered, browser.suffix(filtered.count)) {
      let swift = try SearchEngine(source: index).search(query, filters: SearchFilters(versions: versions.compactMap(VersionCondition.init))).results.prefix(10).map { result -> [Value] in
        [.text(try index.document(result.document).id), .text(result.fixedIn ?? ""), .number(result.score)]
      }
      fixedSeen += swift.count { $0[1] != .text("") }
      #expect(results == swift, "\(query) where \(versions)")
    }
    #expect(fixedSeen > 0, "some results are fixed in the version asked about")
    for (query, results) in zip(queries, browser) {
      let swift = try SearchEngine(source: index).search(query).results.prefix(10).map { try Self.row($0, index) }
      #expect(!swift.isEmpty, "\(query) finds something")
      #expect(results == swift, "\(query)")
    }
  }

  @Test("on a sample of fuzz inputs (the query target's seeds, hostile inputs and seeded random mutations of them) both engines give the same tokens, signatures and excerpts")
  func fuzzSampleParity() throws {
    var sample = try FuzzCheckTests.seeds(for: .query).map { String(decoding: $0.bytes, as: UTF8.self) } + FuzzCheckTests.hostile
    // Mutations as libFuzzer makes them, from a fixed seed: bytes inserted, changed, erased.
    var state: UInt64 = 2026
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    let alphabet = Array(" -_./:=\"'`[](){}<>#*\\\t\n0123456789abcdefXYZé中文🙂\u{200B}\u{FEFF}".unicodeScalars)
    for text in sample.prefix(300) {
      var scalars = Array(text.unicodeScalars)
      for _ in 0..<(1 + Int(next() % 6)) {
        let at = scalars.isEmpty ? 0 : Int(next() % UInt64(scalars.count))
        switch next() % 3 {
        case 0: scalars.insert(alphabet[Int(next() % UInt64(alphabet.count))], at: at)
        case 1 where !scalars.isEmpty: scalars[at] = alphabet[Int(next() % UInt64(alphabet.count))]
        default: if !scalars.isEmpty { scalars.remove(at: at) }
        }
      }
      var mutated = String.UnicodeScalarView()
      mutated.append(contentsOf: scalars)
      sample.append(String(mutated))
    }
    let site = Self.site
    let list = String(decoding: try JSONEncoder().encode(sample), as: UTF8.self)
    try "window.SAMPLE = \(list);\n".write(to: site.appendingPathComponent("fuzz-sample.js"), atomically: false, encoding: .utf8)
    try """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>fuzz sample</title>
      <script src="assets/search.js"></script><script src="fuzz-sample.js"></script></head>
      <body><pre id="out">pending</pre><script>
      const excerpt = t => {
        const words = CasebookSearch.tokens(t).slice(0, 8), terms = [...new Set(words)];
        return CasebookSearch.snippet(t, terms, terms, [words]).map(p => (p.marked ? "[" : "") + p.text + (p.marked ? "]" : "")).join("");
      };
      document.getElementById("out").textContent = JSON.stringify(SAMPLE.map(t => [CasebookSearch.tokens(t), CasebookSearch.normalizeSignature(t), excerpt(t)]));
      </script></body></html>
      """.write(to: site.appendingPathComponent("fuzz-sample.html"), atomically: false, encoding: .utf8)
    let dom = try Self.chromium(site.appendingPathComponent("fuzz-sample.html").absoluteString)
    let start = try #require(dom.range(of: "<pre id=\"out\">")), end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
    struct Pair: Decodable {
      var tokens: [String]
      var signature: String
      var excerpt: String
      init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        tokens = try container.decode([String].self)
        signature = try container.decode(String.self)
        excerpt = try container.decode(String.self)
      }
    }
    // The input's excerpt with its first words as the terms (in order, once each) and as a
    // phrase, marks in brackets: what the page harness makes with search.js.
    func excerpt(_ text: String) -> String {
      let words = Array(Tokenizer.terms(text).prefix(8))
      let terms = words.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
      return Snippet(text: text, terms: terms, focus: terms, phrases: [words]).parts.map { $0.marked ? "[\($0.text)]" : $0.text }.joined()
    }
    let browser = try JSONDecoder().decode([Pair].self, from: Data(SiteFixtures.unescape(String(dom[start.upperBound..<end.lowerBound])).utf8))
    #expect(browser.count == sample.count && sample.count > 400)
    var disagreements = 0
    for (text, pair) in zip(sample, browser) where pair.tokens != Tokenizer.terms(text) || pair.signature != SignatureNormalizer.normalize(text) || pair.excerpt != excerpt(text) {
      disagreements += 1
      if disagreements <= 5 { Issue.record("engines disagree on \(text.debugDescription.prefix(200)): JS \(pair.tokens.prefix(12)) / \(pair.signature.prefix(80)) / \(pair.excerpt.prefix(120)); Swift \(Tokenizer.terms(text).prefix(12)) / \(SignatureNormalizer.normalize(text).prefix(80)) / \(excerpt(text).prefix(120))") }
    }
    #expect(disagreements == 0)
  }

  @Test("the search page finds a case from ?q=, highlights matches and injects nothing")
  func searchPage() throws {
    let page = Self.site.appendingPathComponent("search.html").absoluteString
    let found = try Self.chromium(page + "?q=afterGoFunctionCallEntrypoint")
    #expect(found.contains("cases/crio-fedora41-wazero-linkname/index.html?h=aftergofunctioncallentrypoint#symptom"))
    #expect(found.contains("<mark>afterGoFunctionCallEntrypoint</mark>"))
    #expect(found.contains("cases match.</p>") || found.contains("case matches.</p>"))
    #expect(found.contains("id=\"search-page-noscript\" hidden=\"\""), "the no-JavaScript notice is hidden when the script runs")
    // Both words lie past the start the index keeps of the best section: the excerpt, its
    // section's name and the link come from Lessons, whose start holds "vendor".
    let further = try Self.chromium(page + "?q=%22go%3Alinkname%22%20vendor")
    let first = try #require(further.range(of: "<li id=\"search-page-results-0\""))
    let item = try #require(further[first.lowerBound...].components(separatedBy: "</li>").first)
    #expect(item.contains("index.html?h=go%3Alinkname%20linkname%20vendor%20go#lessons\""), "\(item)")
    #expect(item.contains(">Lessons</span>"))
    #expect(item.contains("/<mark>vendor</mark>/"))
    let hostile = "<img src=x onerror=alert(1)> wazero"
    let injected = try Self.chromium(page + "?q=" + hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
    #expect(!injected.contains("<img src=\"x\""))
    #expect(injected.contains("case"), "the query still ran")
  }

  @Test("the search page loads the facet data only when the reader opens the filters, or the address filters")
  func filtersLoadTheirDataWhenOpened() throws {
    let browser = try Browser()
    let page = Self.site.appendingPathComponent("search.html").absoluteString
    let facetsLoaded = "document.querySelector('head script[src$=\"search/facets.js\"]') !== null"
    try browser.open(page + "?q=wazero")
    try browser.wait(until: "document.querySelectorAll('#search-page-results li').length > 0")
    #expect(try browser.evaluate(facetsLoaded) as? Bool == false)
    #expect(try browser.evaluate("document.getElementById('search-page-filters').hidden") as? Bool == true)
    #expect(try browser.evaluate("document.getElementById('search-page-filters-toggle').getAttribute('aria-expanded')") as? String == "false")
    try browser.evaluate("document.getElementById('search-page-filters-toggle').click(); true")
    try browser.wait(until: "document.getElementById('search-filter-component').options.length > 1")
    #expect(try browser.evaluate(facetsLoaded) as? Bool == true)
    #expect(try browser.evaluate("document.getElementById('search-page-filters-toggle').getAttribute('aria-expanded')") as? String == "true")
    #expect(try browser.evaluate("document.getElementById('search-filter-component').options[1].textContent") as? String == "cri-o (3)")

    try browser.open(page + "?q=wazero&component=cri-o")
    try browser.wait(until: "document.getElementById('search-filter-component').options.length > 1 && document.getElementById('search-filter-component').options[1].textContent.indexOf('(') > 0")
    #expect(try browser.evaluate("document.getElementById('search-page-filters').hidden") as? Bool == false, "the address filters: the filters are open")
  }

  @Test("a case page marks the terms a search result was opened for")
  func highlightOnCasePage() throws {
    let page = Self.site.appendingPathComponent("cases/crio-fedora41-wazero-linkname/index.html").absoluteString
    let dom = try Self.chromium(page + "?h=aftergofunctioncallentrypoint#symptom")
    #expect(dom.contains("<mark class=\"search-hit\">afterGoFunctionCallEntrypoint</mark>"))
  }

  @Test("the search box on a Chinese case page answers in Chinese; on an English one in English")
  func searchBoxSpeaksThePageLanguage() throws {
    let browser = try Browser()
    for (page, expected) in [("cases/crio-fedora41-wazero-linkname-zh/index.html", "找到 3 个案例。"), ("cases/crio-fedora41-wazero-linkname/index.html", "3 cases match.")] {
      try browser.open(Self.site.appendingPathComponent(page).absoluteString)
      try browser.wait(until: "document.readyState === 'complete' && typeof window.CasebookSearch === 'object' && document.getElementById('search-input')")
      try browser.evaluate("var box = document.getElementById('search-input'); box.value = 'wazero'; box.dispatchEvent(new Event('input')); true")
      try browser.wait(until: "document.getElementById('search-status').textContent.length > 0")
      #expect(try browser.evaluate("document.getElementById('search-status').textContent") as? String == expected, "\(page)")
    }
  }
}
