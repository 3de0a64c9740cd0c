import CasebookCore
@testable import CasebookRender
import Testing

/// Every view model's field table names exactly its stored properties, with the same values.
@Suite struct TemplateFieldsTests {
  static let info = PageInfo(site: SiteInfo(title: "S", description: "D", baseURL: "https://e.org/", defaultLanguage: "en"), pageTitle: "P", description: "PD", path: "a/index.html", ui: InterfaceText(language: "en"))
  static let term = TermLink(name: "go", url: "u", count: 2)
  static let card = CaseCard(id: "i", url: "u", title: "t", summary: "s", summaryHTML: "<em>s</em>", status: "open", statusLabel: "Open", date: "2025-01-01", updated: "2025-01-02", lang: "en", components: [term], tags: [term])
  static let step = StepView(id: "s1", number: 1, html: "<p>x</p>", isStep: true, isCommand: false)
  static let alternative = AlternativeView(anchor: "a", number: 1, title: "A", headingHTML: "<h3>A</h3>", bodyHTML: "", steps: [step], hasCode: false, status: "adopted", statusLabel: "Adopted", isSetAside: false)
  static let pager = Pager(number: 2, count: 9, first: "index.html", ui: InterfaceText(language: "en"))
  static let link = CaseLink(id: "i", title: "t", summary: "s", summaryHTML: "<em>s</em>", url: "u", reason: "r")

  static let samples: [any TemplateFields & Sendable] = [
    info, term, card, step, alternative, link,
    TocEntry(anchor: "a", title: "A", children: []),
    SectionView(anchor: "a", headingHTML: "<h2>A</h2>", bodyHTML: "", alternatives: [alternative]),
    ReferenceView(title: "r", url: "https://e.org/"),
    VersionView(component: "c", versions: "1", known: false),
    ReviewView(date: "d", reviewer: nil, every: "1y", due: "u"),
    CasePage(page: info, ui: InterfaceText(language: "en"), card: card, environment: ["e"], appliesTo: [VersionView(component: "c", versions: ">=1", known: true)], fixedIn: [], review: ReviewView(date: "d", reviewer: "r", every: "1y", due: "u"), signatures: ["s"], toc: [], sections: [], contents: "<li>", body: "<section>", references: [], related: [link], similar: [], editURL: "e", runbookURL: "r", sourcePath: "p", hasEnvironment: true, hasAppliesTo: true, hasFixedIn: false, hasSignatures: true, hasReferences: false, hasRelated: true, hasSimilar: false, hasComponents: true, hasTags: true),
    RunbookPage(page: info, ui: InterfaceText(language: "zh"), card: card, caseURL: "c", alternatives: [alternative], validation: alternative, hasAlternatives: true, procedure: "<section>"),
    HomePage(page: info, cases: [CardHTML(html: "<li>")], caseCount: 1, pager: pager, statusFacets: [], componentFacets: [], tagFacets: []),
    Facet(value: "v", label: "l", count: 1),
    TaxonomyPage(page: info, kindLabel: "Tag", indexLabel: "Tags", kindPath: "tags", name: "go", count: 1, countText: "1 case", one: true, cases: [CardHTML(html: "<li>")], pager: pager),
    CardHTML(html: "<li>"),
    pager, PageLink(number: 2, url: "u", isCurrent: true, isGap: false),
    SiteHeader(info, ui: InterfaceText(language: "zh")),
    TaxonomyIndexPage(page: info, kindLabel: "Tags", terms: [term], count: 1),
    PlainPage(page: info, homeURL: "index.html"),
  ]

