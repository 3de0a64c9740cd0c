// The whole program in one list: Discover → Parse → Validate → Assemble → gate → Render → Write.

internal import CasebookCore
internal import CasebookRender
internal import CasebookSearch
internal import Foundation
internal import Glibc

/// Runs a build stage by stage, timing each and reporting one progress line per stage.
///
/// ```
/// Discover  3 cases, 14 templates and assets … 0.00 s
/// Parse     3 cases … 0.01 s
/// Validate  0 errors, 0 warnings … 0.00 s
/// Assemble  3 cases, 8 tags, 3 components … 0.01 s
/// Plan      3 cases to parse, 15 listings to render … 0.00 s
/// Listings  24 files … 0.02 s
/// Cases     3 cases, 9 files … 0.01 s
/// Index     404 files … 0.05 s
/// Write     437 files to Site (all written) … 0.00 s
/// ```
///
/// Rendering hands each part to a ``SiteSink`` as soon as it is made (the listings, a batch of
/// cases' pages and man pages, a group of index files), so the rendered site is never held in memory
/// at once. With `--timings` every line also gives CPU time and the peak memory so far.
struct BuildPipeline {
  let layout: ProjectLayout
  var quiet = false
  var timings = false
  /// The render keys of the previous build: a case whose key is unchanged keeps its files,
  /// when the sink can keep them (see ``SiteRenderer/Keys``). Nil renders every case.
  var previousKeys: SiteRenderer.Keys?
  /// Reads the previous build's search index state, when it has one the sink can build on:
  /// the index then re-weighs only the terms of changed cases. Called before the Cases stage.
  var previousIndex: () -> IndexState? = { nil }
  /// Parse results of the previous build for case files unchanged since, with the same
  /// config: those files are neither read nor parsed (``ParseCache``).
  var parsed = ParseCache()
  /// Reads the similar cases the previous build found; used when they were found from the same
  /// inputs (``SimilarCases/init(bytes:for:)``). Called in the Assemble stage.
  var previousSimilar: () -> [UInt8]? = { nil }

  /// Cases are parsed and their files rendered and handed over in batches of this many cases.
  static let batchSize = 512

  enum Outcome {
    /// Content errors: the diagnostics, already sorted, and nothing rendered (or what was,
    /// not to be committed).
    case failed([Diagnostic], work: BuildReport.Work)
    /// Built: the warnings, and for the next build the render keys, the index state, the parse
    /// results (every body checked) encoded in groups on another core meanwhile, and the
    /// similar cases (nil when they were taken over from the last build's cache).
    case built(warnings: [Diagnostic], work: BuildReport.Work, keys: SiteRenderer.Keys, index: IndexState, parsed: Background<[[UInt8]]?>, similar: SimilarCases?)
  }

