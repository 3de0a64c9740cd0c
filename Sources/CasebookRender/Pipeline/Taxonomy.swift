// Stage: Assemble (for rendering). Tags and components with their cases.

package import CasebookCore

/// Every tag and component, sorted by name, each with its cases newest first.
package struct Taxonomy: Sendable {
  package enum Kind: String, Sendable {
    case tags, components
  }

  package struct Term: Sendable {
    package var name: String
    package var cases: [CaseRecord]
  }

  package private(set) var tags: [Term] = []
  package private(set) var components: [Term] = []

  /// - Parameter cases: the cases in listing order (newest first), which each term keeps.
  package init(_ cases: [CaseRecord]) {
    tags = Self.group(cases, by: \.frontMatter.tags)
    components = Self.group(cases, by: \.frontMatter.components)
  }

  package func count(_ kind: Kind, _ name: String) -> Int {
    (kind == .tags ? tags : components).first { $0.name == name }?.cases.count ?? 0
  }

  private static func group(_ cases: [CaseRecord], by names: (CaseRecord) -> [String]) -> [Term] {
    var byName: [String: [CaseRecord]] = [:]
    for record in cases {
      for name in Set(names(record)) { byName[name, default: []].append(record) }
    }
    return byName.keys.sorted().map { Term(name: $0, cases: byName[$0]!) }
  }
}
