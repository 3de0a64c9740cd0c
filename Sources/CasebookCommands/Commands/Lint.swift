// Stage: CLI. `casebook lint`: Discover → Parse → Validate, then print.

package import ArgumentParser
internal import CasebookCore
internal import Foundation

extension Casebook {
  /// Checks case records and the site config, and prints every problem like a compiler.
  ///
  /// ```
  /// $ casebook lint
  /// Content/cases/x.md:2:1: error: unknown key 'sumary'; did you mean 'summary'? [CB016]
  /// Checked 3 cases and the site config: 1 error.
  /// ```
  package struct Lint: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Check case records and the site config.",
      discussion: """
        Reports every problem of every file, sorted by file, line and column, as \
        path:line:col: error: message [CODE]. Exits 0 when there are no errors, 1 when there \
        are, 64 on a usage error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    @OptionGroup package var options: ProjectOptions

    @Option(help: "Output format: text (compiler style, on standard error) or json (on standard output).")
    var format: Format = .text

    @Argument(help: ArgumentHelp("Case files or folders to check (default: every case and the site config).", valueName: "path"))
    var paths: [String] = []

    package init() {}

    package func run() throws {
      let layout = options.layout
      let content = try ContentReader(layout: layout).read(extraPaths: paths)
      let result = ContentCheck.run(configFile: content.config, configPath: layout.configPath, cases: content.cases, discovery: content.diagnostics)
      var diagnostics = result.diagnostics.sorted
      if !paths.isEmpty {
        let wanted = Set(content.requested)
        diagnostics = diagnostics.filter { wanted.contains($0.file) || $0.file == layout.configPath }
      }
      let checked = paths.isEmpty ? content.cases.count : content.requested.count
      let printer = DiagnosticPrinter()
      switch format {
      case .text:
        printer.printText(diagnostics, summary: DiagnosticPrinter.summary(diagnostics, cases: checked))
      case .json:
        printer.printJSON(diagnostics, cases: checked)
      }
      Casebook.exitWithoutFreeing(diagnostics.contains(where: { $0.severity == .error }) ? EXIT_FAILURE : EXIT_SUCCESS)
    }
  }
}
