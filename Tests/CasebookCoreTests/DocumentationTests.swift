@testable import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite struct DocumentationTests {
  @Test("docs/case-format.md lists every rule with its code, and no other code")
  func everyRuleDocumented() throws {
    let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/case-format.md"), encoding: .utf8)
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| CB") }
    let documented = rows.map { String($0.dropFirst(2).prefix(5)) }
    #expect(documented == Rule.allCases.map(\.code))
    for (row, rule) in zip(rows, Rule.allCases) {
      #expect(row.contains("| \(rule.rawValue)"), "row for \(rule.code) names \(rule.rawValue)")
    }
    #expect(Set(Rule.allCases.map(\.code)).count == Rule.allCases.count, "codes are unique")
  }
}
