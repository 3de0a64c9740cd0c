// Stage: CLI. Which project a command works on.

package import ArgumentParser
internal import CasebookCore
internal import Foundation

/// Where the project is: the folder holding `Content/` and `Templates/`.
package struct ProjectOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("The project folder, holding Content/ and Templates/ (default: the nearest folder, from here up, that holds Content/casebook.yml or Content/cases/).", valueName: "dir"))
  package var project: String?

  package init() {}

  /// The project's layout: `--project` as given, or else the nearest folder at or above the
  /// working folder that holds a site config or a cases folder, as git finds its repository.
  /// Paths stay relative to the working folder, so messages name files as the user sees them.
  ///
  /// ```
  /// in ~/kb              →  "."
  /// in ~/kb/Content/cases →  "../.."
  /// in /tmp              →  error: no Casebook project in /tmp or above it …
  /// ```
  func layout() throws -> ProjectLayout {
    if let project { return ProjectLayout(root: project) }
    let start = FileManager.default.currentDirectoryPath
    var folder = URL(fileURLWithPath: start)
    var relative = "."
    while true {
      for marker in [ProjectLayout.configFile, ProjectLayout.casesFolder] where FileManager.default.fileExists(atPath: folder.appendingPathComponent(marker).path) {
        return ProjectLayout(root: relative)
      }
      let parent = folder.deletingLastPathComponent()
      guard parent.path != folder.path else { break }
      folder = parent
      relative = relative == "." ? ".." : relative + "/.."
    }
    throw BuildError("no Casebook project in \(start) or above it (a project holds \(ProjectLayout.configFile) and \(ProjectLayout.casesFolder)/): run casebook in one, give --project DIR, or start one with casebook init")
  }
}