  /// Discover, Parse, Validate, Assemble, gate on errors, Render into `sink`. What the sink does
  /// with the files (write, compare, keep) is the caller's choice.
  func run(into sink: inout some SiteSink) throws -> Outcome {
    var (content, templateSet) = try stage("Discover") { () throws -> ((ContentReader.Content, TemplateSet), String) in
      let content = try ContentReader(layout: layout).read(unread: parsed.entries.mapValues(\.digest))
      let templates = try TemplateReader(folder: layout.templatesPath).read()
      return ((content, templates), "\(plural(content.cases.count, "case")), \(plural(templates.templates.count + templates.assets.count, "template and asset", "templates and assets"))")
    }
    var work = BuildReport.Work()
    work.cases = content.cases.count
    work.parseResultsKept = parsed.entries.count
    work.parsed = work.cases - work.parseResultsKept
    let caseCount = content.cases.count
    let contentHash = content.contentHash
    let digests = Dictionary(content.cases.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
    // Bodies are checked where the Cases stage parses them for the files made from them.
    var checked = stage("Parse") { () -> (ContentCheck.Checked, String) in
      let checked = ContentCheck.parse(
        configFile: content.config, configPath: layout.configPath, cases: &content.cases, discovery: content.diagnostics, cached: parsed.entries, checkingBodies: false)
      let known = parsed.entries.isEmpty ? "" : " (\(parsed.entries.count) known from the last build)"
      return (checked, plural(caseCount, "case") + known)
    }
    // What parsing gave, before the checks across cases add to it: for the next build, once
    // the Cases stage has checked the bodies.
    var parseCache = ParseCache(checked.loaded, digests: digests, reusing: parsed)
    let unchecked = Set(checked.loaded.filter { !$0.bodyChecked && $0.record != nil }.map(\.file))
    let loader = checked.loader
    stage("Validate") { () -> (Void, String) in
      ContentCheck.validate(&checked)
      return ((), "\(plural(checked.diagnostics.errorCount, "error")), \(plural(checked.diagnostics.warningCount, "warning"))")
    }
    var bodies: [String] = []
    let assembled = try stage("Assemble") { () throws -> (SiteRenderer?, String) in
      guard var kb = ContentCheck.assemble(&checked) else {
        // Nothing is rendered: the bodies not checked yet are checked now, so that every
        // mistake is reported at once.
        ContentCheck.checkBodies(&checked)
        return (nil, "stopped: the content has errors")
      }
      bodies = kb.takeBodies()
      let similar = previousSimilar().flatMap { SimilarCases(bytes: $0, for: kb) }
      let assembly = Assembly(knowledgeBase: kb, similar: similar)
      let renderer = try SiteRenderer(assembly: assembly, templates: templateSet, contentHash: contentHash, configDigest: content.config?.digest ?? 0)
      work.similarCasesKept = similar != nil
      let kept = similar == nil ? "" : " (similar cases kept from the last build)"
      return (renderer, "\(plural(kb.cases.count, "case")), \(plural(renderer.taxonomy.tags.count, "tag")), \(plural(renderer.taxonomy.components.count, "component"))\(kept)")
    }
    var diagnostics = checked.diagnostics
    guard let renderer = assembled else { return .failed(diagnostics.sorted, work: work) }
    let cases = renderer.knowledgeBase.cases
    let total = cases.count
    let known = Set(cases.map(\.id))
    // What is made and what is taken over from the last build, decided once for every output.
    var index = SearchIndexBuild(keys: cases.map(renderer.searchKey), previous: previousIndex())
    var casesJSON = try renderer.casesJSON(previous: previousKeys, sink: sink)
    let plan = stage("Plan") { () -> (BuildPlan, String) in
      let uncheckedPositions = Set(cases.indices.filter { unchecked.contains(cases[$0].file) })
      let plan = BuildPlan(renderer, previous: previousKeys, sink: &sink, casesJSON: casesJSON, index: index, unchecked: uncheckedPositions)
      return (plan, plan.summary)
    }
    var keys = plan.keys
    work.pagesKept = plan.pagesKept
    work.manPagesKept = plan.manPagesKept + (plan.keptListings.contains(CaseIndexManPage.path) ? 1 : 0)
    work.listingsKept = plan.keptListings.subtracting([CaseIndexManPage.path]).count
    work.casesJSONEntriesCopied = plan.entriesKept
    // casebook-cases(7) lists every case's man page: made, when the plan says so, on a thread of
    // its own while the cases' files are, and handed over after them.
    let caseIndex = plan.keptListings.contains(CaseIndexManPage.path) ? nil : Background { renderer.caseIndexManPage() }
    try stage("Listings") { () throws -> (Void, String) in
      let count = try renderer.listingPages(into: &sink, kept: plan.keptListings)
      let newest = cases.map { $0.frontMatter.updated ?? $0.frontMatter.date }.max()?.description ?? "1970-01-01"
      try sink.accept([OutputFile(path: ToolManual.path, text: try ToolManual.render(date: newest, manual: renderer.knowledgeBase.config.manual))])
      work.files += count + 1
      return ((), plural(count + 1, "file"))
    }
    // Each case's own outputs from one parse of its body, a batch of cases at a time: its page,
    // runbook and man page, its cases.json entry and its search document, as the plan says.
    var failed = false
    try stage("Cases") { () throws -> (Void, String) in
      try casesJSON.begin(into: &sink)
      for batch in stride(from: 0, to: total, by: Self.batchSize).map({ $0..<min($0 + Self.batchSize, total) }) {
        let parsing = batch.filter { plan.cases[$0].parses && (!failed || plan.cases[$0].check) }
        let texts = try Self.bodies(at: parsing, of: cases, from: bodies)
        let planned = zip(parsing, texts).map { position, text in (position: position, plan: failed ? BuildPlan.Work(check: true) : plan.cases[position], body: text) }
        let outputs = try renderer.renderCases(planned, loader: loader)
        work.bodiesParsed += outputs.count
        for output in outputs {
          guard let found = output.checked else { continue }
          let file = cases[output.position].file
          parseCache.bodyChecked(file, diagnostics: found, linkedCases: output.linkedCases)
          // Whether the cases it links to exist is checked on every build (Validate), from the
          // next one on with the parse result.
          var checkedLinks = FileDiagnostics(file: file)
          RelatedCaseChecker.check(links: output.linkedCases, known: known, diagnostics: &checkedLinks)
          let links = checkedLinks.collected
          diagnostics.emit(contentsOf: found)
          diagnostics.emit(contentsOf: links)
          failed = failed || found.hasErrors || links.hasErrors
        }
        for position in batch { bodies[position] = "" }
        guard !failed else { continue }
        try sink.accept(outputs.flatMap(\.files))
        try casesJSON.add(batch, entries: Dictionary(uniqueKeysWithValues: outputs.compactMap { output in output.entry.map { (output.position, $0) } }), into: &sink)
        try index.add(outputs.compactMap { output in output.document.map { (output.position, $0) } }, into: &sink)
      }
      guard !failed else { return ((), "stopped: the content has errors") }
      try casesJSON.finish(into: &sink)
      if let caseIndex { try sink.accept([caseIndex.value]) }
      work.files += 3 * total + 2  // with cases.json and casebook-cases(7)
      return ((), "\(plural(work.bodiesParsed, "case")) parsed, \(plural(3 * total + 2, "file"))")
    }
    guard !failed else { return .failed(diagnostics.sorted, work: work) }
    // The parse results are final: encoded on another core, beside the Index stage when it
    // updates the last build's index, after it when it makes the index whole (the build's
    // peak of memory).
    let encodeParsed = { [parseCache, layout] in Background { (layout.isAtWorkingFolder ? parseCache : parseCache.relocated(layout.relative)).groups } }
    let encodedEarly = index.isWhole ? nil : encodeParsed()
    keys.casesJSON = casesJSON.spans
    // The term files, once every document is in; an index the last build's could not take
    // the edit into is made whole, from every case's document (its body parsed again).
    let finished = try stage("Index") { () throws -> (SearchIndexBuild.Output, String) in
      var finished = try index.finish(cases: cases, config: renderer.knowledgeBase.config, contentHash: contentHash, into: &sink)
      if finished == nil {
        var whole = SearchIndexBuild(keys: index.keys, previous: nil)
        for batch in stride(from: 0, to: total, by: Self.batchSize).map({ $0..<min($0 + Self.batchSize, total) }) {
          let texts = try Self.bodies(at: Array(batch), of: cases, from: bodies)
          let planned = zip(batch, texts).map { (position: $0, plan: BuildPlan.Work(document: true), body: $1) }
          let outputs = try renderer.renderCases(planned, loader: loader)
          work.bodiesParsed += outputs.count
          try whole.add(outputs.compactMap { output in output.document.map { (output.position, $0) } }, into: &sink)
        }
        finished = try whole.finish(cases: cases, config: renderer.knowledgeBase.config, contentHash: contentHash, into: &sink)
      }
      guard let finished else { preconditionFailure("an index made whole needs no previous build") }
      work.files += finished.count
      work.indexFilesKept = finished.kept
      return (finished, "\(plural(finished.count, "file"))\(finished.kept > 0 ? " (\(finished.kept) kept from the last build)" : "")")
    }
    return .built(
      warnings: diagnostics.sorted, work: work, keys: keys, index: finished.state, parsed: encodedEarly ?? encodeParsed(),
      similar: work.similarCasesKept ? nil : renderer.similar)
  }

  /// The Markdown bodies of the cases at `positions`: those Assemble handed over, or for a case
  /// whose parse result came from the last build (its file not read, its body empty), its file
  /// read now, which must still be the one parsed.
  private static func bodies(at positions: [Int], of cases: [CaseRecord], from bodies: [String]) throws -> [String] {
    try positions.concurrentMap { position in
      if !bodies[position].isEmpty { return bodies[position] }
      let record = cases[position]
      guard let data = FileManager.default.contents(atPath: record.file) else { throw BuildError("cannot read \(record.file)") }
      let file = SourceFile(path: record.file, bytes: Array(data))
      guard file.digest == record.sourceDigest, let body = CaseLoader.body(of: file) else {
        throw BuildError("\(record.file) changed during the build; build again")
      }
      return body
    }
  }

  /// Runs one stage: its progress line, and with `--timings` its CPU time and peak memory.
  @discardableResult
  func stage<T>(_ name: String, _ body: () throws -> (T, String)) rethrows -> T {
    let start = ContinuousClock.now
    let cpuStart = Self.cpuSeconds()
    let (value, summary) = try body()
    let elapsed = ContinuousClock.now - start
    if !quiet {
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let padded = name.padding(toLength: 9, withPad: " ", startingAt: 0)
      var line = "\(padded) \(summary) … \(String(format: "%.2f", seconds)) s"
      if timings {
        line += String(format: " (cpu %.2f s, peak %.0f MB)", Self.cpuSeconds() - cpuStart, Self.peakMegabytes())
      }
      Console.error(line + "\n")
    }
    return value
  }

  /// User and system CPU time of the process so far, all threads.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }

  /// The largest resident set the process has had so far, in megabytes.
  static func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : (pluralForm ?? singular + "s"))"
  }
}
