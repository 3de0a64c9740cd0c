// Stage: CLI (Discover). Where things live in a project.

internal import Foundation

/// The fixed layout of a Casebook project, relative to its root.
struct ProjectLayout {
  var root: String

  var contentPath: String { join("Content") }
  var casesPath: String { join("Content/cases") }
  var configPath: String { join("Content/casebook.yml") }
  var templatesPath: String { join("Templates") }
  var sitePath: String { join("Site") }

  func join(_ relative: String) -> String {
    root == "." || root.isEmpty ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
  }
}
