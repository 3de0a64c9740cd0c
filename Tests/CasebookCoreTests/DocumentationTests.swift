@testable import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite struct DocumentationTests {
  @Test("docs/case-format.md names every word of the interface with its English text")
  func interfaceWordsDocumented() throws {
    let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/case-format.md"), encoding: .utf8)
    let flowing = text.replacingOccurrences(of: "\n", with: " ")
    for key in InterfaceText.keys {
      #expect(flowing.contains("`\(key)` \(InterfaceText.english[key]!)"), "\(key)")
    }
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
