@testable import CasebookCore
@testable import CasebookRender
import CasebookTestSupport
import CommonMark
import Foundation
import Testing

@Suite struct RenderUnitTests {
  @Test("roff escaping of ASCII text byte by byte gives what escaping a character at a time gives")
  func roffEscapeBytes() {
    var generator = SystemRandomNumberGenerator()
    // Every ASCII byte but the carriage return, which the byte path leaves to the other.
    let bytes = (0..<0x80).map(UInt8.init).filter { $0 != 0x0D }
    var samples = ["--flag", "a\\b", "'x' \"y\" `z` ^ ~", "tab\there\nline", "\u{7F}\u{01}.dot"]
    for _ in 0..<2_000 {
      samples.append(String(decoding: (0..<Int.random(in: 0...40, using: &generator)).map { _ in bytes.randomElement(using: &generator)! }, as: UTF8.self))
    }
    for text in samples {
      #expect(Roff.escape(text) == Roff.escapeByCharacter(text), "\(text.debugDescription)")
    }
    #expect(Roff.escape("ld --no-undefined\tx") == "ld \\-\\-no\\-undefined x")
  }

  @Test("the feed has an entry for a case's update besides the one for its recording, newest first")
  func feedUpdates() throws {
    func record(_ id: String, date: String, updated: String?) throws -> CaseRecord {
      let file = "---\ntitle: Case \(id)\nsummary: S.\ndate: \(date)\n" + (updated.map { "updated: \($0)\n" } ?? "") + "---\n\n## Symptom\n\nx\n\n## Background\n\nx\n\n## Root cause\n\nx\n\n## Solutions\n\n### A\n\nx\n\n## Validation\n\nx\n"
      return try #require(CaseLoader.load(SourceFile(path: "Content/cases/\(id).md", text: file), config: SiteConfig(title: "T", description: "D")).record)
    }
    let cases = [try record("first-case", date: "2026-01-10", updated: "2026-03-01"), try record("second-case", date: "2026-02-01", updated: nil)]
    let xml = AtomFeed(site: SiteInfo(title: "T", description: "D", baseURL: "https://kb.example.org/", defaultLanguage: "en"), cases: cases).xml
    let entries = xml.components(separatedBy: "<entry>").dropFirst().map { entry in
      [entry.between("<title>", "</title>"), entry.between("<id>", "</id>"), entry.between("<updated>", "</updated>")]
    }
    #expect(entries == [
      ["Updated: Case first-case", "https://kb.example.org/cases/first-case/index.html#updated-2026-03-01", "2026-03-01T00:00:00Z"],
      ["Case second-case", "https://kb.example.org/cases/second-case/index.html", "2026-02-01T00:00:00Z"],
      ["Case first-case", "https://kb.example.org/cases/first-case/index.html", "2026-01-10T00:00:00Z"],
    ])
    #expect(xml.contains("<updated>2026-03-01T00:00:00Z</updated>\n  <link rel=\"alternate\""), "the feed's own date is its newest entry's")
  }

  @Test("a link to another case reads as that case's id in plain text, the id `casebook show` and `man` take; other links keep their address")
  func plainTextCaseLinks() throws {
    let file = "---\ntitle: T\nsummary: S.\ndate: 2026-01-10\n---\n\n## Symptom\n\nAs [the follow-up](crio-follow-up.md#root-cause), [crio-follow-up](crio-follow-up.md) and [the ticket](https://example.org/T-1).\n\n## Background\n\nx\n\n## Root cause\n\nx\n\n## Solutions\n\n### A\n\nx\n\n## Validation\n\nx\n"
    let record = try #require(CaseLoader.load(SourceFile(path: "Content/cases/with-links.md", text: file), config: SiteConfig(title: "T", description: "D")).record)
    let text = PlainTextRenderer().render(record, config: SiteConfig(title: "T", description: "D"))
    #expect(text.contains("As the follow-up (crio-follow-up), crio-follow-up and the ticket <https://example.org/T-1>."), "\(text)")
  }

  @Test("a cases.json entry is written byte for byte as JSONEncoder writes and indents it")
  func casesJSONEntryMatchesJSONEncoder() throws {
    let texts = ["", "plain", "say \"hi\"", "back\\slash", "/usr/bin/ld", "tab\there", "line\nbreak\r\n", "\u{08}\u{0C}\u{00}\u{1F}", "链接失败", "😀 é"]
    func pick(_ seed: Int, _ count: Int) -> [String] { (0..<count).map { texts[($0 * 7 + seed) % texts.count] } }
    var samples: [CasesJSON.Case] = []
    for seed in 0..<24 {
      samples.append(CasesJSON.Case(
        id: "case-\(seed)", url: "cases/case-\(seed)/index.html", title: texts[seed % texts.count], summary: texts[(seed + 3) % texts.count],
        date: "2025-01-02", status: "resolved", lang: seed % 5 == 0 ? "zh" : "en", updated: seed % 2 == 0 ? nil : "2025-02-03",
        tags: pick(seed, seed % 3), components: pick(seed + 1, (seed + 1) % 3), environment: pick(seed + 2, seed % 4), signatures: pick(seed + 3, (seed / 2) % 3),
        related: pick(seed + 4, seed % 2), references: (0..<(seed % 3)).map { CasesJSON.Reference(title: texts[($0 + seed) % texts.count], url: "https://e.org/\($0)") },
        sections: (0..<(seed % 4)).map { CasesJSON.Section(id: "s\($0)", kind: "symptom", heading: texts[($0 * 3 + seed + 5) % texts.count]) },
        appliesTo: seed % 3 == 0 ? ["cri-o": ">=1.32.0", "fedora": texts[seed % texts.count]] : nil, fixedIn: seed % 4 == 0 ? ["cri-o": "unknown"] : nil,
        reviewed: seed % 2 == 0 ? CasesJSON.Reviewed(date: "2026-01-02", by: seed % 4 == 0 ? texts[seed % texts.count] : nil) : nil, reviewDue: "2027-01-02"))
    }
    /// JSONEncoder's encoding with every non-empty line indented to the depth of the cases in the file.
    func indented(_ encoded: [UInt8]) -> [UInt8] {
      encoded.split(separator: 0x0A, omittingEmptySubsequences: false).map { $0.isEmpty ? [] : Array("    ".utf8) + $0 }.joined(separator: [0x0A]).map { $0 }
    }
    for sample in samples {
      #expect(sample.indentedJSON == indented(try CasesJSON.encode(sample)), "\(sample.id): \(String(decoding: sample.indentedJSON, as: UTF8.self))")
    }
  }

  @Test("a pager links the first and last pages and two on each side of the current one, with gaps between, relative to its own page")
  func pagerLinks() {
    let fifth = Pager(number: 5, count: 9, first: "index.html", ui: InterfaceText(language: "en"))
    #expect(fifth.links.map { $0.isGap ? "…" : ($0.isCurrent ? "[\($0.number)]" : "\($0.number)") } == ["1", "…", "3", "4", "[5]", "6", "7", "…", "9"])
    #expect(fifth.links.first?.url == "../../index.html" && fifth.links[2].url == "../3/index.html")
    #expect(fifth.previous == "../4/index.html" && fifth.next == "../6/index.html")
    let first = Pager(number: 1, count: 4, first: "tags/tls/index.html", ui: InterfaceText(language: "en"))
    #expect(first.previous == nil && first.next == "page/2/index.html")
    #expect(first.links.map(\.number) == [1, 2, 3, 4] && !first.links.contains(where: \.isGap))
    let alone = Pager(number: 1, count: 1, first: "index.html", ui: InterfaceText(language: "en"))
    #expect(!alone.isPaged && alone.links.isEmpty && alone.previous == nil && alone.next == nil)
    let pages = Pager.pages(of: "components/go/index.html", cases: 25, size: 10)
    #expect(pages.map(\.path) == ["components/go/index.html", "components/go/page/2/index.html", "components/go/page/3/index.html"])
    #expect(pages.map(\.cases) == [0..<10, 10..<20, 20..<25])
    #expect(Pager.pages(of: "index.html", cases: 0, size: 10).map(\.cases) == [0..<0], "an empty listing still has its page")
  }

  @Test("anchors are slugs of any script, unique within a page")
  func anchors() {
    var anchors = AnchorSet(reserved: ["symptom"])
    #expect(anchors.claim(for: "Let ld accept undefined symbols (adopted)", fallback: "x") == "let-ld-accept-undefined-symbols-adopted")
    #expect(anchors.claim(for: "方案一", fallback: "x") == "方案一")
    #expect(anchors.claim(for: "Symptom", fallback: "x") == "symptom-2")
    #expect(anchors.claim(for: "!!!", fallback: "solution-4") == "solution-4")
    #expect(anchors.claim(for: "Symptom", fallback: "x") == "symptom-3")
  }

  @Test("a very long run with no break point (10,000 '[') gets break points: groff -ww breaks its lines without a warning")
  func longRunsBreak() throws {
    let folder = try Fixtures.temporaryFolder("casebook-long-run")
    defer { try? FileManager.default.removeItem(at: folder) }
    var roff = RoffWriter()
    roff.header(title: "LONG", section: 7, date: "2026-12-04", source: "Casebook", manual: "Casebook")
    roff.paragraph("Before " + String(repeating: "[", count: 10_000) + " after, and " + String(repeating: "链", count: 3_000) + "。")
    let page = folder.appendingPathComponent("long.7")
    try Data(roff.text.utf8).write(to: page)
    let groff = try ExternalTool.run(["groff", "-k", "-ww", "-man", "-Tutf8", page.path])
    #expect(groff.status == 0)
    #expect(!groff.output.contains("warning"), "\(groff.output.prefix(300))")
    let lint = try ExternalTool.run(["mandoc", "-Tlint", "-W", "all", page.path])
    #expect(lint.output.isEmpty, "\(lint.output)")
  }

  @Test("the roff writer wraps text within 78 columns as mandoc counts them, and loses no character")
  func roffWrapping() {
    var generator = SystemRandomNumberGenerator()
    let words = [
      "a", "word", "-Wl,--as-needed", "/usr/lib/x86_64-linux-gnu/libfoo.so.1", "链接失败", "é", "'quoted'", ".so", "back\\slash",
      String(repeating: "x", count: 90), String(repeating: "长", count: 30), "a/b/" + String(repeating: "c", count: 70),
    ]
    /// A word as the writer spells it: each character escaped, `\:` after `/`, between CJK
    /// characters, and after every 60 characters without one.
    func spelled(_ word: String) -> String {
      var out = ""
      var previousWide = false
      var run = 0
      for character in word {
        let wide = RoffWriter.isWide(character)
        if (wide && previousWide) || run == RoffWriter.longRun {
          out += "\\:"
          run = 0
        }
        run += 1
        out += Roff.escape(character)
        if character == "/" {
          out += "\\:"
          run = 0
        }
        previousWide = wide
      }
      return out
    }
    for _ in 0..<500 {
      let chosen = (0..<Int.random(in: 0...30, using: &generator)).map { _ in words.randomElement(using: &generator)! }
      let text = chosen.map { $0 + [" ", "  ", "\t", "\n"].randomElement(using: &generator)! }.joined()
      var roff = RoffWriter()
      roff.line(text)
      var joined = ""
      for line in roff.text.split(separator: "\n") {
        let unguarded = line.hasPrefix("\\&") ? String(line.dropFirst(2)) : String(line)
        #expect(!line.hasPrefix(".") && !line.hasPrefix("'") && !line.hasPrefix(" "), "a text line read as a request: \(line)")
        // A line ending in `\` continues the word on the next line, without a space.
        if unguarded.hasSuffix("\\") && !unguarded.hasSuffix("\\\\") {
          #expect(RoffWriter.cost(String(unguarded.dropLast())) <= RoffWriter.lineLimit, "\(line)")
          joined += unguarded.dropLast() + "\u{1}"
        } else {
          #expect(RoffWriter.cost(unguarded) <= RoffWriter.lineLimit, "\(line)")
          joined += unguarded + " "
        }
      }
      // Only a word too long for a line of its own is cut; any other goes whole to the next line.
      for word in joined.split(separator: " ") where word.contains("\u{1}") {
        #expect(RoffWriter.cost(word.replacingOccurrences(of: "\u{1}", with: "")) + 1 > RoffWriter.lineLimit, "cut: \(word)")
      }
      #expect(joined.replacingOccurrences(of: "\u{1}", with: "").dropLast() == chosen.map(spelled).joined(separator: " "), "\(text.debugDescription)")
    }
  }

  @Test("refused links and images become their text")
  func refusedURLs() {
    let html = CommonMark.renderHTML("[a](javascript:x) ![b](vbscript:y) [ok](https://e.org/) ![ok](https://e.org/i.png)\n")
    #expect(html == "<p>a b <a href=\"https://e.org/\">ok</a> <img src=\"https://e.org/i.png\" alt=\"ok\" /></p>\n")
  }

  @Test("a partial that includes itself, directly or through others, is refused with the circle named")
  func partialCycles() throws {
    #expect(throws: TemplateError.partialCycle(names: ["foot", "legal", "foot"])) {
      try TemplateLibrary(TemplateSet(templates: ["home": "{{> foot}}", "foot": "{{> legal}}", "legal": "{{#x}}{{> foot}}{{/x}}"]), required: ["home"])
    }
    #expect(throws: TemplateError.partialCycle(names: ["home", "home"])) {
      try TemplateLibrary(TemplateSet(templates: ["home": "{{>home}}"]), required: ["home"])
    }
    #expect("\(TemplateError.partialCycle(names: ["foot", "legal", "foot"]))" == "Templates/foot.mustache includes itself ('foot' → 'legal' → 'foot'); a partial may not include itself, directly or through others")
    // Shared partials are not circles.
    #expect(TemplateLibrary.firstCycle(["home": ["head", "foot"], "case": ["head", "foot"], "foot": ["legal"], "head": [], "legal": []]) == nil)
  }

  @Test("a name no view model has is refused where the template reads it, with the field it probably meant; every name the shipped templates read is a field")
  func unknownTemplateNames() throws {
    let fields: Set<String> = ["page", "siteTitle", "cases", "html", "name"]
    #expect(throws: TemplateError.unknownName(name: "siteTitel", template: "home", line: 3, suggestion: "siteTitle")) {
      try TemplateLibrary(TemplateSet(templates: ["home": "<html>\n{{! a comment }}\n<h1>{{page.siteTitel}}</h1>"]), required: ["home"], fieldNames: fields)
    }
    #expect("\(TemplateError.unknownName(name: "siteTitel", template: "home", line: 3, suggestion: "siteTitle"))"
      == "Templates/home.mustache line 3: no page has a field 'siteTitel', so it would always be empty; did you mean 'siteTitle'?")
    for (template, unknown) in [("{{#casse}}{{/casse}}", "casse"), ("{{{htm}}}", "htm"), ("{{&nme}}", "nme"), ("{{^page}}{{wholly.new}}{{/page}}", "wholly"), ("{{first(cass)}}", "cass")] {
      #expect(throws: TemplateError.unknownName(name: unknown, template: "t", line: 1, suggestion: Suggestion.closest(to: unknown, in: fields.sorted())), "\(template)") {
        try TemplateLibrary(TemplateSet(templates: ["t": template]), required: ["t"], fieldNames: fields)
      }
    }
    // Partials, comments, closing tags, the current item and text after a change of delimiters are not names.
    _ = try TemplateLibrary(TemplateSet(templates: ["t": "{{> p}}{{! x y }}{{#cases}}{{.}}{{{html}}}{{/cases}}{{=<% %>=}}<% anything %>", "p": ""]), required: ["t"], fieldNames: fields)
    #expect(TemplateLibrary.names(in: "<h1>{{page.title}}</h1>\n{{#cases}}{{{html}}}{{/cases}}").map { "\($0.name)@\($0.line)" } == ["page.title@1", "cases@2", "html@2"])
    // The shipped templates read only fields.
    _ = try SiteRenderer(assembly: Assembly(knowledgeBase: KnowledgeBase(config: SiteConfig(title: "t", description: ""), cases: [])), templates: try RenderKeyTests.templates())
  }

  @Test("a missing template or partial is an error, not an empty page")
  func missingTemplates() throws {
    #expect(throws: TemplateError.missingTemplate(name: "case")) {
      try TemplateLibrary(TemplateSet(templates: ["home": "x"]), required: ["home", "case"])
    }
    #expect(throws: TemplateError.missingPartial(name: "head", usedBy: "home")) {
      try TemplateLibrary(TemplateSet(templates: ["home": "{{> head}} body"]), required: ["home"])
    }
    let library = try? TemplateLibrary(TemplateSet(templates: ["home": "{{>head}}[{{name}}]", "head": "<h>"]), required: ["home"])
    struct Model: TemplateFields {
      var name = "<b>"
      static let fields: TemplateFieldTable<Model> = ["name": { TemplateText($0.name) }]
    }
    #expect(try library?.render("home", Model()) == "<h>[&lt;b&gt;]")
    #expect(throws: TemplateError.missingTemplate(name: "nope")) { try library?.render("nope", Model()) }
    #expect(throws: TemplateError.syntax(name: "home", message: "line 3, column 7: sectionCloseNameIncorrect in '<p>{{/b}}</p>'")) {
      try TemplateLibrary(TemplateSet(templates: ["home": "<h1>\n{{#a}}\n<p>{{/b}}</p>\n"]), required: ["home"])
    }
    // Escaping: the five characters, and a template's first standalone line still removed.
    let escaping = try TemplateLibrary(TemplateSet(templates: ["home": "{{#items}}\n[{{name}}]\n{{/items}}\n"]), required: ["home"])
    struct Item: TemplateFields {
      var name: String
      static let fields: TemplateFieldTable<Item> = ["name": { TemplateText($0.name) }]
    }
    struct List: TemplateFields {
      var items: [Item]
      static let fields: TemplateFieldTable<List> = ["items": { $0.items }]
    }
    #expect(try escaping.render("home", List(items: [Item(name: "<a href=\"x\">'&'</a>"), Item(name: "中文")])) == "[&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;]\n[中文]\n")
  }

  @Test("a slug keeps letters and digits of any script, lower-cased, and folds the rest into single dashes")
  func slugs() {
    #expect(AnchorSet.slug("--a--B--") == "a-b")
    #expect(AnchorSet.slug("Ölzeug (2)") == "ölzeug-2")
    #expect(AnchorSet.slug("Let ld accept undefined symbols (adopted)") == "let-ld-accept-undefined-symbols-adopted")
    #expect(AnchorSet.slug("!!!") == "")
  }

  @Test("a heading gets its id and anchor link; anything else is left as it is")
  func headingWithID() {
    #expect(CaseBodyRenderer.withID("<h3>x &amp; <code>y</code></h3>\n", "a&b", label: "Link to this section") == "<h3 id=\"a&amp;b\">x &amp; <code>y</code> <a class=\"anchor\" href=\"#a&amp;b\" aria-label=\"Link to this section\">#</a></h3>\n")
    #expect(CaseBodyRenderer.withID("<h2>方案</h2>", "方案", label: "链接到本节") == "<h2 id=\"方案\">方案 <a class=\"anchor\" href=\"#方案\" aria-label=\"链接到本节\">#</a></h2>\n")
    #expect(CaseBodyRenderer.withID("<h2></h2>\n", "e", label: "Link to this section") == "<h2 id=\"e\"> <a class=\"anchor\" href=\"#e\" aria-label=\"Link to this section\">#</a></h2>\n")
    for unchanged in ["<p>x</p>\n", "<h2>open\n", "<h7>x</h7>\n", "<h2>x</h3>\n", "<h2>", ""] {
      #expect(CaseBodyRenderer.withID(unchanged, "a", label: "L") == unchanged, "\(unchanged.debugDescription)")
    }
  }

  @Test("sections and alternatives get ids, and blocks keep their HTML")
  func caseBody() throws {
    let text = "---\ntitle: T\nsummary: S\ndate: 2025-01-02\n---\n\n## Symptom\n\nA *b*.\n\n## Background\n\nB\n\n## Root cause\n\nC\n\n## Solutions\n\nIntro.\n\n### Use `flag`\n\n```\nrun --flag\n```\n\n### Symptom\n\nD\n\n## Validation\n\nE\n"
    let loaded = CaseLoader.load(SourceFile(path: "body-case.md", text: text), config: SiteConfig(title: "T", description: "D"))
    let record = try #require(loaded.record)
    let rendered = CaseBodyRenderer().render(record)
    #expect(rendered.sections.map(\.anchor) == ["symptom", "background", "root-cause", "solutions", "validation"])
    #expect(rendered.sections[0].headingHTML == "<h2 id=\"symptom\">Symptom <a class=\"anchor\" href=\"#symptom\" aria-label=\"Link to this section\">#</a></h2>\n")
    #expect(rendered.sections[0].bodyHTML == "<p>A <em>b</em>.</p>\n")
    let solutions = rendered.sections[3]
    #expect(solutions.bodyHTML == "<p>Intro.</p>\n")
    #expect(solutions.alternatives.map(\.anchor) == ["use-flag", "symptom-2"])
    #expect(solutions.alternatives[0].headingHTML.hasPrefix("<h3 id=\"use-flag\">Use <code>flag</code> "))
    #expect(solutions.alternatives[0].steps.map(\.isStep) == [true], "a code block is a step")
    #expect(solutions.alternatives[0].steps.map(\.isCommand) == [false], "without a shell's info string or a prompt it is not one to run")
    #expect(rendered.validation?.steps.map(\.html) == ["<p>E</p>\n"])
    #expect(rendered.validation?.steps.map(\.isStep) == [false], "prose is context")
  }

  @Test("a runbook ticks ordered-list items and code, runs only shell commands, reads prose as context, and leads with the recommended fix")
  func runbookSteps() throws {
    let body = "## Symptom\n\nA\n\n## Background\n\nB\n\n## Root cause\n\nC\n\n## Solutions\n\n"
      + "### Turn it off (rejected: breaks PIE)\n\nNo.\n\n"
      + "### Patch the spec (adopted in Fedora)\n\nEdit the spec:\n\n```spec\n%global x 1\n```\n\n"
      + "### Drain, then reload (recommended)\n\nWhy it works.\n\n1. Drain the node\n2. Reload:\n   ```sh\n   nginx -s reload\n   ```\n\n- a note\n- another\n\n```console\n$ systemctl status nginx\n```\n\n```\n$ curl -I localhost\n```\n\n"
      + "### Plain (Go 1.21 or later)\n\nText.\n\n## Validation\n\nE\n"
    let text = "---\ntitle: T\nsummary: S\ndate: 2025-01-02\n---\n\n" + body
    let record = try #require(CaseLoader.load(SourceFile(path: "runbook-case.md", text: text), config: SiteConfig(title: "T", description: "D")).record)
    #expect(record.section(.solutions)?.alternatives.map(\.status) == [.rejected, .adopted, .recommended, nil])
    let rendered = CaseBodyRenderer().render(record)
    let drain = try #require(rendered.sections[3].alternatives.first { $0.title.hasPrefix("Drain") })
    #expect(drain.steps.map { [$0.isStep, $0.isCommand] } == [[false, false], [true, false], [true, false], [false, false], [true, true], [true, true]])
    #expect(drain.steps.map(\.number) == [0, 1, 2, 0, 3, 4])
    #expect(drain.steps[1].html == "Drain the node")
    #expect(drain.steps[2].html.hasPrefix("Reload:\n<pre><code class=\"language-sh\">nginx -s reload"), "an item keeps the code inside it")
    #expect(drain.hasCode)
    let patch = try #require(rendered.sections[3].alternatives.first { $0.title.hasPrefix("Patch") })
    #expect(patch.steps.map(\.isCommand) == [false, false] && !patch.hasCode, "a spec line is a step, not a command")
    let order = SiteRenderer.runbookOrder(rendered.sections[3].alternatives, ui: InterfaceText(language: "en"))
    #expect(order.map(\.number) == [3, 2, 4, 1])
    #expect(order.map(\.isSetAside) == [false, false, false, true])
    #expect(order.map(\.statusLabel) == ["Recommended", "Adopted", nil, "Rejected"])
    #expect(CaseBodyRenderer.listItems("<ol start=\"3\">\n<li>a<ol>\n<li>b</li>\n</ol>\n</li>\n<li>c</li>\n</ol>\n") == ["a<ol>\n<li>b</li>\n</ol>\n", "c"])
    #expect(CaseBodyRenderer.listItems("<ol>\n</ol>\n") == nil)
  }

  @Test("cases.json encoded a case at a time is what JSONEncoder writes for the whole document")
  func casesJSONInPieces() throws {
    func record(_ id: String, _ extra: String) throws -> CaseRecord {
      let text = "---\ntitle: \"Quote \\\" and / 中文\"\nsummary: S\ndate: 2025-01-02\n\(extra)---\n\n## Symptom\n\nA\ttab, \"quotes\", `</script>` and \\<b>.\n\n## Background\n\nB\n\n## Root cause\n\nC\n\n## Solutions\n\n### Fix\n\n```\nrun \\\n  --flag\n```\n\n## Validation\n\nE\n"
      return try #require(CaseLoader.load(SourceFile(path: "\(id).md", text: text), config: SiteConfig(title: "T", description: "D")).record)
    }
    let withLists = try record("with-lists", "tags: [a, b]\ncomponents: [c]\nenvironment: [\"Fedora 41\"]\nsignatures: [\"ld: error\"]\nreferences:\n  - title: R\n    url: https://e.org/r\n")
    let bare = try record("bare", "")
    let chinese = try record("chinese", "lang: zh-CN\nrelated: [bare]\n")
    for cases in [[], [bare], [withLists, bare, chinese]] {
      for baseURL in [nil, "https://kb.example.org/"] {
        var config = SiteConfig(title: "T \"x\"", description: "D")
        config.baseURL = baseURL
        let knowledgeBase = KnowledgeBase(config: config, cases: cases)
        let json = CasesJSON(knowledgeBase: knowledgeBase)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let entries = knowledgeBase.cases.map { json.entry($0) }
        let whole = Array(try encoder.encode(json.document(cases: entries))) + Array("\n".utf8)
        // Handed over as the Cases stage does, a batch at a time (here the first case, then the rest).
        var output = SiteOutput()
        var writer = try CasesJSON.Writer(json, keys: [], reuse: nil)
        try writer.begin(into: &output)
        for batch in [0..<min(1, entries.count), min(1, entries.count)..<entries.count] {
          try writer.add(batch, entries: Dictionary(uniqueKeysWithValues: batch.map { ($0, entries[$0].indentedJSON) }), into: &output)
        }
        try writer.finish(into: &output)
        let pieced = output.files.first { $0.path == "cases.json" }?.bytes
        #expect(pieced == whole, "\(cases.count) cases, base URL \(baseURL ?? "none")")
      }
    }
  }

  @Test("XML escaping covers text and attributes and drops control characters")
  func escaping() {
    #expect(Escaping.xml("a<b>&\"c\"'d'\u{1}") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
  }
}

extension String {
  /// The text between the first `start` and the `end` after it ("" when absent).
  fileprivate func between(_ start: String, _ end: String) -> String {
    guard let open = range(of: start), let close = range(of: end, range: open.upperBound..<endIndex) else { return "" }
    return String(self[open.upperBound..<close.lowerBound])
  }
}
