// Stage: Discover. Where the inputs live in a project: the one place that spells an input path.

/// The fixed layout of a Casebook project, relative to its root.
///
/// Pure path arithmetic: the command layer reads the files it names.
///
/// ```
/// ProjectLayout(root: ".").casesPath           →  Content/cases
/// ProjectLayout(root: "/srv/kb").configPath    →  /srv/kb/Content/casebook.yml
/// ProjectLayout.sourcePath(of: "nginx-reload") →  Content/cases/nginx-reload.md
/// ```
package struct ProjectLayout: Sendable {
  package var root: String

  package init(root: String) {
    self.root = root
  }

  /// The folders and files of a project, relative to its root.
  package static let contentFolder = "Content"
  package static let casesFolder = "Content/cases"
  package static let configFile = "Content/casebook.yml"
  package static let templatesFolder = "Templates"
  package static let siteFolder = "Site"
  /// What builds keep for the next one (manifests, caches, `casebook serve`'s site); git ignores it.
  package static let cacheFolder = ".casebook-cache"

  package var contentPath: String { join(Self.contentFolder) }
  package var casesPath: String { join(Self.casesFolder) }
  package var configPath: String { join(Self.configFile) }
  package var templatesPath: String { join(Self.templatesFolder) }
  package var sitePath: String { join(Self.siteFolder) }
  package var cachePath: String { join(Self.cacheFolder) }

  /// A case's source file relative to the project root, as a repository holds it (edit links,
  /// the comment heading a man page).
  package static func sourcePath(of id: CaseID) -> String { "\(casesFolder)/\(id).md" }

  package func join(_ relative: String) -> String {
    root == "." || root.isEmpty ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
  }

  /// A path ``join(_:)`` made, relative to the project root again: how the caches between
  /// builds name files, so that a build run from another folder (or with `--project` spelt
  /// another way) finds them.
  ///
  /// ```
  /// ProjectLayout(root: "../..").relative("../../Content/cases/a.md")  →  Content/cases/a.md
  /// ```
  package func relative(_ path: String) -> String {
    guard !isAtWorkingFolder else { return path }
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// Whether paths are already relative to the project root (the working folder is the root).
  package var isAtWorkingFolder: Bool { root == "." || root.isEmpty }
}
