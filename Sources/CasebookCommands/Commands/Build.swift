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

    @Flag(help: "Also print the CPU time and peak memory of each stage.")
    var timings = false

    @Flag(help: "Ignore what the last build left in .casebook-cache/: render and write every file.")
    var full = false

    package init() {}

    package func run() throws {
      let layout = options.layout
      let folder = output ?? layout.sitePath
      let pipeline = BuildPipeline(layout: layout, quiet: quiet, timings: timings)
      if check {
        var comparison = SiteComparison(folder: folder)
        guard try build(pipeline, into: &comparison) != nil else { throw ExitCode.failure }
        let differences = comparison.differences
        if differences.isEmpty {
          if !quiet { Console.error("\(folder) is up to date.\n") }
          return
        }
        Console.error("\(folder) is out of date with Content/ and Templates/ (\(differences.count) \(differences.count == 1 ? "file differs" : "files differ")):\n")
        Console.error(differences.map { "  \($0)\n" }.joined())
        Console.error("Run `casebook build` and commit \(folder).\n")
        throw ExitCode.failure
      }

      // Nothing read or written since the last build: nothing to do.
      let manifestPath = BuildManifest.path(layout: layout, output: folder)
      let inputs = BuildManifest.scanInputs(layout: layout)
      // When an input changed since a build by this binary (as the manifest's first lines
      // tell), the parse results it left are read and decoded on another core while the
      // manifest is read; they are used if the manifest names them.
      let tool = BuildManifest.toolStamp
      let head = full ? nil : BuildManifest.inputsDigest(at: manifestPath, tool: tool)
      let parsedCache = head == nil || head == BuildManifest.digest(of: inputs) ? nil : Background { BuildManifest.readCache(manifestPath, "parsed").map { (digest: $0.digest, cache: ParseCache(bytes: $0.bytes)) } }
      let loaded = full ? nil : BuildManifest.load(manifestPath).flatMap { $0.tool == tool ? $0 : nil }
      let inputsUnchanged = loaded?.inputs == inputs
      // The stages need the parse results first: they are decoded on both cores (the first
      // stages would wait for them anyway) before the outputs are checked and the other caches
      // read.
      let parsed = parsedCache?.value
      // Whether every output is still the file the last build wrote (a `stat` of each: 44,000
      // at 10,000 cases) is found on another core while the stages run. A build that relies on
      // the last one is committed only if so; otherwise it is abandoned and made again whole.
      let changedOutput = Background { loaded?.firstChangedOutput(in: folder) }
      if let loaded, inputsUnchanged, changedOutput.value == nil {
        if !loaded.warnings.isEmpty { Console.error(loaded.warnings.map { $0 + "\n" }.joined()) }
        if !quiet { Console.error("\(folder) is up to date: no input changed since the last build (\(loaded.outputs.count) files).\n") }
        Casebook.exitWithoutFreeing()
      }
      do {
        let target = Target(folder: folder, manifestPath: manifestPath, inputs: inputs, tool: tool)
        let previous = inputsUnchanged ? nil : loaded
        let changed = try write(pipeline, to: target, previous: previous, parsed: parsed, changedOutput: changedOutput)
        Console.error("\(folder)/\(changed) is not the file the last build wrote: building every file again.\n")
        _ = try write(pipeline, to: target, previous: nil, parsed: nil, changedOutput: nil)
      } catch let error as ExitCode {
        throw error
      } catch {
        Console.error("error: \(error)\n")
        throw ExitCode.failure
      }
    }

    /// Where a build goes, and what it records for the next one.
    private struct Target {
      var folder: String
      var manifestPath: String
      var inputs: [String: FileStamp]
      var tool: FileStamp?
    }

    /// Builds the site into the target folder, relying on `previous` (the last build's
    /// manifest) where it can, commits it, saves the manifest and caches, and ends the process.
    ///
    /// Returns only when the build relied on `previous` but `changedOutput` names a file the
    /// last build wrote that has changed since: that file's path, with nothing committed.
    private func write(
      _ pipeline: BuildPipeline, to target: Target, previous: BuildManifest?,
      parsed: (digest: UInt64, cache: ParseCache?)?, changedOutput: Background<String?>?
    ) throws -> String {
      var pipeline = pipeline
      let layout = options.layout
      let caches = CacheWriter(manifestPath: target.manifestPath)
      // Whatever ends this function but the exit at its end, no cache is still being written.
      defer { _ = caches.digests }
      pipeline.assembled = { parsed, similar in
        caches.save("parsed") { try parsed.write($0) }
        caches.save("similar") { try $0(similar.bytes) }
      }
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
          pipeline.parsed = previous.standingParseResults(read, inputs: target.inputs, configPath: layout.configPath)
        }
      }
      let built: Built?
      do {
        built = try build(pipeline, into: &session)
      } catch {
        session.abandon()
        throw error
      }
      guard let built else {
        session.abandon()
        throw ExitCode.failure
      }
      if session.isIncremental, let changed = changedOutput?.value {
        session.abandon()
        return changed
      }
      // The index state is written on another core while the site is committed; the manifest
      // names every cache by digest, so it is written last.
      let index = built.index
      caches.save("index") { try index.write($0) }
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
      try? manifest.save(target.manifestPath, caches: { caches.digests })
      Casebook.exitWithoutFreeing(keeping: built)
    }

    /// What a build leaves for the next one: the lines it printed for warnings, the render keys
    /// and the search index's state; and what it rendered from, kept until the process ends.
    private struct Built {
      var warnings: [String]
      var keys: SiteRenderer.Keys
      var index: IndexState
      var renderer: SiteRenderer
    }

    /// The caches a build leaves beside the manifest for the next one, each written on a
    /// thread of its own as soon as it is final: the parse results and the similar cases once
    /// the knowledge base is assembled (while the site is rendered), the index state at the
    /// end. The manifest, written last, names them by digest, so a cache written by a build
    /// that then failed is not taken for the one its manifest names.
    ///
    /// `@unchecked Sendable`: only the build's own thread starts and waits for the writes.
    private final class CacheWriter: @unchecked Sendable {
      let manifestPath: String
      private var saving: [(kind: String, digest: Background<UInt64?>)] = []

      init(manifestPath: String) { self.manifestPath = manifestPath }

      func save(_ kind: String, _ produce: @escaping @Sendable (_ write: ([UInt8]) throws -> Void) throws -> Void) {
        let path = manifestPath
        saving.append((kind, Background { BuildManifest.saveCache(path, kind, produce) }))
      }

      /// Waits for every cache started; their digests by kind (none for a cache that could not
      /// be written).
      var digests: [String: UInt64] {
        var digests: [String: UInt64] = [:]
        for (kind, digest) in saving { digests[kind] = digest.value }
        return digests
      }
    }

    /// Runs the pipeline into a sink and prints its diagnostics; nil when the content has errors
    /// and nothing was built.
    private func build(_ pipeline: BuildPipeline, into sink: inout some SiteSink) throws -> Built? {
      let outcome: BuildPipeline.Outcome
      do {
        outcome = try pipeline.run(into: &sink)
      } catch {
        Console.error("error: \(error)\n")
        throw ExitCode.failure
      }
      switch outcome {
      case .failed(let diagnostics, let caseCount):
        DiagnosticPrinter().printText(diagnostics, summary: DiagnosticPrinter.summary(diagnostics, cases: caseCount) + " Nothing was built.")
        return nil
      case .built(let warnings, let caseCount, _, let keys, let index, let renderer):
        guard !warnings.isEmpty else { return Built(warnings: [], keys: keys, index: index, renderer: renderer) }
        let text = DiagnosticPrinter().text(warnings, summary: DiagnosticPrinter.summary(warnings, cases: caseCount))
        Console.error(text)
        return Built(warnings: text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init), keys: keys, index: index, renderer: renderer)
      }
    }
  }
}
