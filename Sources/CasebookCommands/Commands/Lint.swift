// Stage: CLI. `casebook lint`: Discover → Parse → Validate, then print.

package import ArgumentParser
internal import CasebookCore
internal import Foundation

extension Casebook {
  /// Checks case records and the site config, and prints every problem like a compiler.
  ///
  /// A case file unchanged since the last `casebook build` (its size, modification time and
  /// inode as that build read them, with the same config and the same casebook) is not parsed
  /// again: that build's parse result and diagnostics for it stand. `--full` parses every file.
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

    @Flag(help: "Parse every file again, even those unchanged since the last build.")
    var full = false

    @Flag(inversion: .prefixedNo, help: "Warn about cases past their review date (CB063) and dates after today (CB064).")
    var reviewCheck = true

    @Flag(help: "List only the cases past their review date, the longest overdue first.")
    var stale = false

    @Flag(help: "With --stale, exit 1 when any case is past its review date.")
    var failOnStale = false

    @Option(help: .hidden)
    var today: String?

    package init() {}

    package func validate() throws {
      if let today, CaseDate(today) == nil { throw ValidationError("--today '\(today)' must be a date written YYYY-MM-DD") }
      if failOnStale && !stale { throw ValidationError("--fail-on-stale goes with --stale") }
    }

    package func run() throws {
      // A path that does not exist is a usage error (exit 64), anything else one error line.
      let report = try ErrorText.reporting { try execute() }
      if !report.succeeded { throw ExitCode.failure }
    }

    /// Checks the files, prints what it found and returns it; never ends the process.
    package func execute() throws -> LintReport {
      let layout = try options.layout()
      // Files unchanged since the last build (same stamp, same config, same binary) are not
      // parsed again: their parse results, diagnostics included, are the build's.
      let cached = full ? [:] : BuildManifest.standingParseResults(layout: layout, output: layout.sitePath).entries
      let (content, checked) = try ContentReader(layout: layout).check(extraPaths: paths, cached: cached)
      let wanted = Set(content.requested)
      var diagnostics = checked.diagnostics.sorted
      let records = checked.loaded.compactMap(\.record), day = Today.date(given: today)
      let overdue = stale || reviewCheck ? ReviewChecker.overdue(records, config: checked.config ?? SiteConfig(title: "", description: ""), today: day) : []
      if stale {
        diagnostics = overdue  // the longest overdue first
      } else {
        let future = reviewCheck ? ReviewChecker.future(records, today: day) : []
        diagnostics = (diagnostics + overdue + future).sorted { ($0.file, $0.position) < ($1.file, $1.position) }
      }
      if !paths.isEmpty {
        diagnostics = diagnostics.filter { wanted.contains($0.file) || $0.file == layout.configPath }
      }
      let count = paths.isEmpty ? content.cases.count : content.requested.count
      let printer = DiagnosticPrinter()
      let summary = stale
        ? (diagnostics.isEmpty ? "No case is past its review date." : "\(DiagnosticPrinter.plural(diagnostics.count, "case")) past \(diagnostics.count == 1 ? "its" : "their") review date.")
        : DiagnosticPrinter.summary(diagnostics, cases: count)
      switch format {
      case .text:
        printer.printText(diagnostics, summary: summary)
      case .json:
        printer.printJSON(diagnostics, cases: count)
      }
      return LintReport(diagnostics: diagnostics, caseCount: count, reused: cached.count, staleFails: failOnStale && !diagnostics.isEmpty)
    }
  }
}
