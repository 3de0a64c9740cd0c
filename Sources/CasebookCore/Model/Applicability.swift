// Stage: model. Where a case applies: per component, the versions and the fix.

/// The versions of its components a case applies to (`applies_to`) and, where known, the
/// version that fixed it (`fixed_in`), in the order the front matter writes them.
///
/// ```
/// applies_to: {cri-o: ">=1.32.0", fedora: "41 || rawhide"}
/// fixed_in: {cri-o: unknown}
///
/// verdict(cri-o 1.32.4)  →  .applies
/// verdict(cri-o 1.31.9)  →  .outside
/// verdict(fedora 42)     →  .outside
/// with fixed_in {cri-o: 1.33.0}: verdict(cri-o 1.33.2)  →  .fixed("1.33.0")
/// ```
package struct Applicability: Sendable, Hashable, Codable {
  package struct Range: Sendable, Hashable, Codable {
    package var component: String
    package var range: VersionRange

    package init(component: String, range: VersionRange) {
      self.component = component
      self.range = range
    }
  }

  package struct Fix: Sendable, Hashable, Codable {
    package var component: String
    /// Nil when written `unknown`.
    package var version: ComponentVersion?
    /// As written, for the page.
    package var text: String

    package init(component: String, version: ComponentVersion?, text: String) {
      self.component = component
      self.version = version
      self.text = text
    }
  }

  package var appliesTo: [Range]
  package var fixedIn: [Fix]

  package init(appliesTo: [Range] = [], fixedIn: [Fix] = []) {
    self.appliesTo = appliesTo
    self.fixedIn = fixedIn
  }

  package var isEmpty: Bool { appliesTo.isEmpty && fixedIn.isEmpty }

  package enum Verdict: Sendable, Equatable {
    /// The case applies to that version (or says nothing about its versions).
    case applies
    /// The case applies, but that version has the fix, named as written.
    case fixed(String)
    /// The case is not about that version.
    case outside
  }

  /// What the case says of a version of one of its components (a component it does not list
  /// is `.outside`: the case is not about it).
  package func verdict(component: String, version: ComponentVersion, components: [String]) -> Verdict {
    guard components.contains(component) else { return .outside }
    if let range = appliesTo.first(where: { $0.component == component })?.range, !range.contains(version) { return .outside }
    if let fix = fixedIn.first(where: { $0.component == component }), let fixed = fix.version,
      fixed == version || fixed.precedes(version) == true
    {
      return .fixed(fix.text)
    }
    return .applies
  }
}
