@testable import CasebookCore
import Foundation
import Testing

@Suite struct LoadingTests {
  static let config = SiteConfig(
    title: "T", description: "D",
    languages: [.init(tag: "en", name: "English"), .init(tag: "zh", name: "中文", headings: [.symptom: ["症状"], .background: ["背景"], .rootCause: ["根本原因"], .solutions: ["解决方案"], .validation: ["验证"]])])

  static let body = "\n## Symptom\n\nA.\n\n## Background\n\nB.\n\n## Root cause\n\nC.\n\n## Solutions\n\n### One\n\nD.\n\n### Two\n\nE.\n\n## Validation\n\nF.\n"

  @Test("a valid case becomes a record with sections and alternatives")
  func validRecord() throws {
    let text = "---\ntitle: T\nsummary: S\ndate: 2025-01-02\ntags: [go]\n---\n" + Self.body
    let loaded = CaseLoader.load(SourceFile(path: "cases/good-case.md", text: text), config: Self.config)
    #expect(loaded.diagnostics.collected.all.isEmpty)
    let record = try #require(loaded.record)
    #expect(record.id.rawValue == "good-case")
    #expect(record.frontMatter.status == .resolved)
    #expect(record.sections.map(\.kind) == [.symptom, .background, .rootCause, .solutions, .validation])
    #expect(record.section(.solutions)?.alternatives.map(\.title) == ["One", "Two"])
    #expect(record.section(.symptom)?.position == SourcePosition(line: 8, column: 1))
    #expect(record.section(.symptom)?.lines == 8...11)
  }

  @Test("a file shows at most 20 warnings of one rule, then one line for the rest; a kept parse result gives the same lines")
  func warningsPerRuleAreCapped() throws {
    let html = (1...50).map { "<b>\($0)</b>" }.joined(separator: "\n\n")
    let text = "---\ntitle: T\nsummary: S\ndate: 2025-01-02\n---\n" + Self.body.replacingOccurrences(of: "\nA.\n", with: "\n" + html + "\n")
    let loaded = CaseLoader.load(SourceFile(path: "cases/pasted-page.md", text: text), config: Self.config)
    let lines = loaded.diagnostics.collected.sorted.map(\.description)
    #expect(lines.count == 21)
    #expect(lines.dropLast().allSatisfy { $0.hasSuffix("raw HTML is not rendered; write it in Markdown or as code [CB040]") })
    // 50 paragraphs of two tags each: 100 warnings, 20 shown; the 21st is at the 11th paragraph's first tag.
    #expect(lines.last == "cases/pasted-page.md:29:1: warning: 80 more warnings like the one above in this file are not shown [CB040]")
    let cache = ParseCache([loaded], digests: ["cases/pasted-page.md": 1])
    let read = try #require(ParseCache(bytes: cache.bytes))
    #expect(read.entries["cases/pasted-page.md"]?.loaded.diagnostics.collected.sorted.map(\.description) == lines)
  }

  @Test("CRLF line endings and a byte-order mark keep positions right")
  func crlfAndBOM() throws {
    let text = "\u{FEFF}---\r\ntitle: T\r\nsummary: S\r\ndate: 2025-01-02\r\nbad: 1\r\n---\r\n" + Self.body.replacingOccurrences(of: "\n", with: "\r\n")
    let loaded = CaseLoader.load(SourceFile(path: "x/crlf-case.md", text: text), config: Self.config)
    #expect(loaded.diagnostics.collected.all.map(\.description) == ["x/crlf-case.md:5:1: error: unknown key 'bad' (known keys: title, summary, date, updated, status, tags, components, environment, signatures, references, related, lang, applies_to, fixed_in, reviewed, review_every) [CB016]"])
  }

  @Test("columns count characters the same way in front matter and body")
  func chineseColumns() {
    let text = "---\ntitle: 中文\nsummary: 摘要\ndate: 2025-01-02\nlang: zh\ntags: [标签一, ok]\n---\n\n## 症状\n\n构建失败<i>x</i>\n\n## 背景\n\nB\n\n## 根本原因\n\nC\n\n## 解决方案\n\n### 一\n\nD\n\n## 验证\n\nE\n"
    let loaded = CaseLoader.load(SourceFile(path: "zh-case.md", text: text), config: Self.config)
    let positions = loaded.diagnostics.collected.sorted.map { "\($0.position) \($0.rule.code)" }
    #expect(positions == ["6:8 CB023", "11:5 CB040", "11:9 CB040"])
  }

  @Test("the source text converts byte columns to character columns")
  func columnConversion() {
    let source = SourceText(normalizedText: "ab\n症状x\n")
    #expect(source.column(line: 2, utf8Column: 7) == 3)
    #expect(source.column(line: 1, utf8Column: 3) == 3)
    #expect(source.lines.count == 3)
  }

