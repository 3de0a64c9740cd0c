// Stage: CLI. `casebook build`: the site, checked, rendered and written atomically.

package import ArgumentParser
internal import CasebookCore
internal import CasebookRender
internal import CasebookSearch
internal import Foundation

extension Casebook {
  /// Checks the content and renders the site into `Site/`.
  ///
  /// ```
  /// $ casebook build
  /// Discover  3 cases, 14 templates and assets … 0.00 s
  /// …
  /// Write     437 files to Site (all written) … 0.00 s
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

    @Flag(help: "Also print the CPU time and peak memory of each stage.")
    var timings = false

    @Flag(help: "Ignore what the last build left in .casebook-cache/: render and write every file.")
    var full = false

    @Flag(help: "If another build into the same folder is running, wait for it to finish instead of failing.")
    var wait = false

    @Flag(help: "Publish even when more than half of the published cases would go (they are not in Content/cases any more).")
    var allowRemovals = false

    package init() {}

    package func run() throws {
      let report = try ErrorText.reporting { try execute() }
      if !report.succeeded { throw ExitCode.failure }
    }

    /// Builds (or with `--check` compares) the site and says what it did; prints progress and
    /// diagnostics, never ends the process. Throws only for what is not the content's fault
    /// (a file that cannot be read or written), leaving the previous site as it was.
    package func execute() throws -> BuildReport {
      let layout = try options.layout()
      let folder = output ?? layout.sitePath
      let pipeline = BuildPipeline(layout: layout, quiet: quiet, timings: timings)
      if check {
        var comparison = SiteComparison(folder: folder)
        var report = try build(pipeline, into: &comparison).report
        guard report.outcome != .failed else { return report }
        let differences = comparison.differences
        report.outcome = .checked(differences: differences)
        if differences.isEmpty {
          if !quiet { Console.error("\(folder) is up to date.\n") }
          return report
        }
        Console.error("\(folder) is out of date with Content/ and Templates/ (\(differences.count) \(differences.count == 1 ? "file differs" : "files differ")):\n")
        Console.error(differences.map { "  \($0)\n" }.joined())
        Console.error("Run `casebook build` and commit \(folder).\n")
        return report
      }

      // Nothing read or written since the last build: nothing to do. The manifest is read
      // and decoded on another core while the inputs are scanned.
      let manifestPath = BuildManifest.path(layout: layout, output: folder)
      // One build at a time into a folder: what another left beside it is then a dead one's.
      let lock = try BuildLock.acquire(BuildManifest.cachePath(manifestPath, "lock"), wait: wait) {
        Console.error("Waiting for the other casebook build into \(folder) to finish …\n")
      }
      defer { withExtendedLifetime(lock) {} }
      BuildManifest.removeLeftovers(besides: manifestPath)
      let found = full ? nil : Background { BuildManifest.find(manifestPath) }
      let inputs = BuildManifest.scanInputs(layout: layout)
      let tool = BuildManifest.toolStamp
      // What the last build left is used only if it can be read and this binary wrote it;
      // otherwise every file is built, with a note that says why.
      var notes: [String] = []
      let loaded: BuildManifest?
      switch found?.value ?? .none {
      case .none:
        loaded = nil
      case .unreadable:
        loaded = nil
        notes.append("note: \(manifestPath) is damaged or of another format; building every file.")
      case .read(let manifest) where manifest.tool != tool:
        loaded = nil
        notes.append("note: the last build into \(folder) was made by another casebook binary; building every file.")
      case .read(let manifest):
        loaded = manifest
      }
      if !quiet { Console.error(notes.map { $0 + "\n" }.joined()) }
      let inputsUnchanged = loaded?.inputs == inputs
      // When an input changed, the parse results the last build left are read and decoded (on
      // both cores) first: the stages start with them. They are used if the manifest names them.
      let parsed = loaded == nil || inputsUnchanged ? nil : BuildManifest.readCache(manifestPath, "parsed").map { (digest: $0.digest, cache: ParseCache(bytes: $0.bytes)) }
      // Whether every output is still the file the last build wrote (a `stat` of each) is found
      // on another core while the stages run. A build that relies on the last one is committed
      // only if so; otherwise it is abandoned and made again whole.
      let changedOutput = Background { loaded?.firstChangedOutput(in: folder) }
      if let loaded, inputsUnchanged, changedOutput.value == nil {
        if !loaded.warnings.isEmpty { Console.error(loaded.warnings.map { $0 + "\n" }.joined()) }
        if !quiet { Console.error("\(folder) is up to date: no input changed since the last build (\(loaded.outputs.count) files).\n") }
        return BuildReport(outcome: .upToDate)
      }
      let target = Target(folder: folder, manifestPath: manifestPath, inputs: inputs, tool: tool)
      // No input changed, but the site did (a file edited, removed or added by hand): made whole.
      let outputChanged = loaded != nil && inputsUnchanged ? changedOutput.value : nil
      if let outputChanged { Console.error(Self.rebuildingWhole(folder, changed: outputChanged)) }
      let previous = inputsUnchanged ? nil : loaded
      switch try write(pipeline, to: target, previous: previous, parsed: parsed, changedOutput: changedOutput) {
      case .done(var report):
        report.notes = notes + report.notes
        report.changedOutput = outputChanged
        return report
      case .outputChanged(let changed):
        Console.error(Self.rebuildingWhole(folder, changed: changed))
        guard case .done(var report) = try write(pipeline, to: target, previous: nil, parsed: nil, changedOutput: nil) else {
          preconditionFailure("a build that relies on no previous build cannot find an output changed since")
        }
        report.changedOutput = changed
        report.notes = notes + report.notes
        return report
      }
    }

