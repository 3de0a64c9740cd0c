// Stage: CLI. `casebook build`: the site, checked, rendered and written atomically.

package import ArgumentParser
internal import CasebookCore
internal import CasebookRender
internal import Foundation

extension Casebook {
  /// Checks the content and renders the site into `Site/`.
  ///
  /// ```
  /// $ casebook build
  /// Discover  3 cases, 13 templates and assets … 0.00 s
  /// …
  /// Write     31 files to Site … 0.01 s
  /// ```
  package struct Build: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Check the content and render the site into Site/.",
      discussion: """
        Refuses to build when `casebook lint` would report errors, and prints them the same way. \
        The site is written into a temporary folder beside the output and swapped in at the end, \
        so a failed build leaves the previous site as it was. Open Site/index.html in a browser; \
        no web server is needed.
        """
    )

    @OptionGroup package var options: ProjectOptions

    @Option(help: ArgumentHelp("The output folder (default: Site/ in the project).", valueName: "dir"))
    var output: String?

    @Flag(help: "Build in memory and exit 1 naming every file that differs from the output folder; write nothing.")
    var check = false

    @Flag(help: "Print no progress lines.")
    var quiet = false

    package init() {}

    package func run() throws {
      let layout = options.layout
      let folder = output ?? layout.sitePath
      let pipeline = BuildPipeline(layout: layout, quiet: quiet)
      let outcome: BuildPipeline.Outcome
      do {
        outcome = try pipeline.render()
      } catch {
        Console.error("error: \(error)\n")
        throw ExitCode.failure
      }
      switch outcome {
      case .failed(let diagnostics, let caseCount):
        DiagnosticPrinter().printText(diagnostics, summary: DiagnosticPrinter.summary(diagnostics, cases: caseCount) + " Nothing was built.")
        throw ExitCode.failure
      case .built(let site, let warnings, let caseCount):
        if !warnings.isEmpty {
          DiagnosticPrinter().printText(warnings, summary: DiagnosticPrinter.summary(warnings, cases: caseCount))
        }
        if check {
          let differences = SiteWriter().differences(site, from: folder)
          if differences.isEmpty {
            if !quiet { Console.error("\(folder) is up to date.\n") }
            return
          }
          Console.error("\(folder) is out of date with Content/ and Templates/ (\(differences.count) \(differences.count == 1 ? "file differs" : "files differ")):\n")
          Console.error(differences.map { "  \($0)\n" }.joined())
          Console.error("Run `casebook build` and commit \(folder).\n")
          throw ExitCode.failure
        }
        do {
          try pipeline.write(site, to: folder)
        } catch {
          Console.error("error: \(error)\n")
          throw ExitCode.failure
        }
      }
    }
  }
}
