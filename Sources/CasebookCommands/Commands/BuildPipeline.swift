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
  /// the index then re-weighs only the terms of changed cases. Called in the Index stage.
  var previousIndex: () -> IndexState? = { nil }
  /// Parse results of the previous build for case files unchanged since, with the same
  /// config: those files are neither read nor parsed (``ParseCache``).
  var parsed = ParseCache()
  /// Reads the similar cases the previous build found; used when they were found from the same
  /// inputs (``SimilarCases/init(bytes:for:)``). Called in the Assemble stage.
  var previousSimilar: () -> [UInt8]? = { nil }
  /// Handed the parse results and the similar cases as soon as they are final (once the
  /// knowledge base is assembled), so that the caller can save them for the next build while
  /// the site is rendered.
  var assembled: (ParseCache, SimilarCases) -> Void = { _, _ in }

  /// Case pages and man pages are rendered and handed over in batches of this many cases.
  static let batchSize = 512

  enum Outcome {
    /// Content errors: the diagnostics, already sorted, and nothing rendered.
    case failed([Diagnostic], work: BuildReport.Work)
    /// Built: the warnings, and for the next build the render keys and the index state (the
    /// parse results and similar cases went to ``assembled``).
    case built(warnings: [Diagnostic], work: BuildReport.Work, keys: SiteRenderer.Keys, index: IndexState)
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
    var checked = stage("Parse") { () -> (ContentCheck.Checked, String) in
      let checked = ContentCheck.parse(configFile: content.config, configPath: layout.configPath, cases: &content.cases, discovery: content.diagnostics, cached: parsed.entries)
      let known = parsed.entries.isEmpty ? "" : " (\(parsed.entries.count) known from the last build)"
      return (checked, plural(caseCount, "case") + known)
    }
    // What parsing gave, before the checks across cases add to it: for the next build.
    let parseCache = ParseCache(checked.loaded, digests: digests, reusing: parsed)
    stage("Validate") { () -> (Void, String) in
      ContentCheck.validate(&checked)
      return ((), "\(plural(checked.diagnostics.errorCount, "error")), \(plural(checked.diagnostics.warningCount, "warning"))")
    }
    let assembled = try stage("Assemble") { () throws -> (SiteRenderer?, String) in
      guard let kb = ContentCheck.assemble(&checked) else { return (nil, "stopped: the content has errors") }
      let similar = previousSimilar().flatMap { SimilarCases(bytes: $0, for: kb) }
      let assembly = Assembly(knowledgeBase: kb, similar: similar)
      var renderer = try SiteRenderer(assembly: assembly, templates: templateSet, contentHash: contentHash, configDigest: content.config?.digest ?? 0)
      renderer.loadBody = Self.readBody
      work.similarCasesKept = similar != nil
      let kept = similar == nil ? "" : " (similar cases kept from the last build)"
      return (renderer, "\(plural(kb.cases.count, "case")), \(plural(renderer.taxonomy.tags.count, "tag")), \(plural(renderer.taxonomy.components.count, "component"))\(kept)")
    }
    let diagnostics = checked.diagnostics.sorted
    guard var renderer = assembled else { return .failed(diagnostics, work: work) }
    self.assembled(parseCache, renderer.similar)
    let total = renderer.knowledgeBase.cases.count
    let batches = stride(from: 0, to: total, by: Self.batchSize).map { $0..<min($0 + Self.batchSize, total) }
    var keys = SiteRenderer.Keys()
    var casesJSON: CasesJSON.Spans?
    // casebook-cases(7) lists every case's man page: kept when nothing it lists changed, else
    // made on a thread of its own while the cases' files are, and handed over after them.
    let indexKey = renderer.caseIndexKey()
    let caseIndexKept = previousKeys?.listings[CaseIndexManPage.path] == indexKey && sink.keep([CaseIndexManPage.path])
    let indexRenderer = renderer
    let caseIndex = caseIndexKept ? nil : Background { indexRenderer.caseIndexManPage() }
    try stage("Listings") { () throws -> (Void, String) in
      let listings = try renderer.listingPages(into: &sink, previous: previousKeys)
      keys.listings = listings.keys
      keys.listings[CaseIndexManPage.path] = indexKey
      casesJSON = listings.casesJSON
      let newest = renderer.knowledgeBase.cases.map { $0.frontMatter.updated ?? $0.frontMatter.date }.max()?.description ?? "1970-01-01"
      try sink.accept([OutputFile(path: ToolManual.path, text: try ToolManual.render(date: newest, manual: renderer.knowledgeBase.config.manual))])
      let count = listings.count + 2
      work.files += count
      work.listingsKept = listings.kept
      work.casesJSONEntriesCopied = listings.casesJSON.copied
      let copied = listings.casesJSON.copied > 0 ? "; \(plural(listings.casesJSON.copied, "cases.json entry", "cases.json entries")) copied" : ""
      let keptNote = listings.kept + listings.casesJSON.copied > 0 ? " (\(plural(listings.kept, "listing")) kept from the last build\(copied))" : ""
      return ((), "\(plural(count, "file"))\(keptNote)")
    }
    // Each case's own files (page, runbook, man page) from one parse of its body, a batch of
    // cases at a time; a case whose key for a file is the last build's keeps that file.
    try stage("Cases") { () throws -> (Void, String) in
      var pagesKept = 0, manKept = 0
      for batch in batches {
        let pages = reuse(batch, key: renderer.pageKey, previous: previousKeys?.pages, keys: &keys.pages, paths: SiteRoutes.casePages, sink: &sink, renderer: renderer, kept: &pagesKept)
        let man = reuse(batch, key: renderer.manKey, previous: previousKeys?.man, keys: &keys.man, paths: { [SiteRoutes.manPage($0)] }, sink: &sink, renderer: renderer, kept: &manKept)
        try sink.accept(try renderer.caseFiles(pages: pages, man: man))
      }
      if let caseIndex { try sink.accept([caseIndex.value]) }
      work.files += 3 * total
      work.pagesKept = pagesKept
      work.manPagesKept = manKept + (caseIndexKept ? 1 : 0)
      let kept = pagesKept + manKept > 0 ? " (\(plural(pagesKept, "page and runbook", "pages and runbooks")) and \(plural(manKept, "man page")) kept from the last build)" : ""
      return ((), "\(plural(total, "case")), \(plural(3 * total, "file"))\(kept)")
    }
    // Every page is made; the index comes last and lets each case's Markdown go once read.
    let index = try stage("Index") { () throws -> (IndexState, String) in
      let index = try renderer.searchIndexFiles(into: &sink, previous: previousIndex())
      work.files += index.count
      work.indexFilesKept = index.kept
      return (index.state, "\(plural(index.count, "file"))\(index.kept > 0 ? " (\(index.kept) kept from the last build)" : "")")
    }
    // cases.json may still be being written on another core: where its entries landed is
    // known once it is.
    try sink.settle()
    keys.casesJSON = casesJSON?.byID ?? [:]
    return .built(warnings: diagnostics, work: work, keys: keys, index: index)
  }

  /// The Markdown body of a case whose parse result came from the last build: its file is read
  /// again, and must still be the one parsed.
  @Sendable static func readBody(_ record: CaseRecord) throws -> String {
    guard let data = FileManager.default.contents(atPath: record.file) else { throw BuildError("cannot read \(record.file)") }
    let file = SourceFile(path: record.file, bytes: Array(data))
    guard file.digest == record.sourceDigest, let body = CaseLoader.body(of: file) else {
      throw BuildError("\(record.file) changed during the build; build again")
    }
    return body
  }

  /// The positions of `batch` to render. Records each case's key in `keys`; a case whose key
  /// is the previous build's, and whose files (`paths`) the sink keeps, is not rendered again.
  private func reuse(
    _ batch: Range<Int>, key: @escaping @Sendable (Int) -> UInt64, previous: [String: UInt64]?, keys: inout [String: UInt64],
    paths: (CaseID) -> [String], sink: inout some SiteSink, renderer: SiteRenderer, kept: inout Int
  ) -> [Int] {
    let batchKeys = Array(batch).concurrentMap(key)
    var render: [Int] = []
    for (position, key) in zip(batch, batchKeys) {
      let id = renderer.knowledgeBase.cases[position].id
      keys[id.rawValue] = key
      if let previous, previous[id.rawValue] == key, sink.keep(paths(id)) {
        kept += 1
      } else {
        render.append(position)
      }
    }
    return render
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
