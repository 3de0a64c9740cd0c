// The interface's words written into the templates once a build: the same pages as reading them
// from each page's view model.

import CasebookCore
@testable import CasebookRender
import Testing

@Suite struct TemplateInterfaceTests {
  static let english = InterfaceText(language: "en")

  @Test("ui tags become the words they print; other tags, and words that could read as syntax, stay")
  func writingIn() {
    let ui = InterfaceText(language: "en", overrides: ["copy": "Copy <all> & \"more\"", "copied": "{{page.root}}", "details": "two\nlines", "status": "  ", "tags": ""])
    let cases: [(template: String, written: String)] = [
      ("<h2>{{ui.contents}}</h2>{{{ ui.references }}}", "<h2>Contents</h2>References"),
      ("{{ ui.contents }}|{{& ui.contents}}|{{{ui.contents}}}}", "Contents|Contents|Contents}"),
      ("{{ui.copy}}|{{{ui.copy}}}|{{&ui.copy}}", "Copy &lt;all&gt; &amp; &quot;more&quot;|Copy <all> & \"more\"|Copy <all> & \"more\""),
      ("{{ui.copied}}{{ui.details}}{{ui.status}}{{ui.tags}}", "{{ui.copied}}{{ui.details}}{{ui.status}}{{ui.tags}}"),
      ("{{ui.contnets}}{{ui}}{{#ui.contents}}x{{/ui.contents}}{{page.ui.contents}}{{! {{ui.contents}} }}", "{{ui.contnets}}{{ui}}{{#ui.contents}}x{{/ui.contents}}{{page.ui.contents}}{{! {{ui.contents}} }}"),
      ("{{ui.contents}}{{=<% %>=}}<%ui.contents%>", "{{ui.contents}}{{=<% %>=}}<%ui.contents%>"),
      ("{{ui.contents", "{{ui.contents"),
    ]
    for (template, written) in cases {
      #expect(TemplateLibrary.writingIn(ui, into: template) == written, "\(template)")
    }
    #expect(TemplateLibrary.writingIn(InterfaceText(language: "zh"), into: "<h2>{{ui.contents}}</h2>") == "<h2>目录</h2>")
  }

  @Test("a case's page and runbook are the same bytes with the words written in as read from the view model, in each language and with overrides")
  func sameAsTheViewModel() throws {
    let overrides = ["contents": "<Table> & \"more\"", "details": "{{page.root}}", "status": "two\nlines", "recorded": "   ", "tags": "", "copy": "Copy 'it'"]
    let config = SiteConfig(
      title: "T", description: "D",
      languages: [SiteConfig.Language(tag: "en", name: "English", interface: overrides), SiteConfig.Language(tag: "zh", name: "中文", interface: ["details": "详情 <b>"])])
    let cases = [
      try RenderKeyTests.record("english-case", frontMatter: "signatures: [\"ld: undefined reference to wazero\"]\ncomponents: [wazero]\ntags: [go]\nrelated: [chinese-case]\n"),
      try RenderKeyTests.record("chinese-case", frontMatter: "lang: zh\nsignatures: [\"ld: undefined reference to wazero\"]\ncomponents: [wazero]\n"),
      try RenderKeyTests.record("french-case", frontMatter: "lang: fr\n"),
    ]
    func pages(writesInterfaceIn: Bool) throws -> [String: [UInt8]] {
      let renderer = try SiteRenderer(
        assembly: Assembly(knowledgeBase: KnowledgeBase(config: config, cases: cases)), templates: RenderKeyTests.templates(), writesInterfaceIn: writesInterfaceIn)
      // A language the config does not name (fr: English without the site's overrides) reads its words from the view model.
      #expect(["en", "zh", "fr"].map { renderer.templates.writesIn(renderer.ui(for: $0)) } == [writesInterfaceIn, writesInterfaceIn, false])
      let work = cases.map { record in (renderer.knowledgeBase.byID[record.id]!, BuildPlan.Work(page: true, man: false), record.body) }
      let outputs = try renderer.renderCases(work, loader: CaseLoader(config: config))
      return Dictionary(uniqueKeysWithValues: outputs.flatMap(\.files).map { ($0.path, $0.bytes) })
    }
    let written = try pages(writesInterfaceIn: true), read = try pages(writesInterfaceIn: false)
    #expect(written.count == 6)
    #expect(written.keys.sorted() == read.keys.sorted())
    for path in read.keys.sorted() {
      #expect(written[path] == read[path], "\(path)")
    }
    let english = String(decoding: try #require(written["cases/english-case/index.html"]), as: UTF8.self)
    #expect(english.contains("&lt;Table&gt; &amp; &quot;more&quot;") && english.contains("data-copy=\"Copy &#39;it&#39;\""))
    let chinese = String(decoding: try #require(written["cases/chinese-case/index.html"]), as: UTF8.self)
    #expect(chinese.contains("详情 &lt;b&gt;") && chinese.contains("目录"))
  }
}