  @Test("duplicate keys are found at every depth and before a syntax error; a second document, anchors and aliases are refused")
  func duplicateKeysBothWays() {
    func diagnostics(_ yaml: String) -> [String] {
      var diagnostics = FileDiagnostics(file: "f.md")
      _ = YAMLMapping.parse(yaml, lineOffset: 1, at: SourcePosition(line: 1, column: 1), diagnostics: &diagnostics)
      return diagnostics.collected.sorted.map(\.description)
    }
    let nested = "title: T\nreferences:\n  - title: A\n    url: https://a\n    title: B\ntitle: U\n"
    let beforeSyntaxError = "title: T\ntitle: U\nsummary: [unclosed\n"
    let syntaxError = "title: T\nsummary: [unclosed\n"
    // A tagged key is the same key (and its tag is refused as well).
    let tagged = "title: T\n!custom title: U\n"
    // An asterisk in a quoted value is no alias, and changes nothing.
    func starred(_ yaml: String) -> String { yaml.replacingOccurrences(of: "title: T\n", with: "title: \"T * 2\"\n") }
    #expect(diagnostics(nested) == [
      "f.md:6:5: error: duplicate key 'title' (first given at line 4) [CB014]",
      "f.md:7:1: error: duplicate key 'title' (first given at line 2) [CB014]",
    ])
    #expect(diagnostics(beforeSyntaxError) == ["f.md:3:1: error: duplicate key 'title' (first given at line 2) [CB014]"])
    #expect(diagnostics(tagged) == [
      "f.md:3:1: error: duplicate key 'title' (first given at line 2) [CB014]",
      "f.md:3:1: error: YAML tags are not allowed in front matter ('!custom'); write the value plainly, in quotes if it is text [CB029]",
    ])
    #expect(diagnostics(syntaxError) == ["f.md:3:10: error: '[' is not closed on its line; end the list with ']' [CB012]"])
    for yaml in [nested, beforeSyntaxError, syntaxError, tagged] {
      #expect(starred(yaml) != yaml)
      #expect(diagnostics(starred(yaml)) == diagnostics(yaml), "\(yaml)")
    }
    // A second document: libyaml reads it, and Yams says what is wrong.
    #expect(diagnostics("title: T\n---\ntitle: U\n") == [
      "f.md:3:1: error: YAML syntax error: but found another document (expected a single document in the stream at line 2, column 1) [CB012]",
    ])
    #expect(diagnostics("a: &x [1]\nb: *x\n") == [
      "f.md:2:4: error: YAML anchors are not allowed in front matter ('&x'); write the value out [CB015]",
      "f.md:3:4: error: YAML aliases are not allowed in front matter ('*x'); write the value out [CB015]",
    ])
  }

  @Test("the splitter blanks front matter lines so body lines stay file lines")
  func splitter() throws {
    var diagnostics = FileDiagnostics(file: "f")
    let split = try #require(FrontMatterSplitter.split(SourceText(normalizedText: "---\na: 1\n---\n## X\n"), diagnostics: &diagnostics))
    #expect(split.yaml == "a: 1")
    #expect(split.body == "\n\n\n## X\n")
    #expect(split.closingLine == 3)
  }

  @Test("the knowledge base orders cases newest first and links related cases both ways")
  func knowledgeBaseLinks() throws {
    let a = "---\ntitle: A\nsummary: S\ndate: 2025-01-02\nrelated: [case-bbb]\n---\n" + Self.body
    let b = "---\ntitle: B\nsummary: S\ndate: 2025-01-03\n---\n" + Self.body
    let config = SourceFile(path: "casebook.yml", text: "title: T\ndescription: D\ndefault_language: en\nlanguages:\n  en: {name: English}\n")
    let result = ContentCheck.run(configFile: config, configPath: "casebook.yml", cases: [SourceFile(path: "case-aaa.md", text: a), SourceFile(path: "case-bbb.md", text: b)])
    #expect(result.diagnostics.all.isEmpty)
    let kb = try #require(result.knowledgeBase)
    #expect(kb.cases.map(\.id.rawValue) == ["case-bbb", "case-aaa"], "newest first")
    #expect(kb.relatedCases(of: kb.cases[0]).map(\.id.rawValue) == ["case-aaa"], "links count both ways")
  }

  @Test("a config that cannot be read reports its own errors, not the headings of every case in another language; English cases are still checked")
  func brokenConfigChecksOnlyEnglishHeadings() {
    let chinese = "---\ntitle: 中文\nsummary: 摘要\ndate: 2025-01-02\nlang: zh\n---\n\n## 症状\n\nA\n\n## 背景\n\nB\n"
    let english = "---\ntitle: T\nsummary: S\ndate: 2025-01-02\n---\n\n## Symptom\n\nA\n\n## Sympton\n\nB\n"
    let config = SourceFile(path: "casebook.yml", text: "title: T\ntitle: [unclosed\n")
    let result = ContentCheck.run(configFile: config, configPath: "casebook.yml", cases: [SourceFile(path: "zh-case.md", text: chinese), SourceFile(path: "en-case.md", text: english)])
    let codes = result.diagnostics.sorted.map { "\($0.file) \($0.rule.code)" }
    #expect(!codes.contains { $0.hasPrefix("zh-case.md") }, "\(codes)")
    #expect(codes.contains("casebook.yml CB014") || codes.contains("casebook.yml CB012"), "\(codes)")
    #expect(codes.contains("en-case.md CB031"), "the English case's misspelt heading is still reported: \(codes)")
  }
}