    /// What a build says when it finds an output (a path, or a folder as `cases/a/`, the site's
    /// own as `/`) that is not as the last build left it.
    private static func rebuildingWhole(_ folder: String, changed: String) -> String {
      let what = changed.hasSuffix("/") ? "was changed since the last build (a file added or removed, or its permissions)" : "is not the file the last build wrote"
      return "\(changed == "/" ? folder + "/" : folder + "/" + changed) \(what): building every file again.\n"
    }

    /// Where a build goes, and what it records for the next one.
    private struct Target {
      var folder: String
      var manifestPath: String
      var inputs: [String: FileStamp]
      var tool: FileStamp?
    }

    /// How ``write(_:to:previous:parsed:changedOutput:)`` ended.
    private enum Attempt {
      /// Built and committed, or stopped by content errors with nothing written.
      case done(BuildReport)
      /// The build relied on the last one, but this file it wrote has changed since: nothing
      /// was committed.
      case outputChanged(String)
    }

    /// Builds the site into the target folder, relying on `previous` (the last build's
    /// manifest) where it can, commits it, and saves the manifest and caches.
    private func write(
      _ pipeline: BuildPipeline, to target: Target, previous: BuildManifest?,
      parsed: (digest: UInt64, cache: ParseCache?)?, changedOutput: Background<String?>?
    ) throws -> Attempt {
      var pipeline = pipeline
      let layout = pipeline.layout
      var session = try SiteWriter().begin(target.folder, previous: previous)
      if session.isIncremental, let previous {
        pipeline.previousKeys = previous.keys
        // Read and decoded on another core while the stages before them run.
        let index = Background { BuildManifest.loadCache(target.manifestPath, "index", digest: previous.caches["index"]).flatMap(IndexState.init(bytes:)) }
        let similar = Background { BuildManifest.loadCache(target.manifestPath, "similar", digest: previous.caches["similar"]) }
        pipeline.previousIndex = { index.value }
        pipeline.previousSimilar = { similar.value }
        // Case files read with the same config and unchanged since: their parse results stand.
        if let read = parsed {
          pipeline.parsed = previous.standingParseResults(read, inputs: target.inputs, layout: layout)
        }
      }
      var report: BuildReport
      let built: Built?
      do {
        (report, built) = try build(pipeline, into: &session)
      } catch {
        session.abandon()
        throw error
      }
      guard let built else {
        session.abandon()
        return .done(report)
      }
      if session.isIncremental, let changed = changedOutput?.value {
        session.abandon()
        return .outputChanged(changed)
      }
      // Most of the published cases gone is a wrong checkout or a folder emptied by mistake more
      // often than a decision: nothing is published unless asked to.
      let published = ((try? FileManager.default.contentsOfDirectory(atPath: target.folder + "/" + SiteRoutes.casesFolder)) ?? []).count
      if !allowRemovals, published > 1, report.work.cases * 2 < published {
        session.abandon()
        throw BuildError(
          "this build would remove \(published - report.work.cases) of the \(published) published cases (\(report.work.cases) left in \(layout.casesPath)); "
            + "if that is meant, run with --allow-removals")
      }
      // The caches are written on another core while the site is committed, one after another
      // and each a megabyte at a time (the index state is tens of megabytes at 10,000 cases);
      // the manifest names every cache by its checksum, so it is written last.
      let manifestPath = target.manifestPath
      let previousSimilar = previous?.caches["similar"]
      let caches = Background { () -> [String: UInt64] in
        var digests: [String: UInt64] = [:]
        digests["parsed"] = built.parsed.value.flatMap { BuildManifest.saveCache(manifestPath, "parsed", $0) }
        // Similar cases taken over from the last build are its cache, as it is.
        digests["similar"] = built.similar.map { BuildManifest.saveCache(manifestPath, "similar", $0) } ?? previousSimilar
        digests["index"] = BuildManifest.saveCache(manifestPath, "index", built.index)
        return digests
      }
      let summary = try pipeline.stage("Write") { () throws -> (SiteWriter.Session.Summary, String) in
        let summary = try session.commit()
        let detail = session.isIncremental ? "\(summary.written) changed, \(summary.removed) removed, \(summary.unchanged) unchanged" : "all written"
        return (summary, "\(pipeline.plural(summary.written + summary.unchanged, "file")) to \(target.folder) (\(detail))")
      }
      var manifest = BuildManifest()
      manifest.tool = target.tool
      manifest.warnings = built.warnings
      manifest.keys = built.keys
      manifest.inputs = target.inputs
      manifest.outputs = summary.manifestOutputs
      manifest.folders = BuildManifest.folderStamps(in: target.folder, outputs: summary.manifestOutputs.keys, previous: previous?.folders, touched: summary.touchedFolders)
      try? manifest.save(target.manifestPath, caches: { caches.value })
      report.write = BuildReport.Written(written: summary.written, removed: summary.removed, unchanged: summary.unchanged)
      if let leftover = summary.leftover {
        report.notes.append("note: \(leftover).")
        Console.error("note: \(leftover).\n")
      }
      return .done(report)
    }

