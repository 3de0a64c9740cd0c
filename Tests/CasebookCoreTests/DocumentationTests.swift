@testable import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite struct DocumentationTests {
  @Test("docs/case-format.md has a row for every word of the interface, with its English and its Chinese text, and no other")
  func interfaceWordsDocumented() throws {
    let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/case-format.md"), encoding: .utf8)
    let section = try #require(text.split(separator: "### The words of the pages").last?.split(separator: "\n## ").first)
    let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
    func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
    let expected = InterfaceText.keys.map { key in
      "| `\(key)` | \(cell(InterfaceText(language: "en")[key])) | \(cell(InterfaceText(language: "zh")[key])) |"
    }
    #expect(Set(rows.map(String.init)).isSuperset(of: expected), "missing or different: \(Set(expected).subtracting(rows.map(String.init)).sorted())")
    let documented = Set(rows.compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) })
    #expect(documented.subtracting(InterfaceText.keys).isEmpty, "a row for a word that does not exist")
  }

  @Test("docs/case-format.md lists every rule with its code under its family's heading, which names where it is checked, and no other code")
  func everyRuleDocumented() throws {
    let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/case-format.md"), encoding: .utf8)
    var heading = ""
    var documented: [(code: String, row: Substring, heading: String)] = []
    for line in text.split(separator: "\n") {
      if line.hasPrefix("### ") { heading = String(line) }
      if line.hasPrefix("| CB") { documented.append((String(line.dropFirst(2).prefix(5)), line, heading)) }
    }
    let expected = Rule.Family.allCases.flatMap { family in Rule.allCases.filter { $0.family == family } }
    #expect(documented.map(\.code) == expected.map(\.code), "rules in family order, then in code order")
    for (entry, rule) in zip(documented, expected) {
      #expect(entry.row.contains("| \(rule.rawValue)"), "row for \(rule.code) names \(rule.rawValue)")
      #expect(entry.heading == "### \(rule.family.rawValue) (`\(rule.family.checkedBy)`)", "\(rule.code) is under its family's heading")
    }
    #expect(Set(Rule.allCases.map(\.code)).count == Rule.allCases.count, "codes are unique")
  }
}
