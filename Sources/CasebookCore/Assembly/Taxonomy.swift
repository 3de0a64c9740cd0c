// Stage: Assemble. Tags and components with their cases.

/// Every tag and component, sorted by name, each with its cases newest first.
package struct Taxonomy: Sendable {
  /// Tags or components; also the folder of their pages (``SiteRoutes/Taxonomy``).
  package typealias Kind = SiteRoutes.Taxonomy

  package struct Term: Sendable {
    package var name: String
    /// The positions of its cases in the list the taxonomy was made from, in that order.
    package var cases: [Int]
  }

  package private(set) var tags: [Term] = []
  package private(set) var components: [Term] = []

  /// - Parameter cases: the cases in listing order (newest first); terms list their positions.
  package init(_ cases: [CaseRecord]) {
    tags = Self.group(cases, by: \.frontMatter.tags)
    components = Self.group(cases, by: \.frontMatter.components)
  }

  package func count(_ kind: Kind, _ name: String) -> Int {
    (kind == .tags ? tags : components).first { $0.name == name }?.cases.count ?? 0
  }

  private static func group(_ cases: [CaseRecord], by names: (CaseRecord) -> [String]) -> [Term] {
    var byName: [String: [Int]] = [:]
    // By position: a record is not copied (with every field retained) for each case.
    for position in cases.indices {
      for name in Set(names(cases[position])) { byName[name, default: []].append(position) }
    }
    return byName.keys.sorted().map { Term(name: $0, cases: byName[$0]!) }
  }
}
