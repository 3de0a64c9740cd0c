@testable import CasebookCore
import Testing

@Suite struct ModelTests {
  @Test("case ids follow the documented pattern", arguments: [
    ("crio-fedora41-wazero-linkname", true), ("abc", true), ("ab", false), ("1abc", false),
    ("abc-", false), ("a--b", false), ("Abc", false), ("abc_def", false), (String(repeating: "a", count: 80), true),
    (String(repeating: "a", count: 81), false), ("中文案例", false),
  ])
  func caseIDs(text: String, valid: Bool) {
    #expect((CaseID(rawValue: text) != nil) == valid)
  }

  @Test("a body's link to another case is its file name, with an anchor if wanted; on the site it goes to that case's page")
  func linkedCases() throws {
    let from = try #require(CaseID(rawValue: "nginx-reload"))
    let linked = try #require(LinkedCase(destination: "./crio-fedora44-wazero-dt-textrel.md#root-cause"))
    #expect(linked.id == "crio-fedora44-wazero-dt-textrel" && linked.fragment == "root-cause")
    #expect(linked.sitePath(from: from) == "../crio-fedora44-wazero-dt-textrel/index.html#root-cause")
    #expect(LinkedCase(destination: "redis-oom.md")?.sitePath(from: from) == "../redis-oom/index.html")
    #expect(LinkedCase(destination: "redis-oom.md#")?.fragment == nil)
    // Written as a file name, but no valid id: checked (and refused) by lint, left as written.
    #expect(LinkedCase(destination: "README.md")?.id == "README")
    #expect(LinkedCase(destination: "README.md")?.sitePath(from: from) == nil)
    for other in ["https://example.org/a.md", "notes/a.md", "../a.md", "#symptom", ".md", "a.md?x", "mailto:a.md", "a.txt", ""] {
      #expect(LinkedCase(destination: other) == nil, "\(other)")
    }
  }

  @Test("dates are checked against the calendar", arguments: [
    ("2024-02-29", true), ("2025-02-29", false), ("2025-02-30", false), ("1900-02-29", false),
    ("2000-02-29", true), ("2025-04-31", false), ("2025-12-31", true), ("2025-1-01", false), ("２０２５-01-01", false),
  ])
  func dates(text: String, valid: Bool) {
    #expect((CaseDate(text) != nil) == valid)
  }

  @Test("suggestions find near misses and refuse far ones")
  func suggestions() {
    #expect(Suggestion.closest(to: "sumary", in: FrontMatter.keys) == "summary")
    #expect(Suggestion.closest(to: "Root Causes", in: SectionKind.allCases.map(\.heading)) == "Root cause")
    #expect(Suggestion.closest(to: "componnets", in: FrontMatter.keys) == "components")
    #expect(Suggestion.closest(to: "owner", in: FrontMatter.keys) == nil)
    #expect(Suggestion.editDistance(Array("ab"), Array("ba")) == 1)
  }

  @Test("language tags", arguments: [("en", true), ("zh-Hans", true), ("pt-BR", true), ("chinese!", false), ("e", false), ("en-", false)])
  func languageTags(text: String, valid: Bool) {
    #expect(LanguageTag.isValid(text) == valid)
  }

  @Test("web URLs must be http or https with a host")
  func webURLs() {
    #expect(WebURL.problem(with: "https://example.org/x") == nil)
    #expect(WebURL.problem(with: "javascript:alert(1)") != nil)
    #expect(WebURL.problem(with: "https://") != nil)
    #expect(WebURL.problem(with: "https://a b") != nil)
  }
}
