// Stage: model.

/// The level-2 sections of a case body, in the order they must appear.
package enum SectionKind: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  case symptom
  case background
  case rootCause = "root-cause"
  case solutions
  case validation
  case lessons

  /// The English heading: `Root cause`.
  package var heading: String {
    switch self {
    case .symptom: "Symptom"
    case .background: "Background"
    case .rootCause: "Root cause"
    case .solutions: "Solutions"
    case .validation: "Validation"
    case .lessons: "Lessons"
    }
  }

  /// The stable anchor and config key: `root-cause`.
  package var slug: String { rawValue }

  package var isRequired: Bool { self != .lessons }

  package static func < (lhs: SectionKind, rhs: SectionKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
