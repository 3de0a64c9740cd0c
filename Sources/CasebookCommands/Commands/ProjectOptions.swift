// Stage: CLI.

package import ArgumentParser
internal import CasebookCore

/// Where the project is: the folder holding `Content/` and `Templates/`.
package struct ProjectOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The project folder, holding Content/ and Templates/.", valueName: "dir"))
  package var project: String = "."

  package init() {}

  var layout: ProjectLayout { ProjectLayout(root: project) }
}