    /// What a build leaves for the next one: the lines it printed for warnings, the render keys,
    /// and the caches: parse results, similar cases, the search index's state.
    private struct Built: Sendable {
      var warnings: [String]
      var keys: SiteRenderer.Keys
      var index: IndexState
      /// Encoded in groups (or being encoded) for the cache.
      var parsed: Background<[[UInt8]]?>
      /// Nil when the similar cases are the last build's, read from its cache.
      var similar: SimilarCases?
    }

    /// Runs the pipeline into a sink and prints its diagnostics: a report whose outcome is
    /// `.built`, with what the next build needs, or `.failed`, with nothing.
    private func build(_ pipeline: BuildPipeline, into sink: inout some SiteSink) throws -> (report: BuildReport, built: Built?) {
      switch try pipeline.run(into: &sink) {
      case .failed(let diagnostics, let work):
        DiagnosticPrinter().printText(diagnostics, summary: DiagnosticPrinter.summary(diagnostics, cases: work.cases) + " Nothing was built.")
        return (BuildReport(outcome: .failed, diagnostics: diagnostics, work: work), nil)
      case .built(let warnings, let work, let keys, let index, let parsed, let similar):
        let report = BuildReport(outcome: .built, diagnostics: warnings, work: work)
        var lines: [String] = []
        if !warnings.isEmpty {
          let text = DiagnosticPrinter().text(warnings, summary: DiagnosticPrinter.summary(warnings, cases: work.cases))
          Console.error(text)
          lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
        return (report, Built(warnings: lines, keys: keys, index: index, parsed: parsed, similar: similar))
      }
    }
  }
}