  @Test("templates read every word of the interface as {{ui.<key>}}; Chinese has every word, and the config's words win")
  func interfaceWords() {
    let english = InterfaceText(language: "en"), chinese = InterfaceText(language: "zh-Hans")
    #expect(Set(InterfaceText.fields.keys) == Set(InterfaceText.keys))
    for key in InterfaceText.keys {
      #expect((english.child(named: key) as? TemplateText).map { "\($0)" } == english[key])
      #expect(chinese[key] != english[key] && chinese[key].unicodeScalars.contains(where: CJK.isWide), "\(key): \(chinese[key])")
    }
    #expect(InterfaceText(language: "fr") == english)
    let overridden = InterfaceText(language: "zh", overrides: ["contents": "本页内容", "no_such_word": "x"])
    #expect(overridden["contents"] == "本页内容" && overridden["details"] == "详情" && overridden.strings["no_such_word"] == nil)
  }

  @Test("each field table names every stored property and reads the same value as reflection")
  func templateFieldsCoverEveryProperty() {
    for sample in Self.samples {
      let mirror = Mirror(reflecting: sample)
      let names = mirror.children.compactMap(\.label)
      #expect(Set(names) == Set(Swift.type(of: sample).fieldNames), "\(Swift.type(of: sample))")
      for child in mirror.children {
        guard let label = child.label else { continue }
        let expected = Mirror(reflecting: child.value).displayStyle == .optional ? Mirror(reflecting: child.value).children.first.map { "\($0.value)" } : "\(child.value)"
        #expect(sample.child(named: label).map { "\($0)" } == expected, "\(Swift.type(of: sample)).\(label)")
      }
      #expect(sample.child(named: "noSuchField") == nil)
    }
  }

  @Test("text fields reach templates as TemplateText, lists of text as lists of it")
  func templateFieldsHandTextAsTemplateText() {
    for sample in Self.samples {
      for child in Mirror(reflecting: sample).children {
        guard let label = child.label else { continue }
        let value = sample.child(named: label)
        switch child.value {
        case is String, is String?: #expect(value == nil || value is TemplateText, "\(Swift.type(of: sample)).\(label)")
        case is [String]: #expect(value is [TemplateText], "\(Swift.type(of: sample)).\(label)")
        default: #expect(!(value is String) && !(value is [String]), "\(Swift.type(of: sample)).\(label)")
        }
      }
    }
  }

  @Test("a TemplateText renders as the string it holds would: escaped, raw, transformed, as a section")
  func templateTextRendersAsString() throws {
    struct Plain: TemplateFields {
      var title: String
      static let fields: TemplateFieldTable<Plain> = ["title": { $0.title }]
    }
    struct Text: TemplateFields {
      var title: String
      static let fields: TemplateFieldTable<Text> = ["title": { TemplateText($0.title) }]
    }
    let template = "{{title}}|{{{title}}}|{{uppercased(title)}}|{{capitalized(title)}}|{{reversed(title)}}|{{#title}}[{{.}}]{{/title}}|{{^title}}none{{/title}}|{{#empty(title)}}E{{/empty(title)}}|{{#title}}{{renderText}}{{/title}}"
    let library = try TemplateLibrary(TemplateSet(templates: ["t": template]), required: ["t"])
    for title in ["Pod <x> & \"y\" fails", "", "容器 crash", "e\u{301}té"] {
      let expected = try library.render("t", Plain(title: title))
      #expect(try library.render("t", Text(title: title)) == expected, "\(title)")
      #expect(expected.hasPrefix(Escaping.html(title) + "|" + title + "|"))
    }
  }

  @Test("a nil optional is absent, so the lookup goes on up the context stack")
  func nilOptionalIsAbsent() throws {
    var page = Self.info
    page.canonical = nil
    #expect(page.child(named: "canonical") == nil)
    let library = try TemplateLibrary(TemplateSet(templates: ["t": "{{#page}}[{{canonical}}]{{/page}}"]), required: ["t"])
    struct Outer: TemplateFields {
      var page: PageInfo
      var canonical: String
      static let fields: TemplateFieldTable<Outer> = ["page": { $0.page }, "canonical": { $0.canonical }]
    }
    #expect(try library.render("t", Outer(page: page, canonical: "outer")) == "[outer]")
  }
}

extension TemplateFields {
  static var fieldNames: [String] { Array(fields.keys) }
}
