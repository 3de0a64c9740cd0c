// Stages: Parse → Validate → Assemble, for everything under Content/.

/// Checks the site config and every case, and assembles the knowledge base when all passed.
///
/// `casebook lint` runs ``run(configFile:configPath:cases:discovery:)``; `casebook build` runs
/// the three stages one by one to time them. No stage stops at a problem: every file is checked
/// and every diagnostic collected.
package enum ContentCheck {
  /// The state between stages.
  package struct Checked: Sendable {
    package var config: SiteConfig?
    package var configFound: Bool
    package var loaded: [CaseLoader.Loaded]
    package var diagnostics: Diagnostics
    /// The loader the cases were loaded with, which checks the bodies left unchecked.
    package var loader: CaseLoader
  }

  package struct Result: Sendable {
    /// The knowledge base, when there were no errors.
    package var knowledgeBase: KnowledgeBase?
    package var diagnostics: Diagnostics
    package var caseCount: Int
  }

  /// All three stages.
  package static func run(configFile: SourceFile?, configPath: String, cases: [SourceFile], discovery: Diagnostics = Diagnostics()) -> Result {
    var files = cases
    var checked = parse(configFile: configFile, configPath: configPath, cases: &files, discovery: discovery)
    validate(&checked)
    return Result(knowledgeBase: assemble(&checked), diagnostics: checked.diagnostics, caseCount: cases.count)
  }

  /// Parse: the config first (cases need its heading aliases), then each case on its own.
  ///
  /// Cases are parsed a batch at a time on every core, and each file's bytes are released
  /// (`cases` keeps the paths) once parsed: the records hold the text they need, and the
  /// sources of a large corpus need not stay beside them.
  ///
  /// A file with an entry in `cached` (its parse result from an earlier build with the same
  /// config, for the same bytes) is not parsed again. Without `checkingBodies` a case whose
  /// front matter passed keeps its body unchecked, for the build to check where it parses it
  /// for its files (``CaseLoader/checkBody(_:of:)``), or ``checkBodies(_:)`` when it stops.
  package static func parse(
    configFile: SourceFile?, configPath: String, cases: inout [SourceFile], discovery: Diagnostics = Diagnostics(), cached: [String: ParseCache.Entry] = [:],
    checkingBodies: Bool = true
  ) -> Checked {
    var diagnostics = discovery
    var configDiagnostics = FileDiagnostics(file: configPath)
    var config: SiteConfig?
    if let configFile {
      config = SiteConfig.load(configFile, diagnostics: &configDiagnostics)
    } else {
      configDiagnostics.report(.missingConfig, at: .fileStart, "site config not found; create it with title, description, default_language and languages (see docs/case-format.md)")
    }
    diagnostics.emit(contentsOf: configDiagnostics.collected)
    // Without a config its languages' section headings are unknown: cases in another language
    // are not checked against the English ones (each would be an error of the config's).
    let loader = config.map { CaseLoader(config: $0) } ?? CaseLoader(config: SiteConfig(title: "Casebook", description: ""), headingsOnlyInEnglish: true)
    var loaded: [CaseLoader.Loaded] = []
    loaded.reserveCapacity(cases.count)
    var fresh: [Int] = []
    for start in stride(from: 0, to: cases.count, by: parseBatchSize) {
      let batch = start..<min(start + parseBatchSize, cases.count)
      // What an earlier build parsed from the same bytes is taken as it is.
      let reused = batch.map { index in cached[cases[index].path].flatMap { $0.digest == cases[index].digest ? $0.loaded : nil } }
      fresh += batch.filter { reused[$0 - start] == nil }
      loaded += Array(zip(cases[batch], reused)).concurrentMap { file, reused in reused ?? loader.load(file, checkingBody: checkingBodies) }
      for index in batch { cases[index].bytes = [] }
    }
    readSummaries(of: &loaded, at: fresh)
    return Checked(config: config, configFound: configFile != nil, loaded: loaded, diagnostics: diagnostics, loader: loader)
  }

  static let parseBatchSize = 512

  /// Reads the summaries (``InlineText/read(_:)``) of the cases at `positions`, those just
  /// loaded: a few libcmark parses for all of them (one per core, each of at least
  /// ``summariesPerParse``), not one per case.
  static func readSummaries(of loaded: inout [CaseLoader.Loaded], at positions: [Int]) {
    let positions = positions.filter { loaded[$0].record != nil }
    guard !positions.isEmpty else { return }
    let size = max(summariesPerParse, (positions.count + ProcessorCount.active - 1) / ProcessorCount.active)
    let summaries = positions.map { loaded[$0].record!.frontMatter.summary }
    let read = stride(from: 0, to: summaries.count, by: size).map { $0..<min($0 + size, summaries.count) }.concurrentMap { range in
      var texts = Array(summaries[range])
      InlineText.read(&texts)
      return texts
    }
    for (position, summary) in zip(positions, read.joined()) { loaded[position].record!.frontMatter.summary = summary }
  }

  static let summariesPerParse = 2_000

  /// Validate: the rules across cases.
  package static func validate(_ checked: inout Checked) {
    let known = Set(checked.loaded.compactMap(\.id))
    for index in checked.loaded.indices {
      guard let id = checked.loaded[index].id else { continue }
      RelatedCaseChecker.check(checked.loaded[index].related, of: id, known: known, diagnostics: &checked.loaded[index].diagnostics)
      RelatedCaseChecker.check(links: checked.loaded[index].record?.linkedCases ?? [], known: known, diagnostics: &checked.loaded[index].diagnostics)
    }
    for item in checked.loaded { checked.diagnostics.emit(contentsOf: item.diagnostics.collected) }
  }

  /// The bodies ``parse(configFile:configPath:cases:discovery:cached:checkingBodies:)`` left
  /// unchecked, checked: a build that stops on errors before its Cases stage still reports
  /// every mistake of every file.
  package static func checkBodies(_ checked: inout Checked) {
    let loader = checked.loader
    let known = Set(checked.loaded.compactMap(\.id))
    let found = checked.loaded.concurrentMap { item -> Diagnostics? in
      guard !item.bodyChecked, var record = item.record else { return nil }
      var diagnostics = loader.checkBody(&record, of: CaseBody(record.body, products: []))
      RelatedCaseChecker.check(links: record.linkedCases, known: known, diagnostics: &diagnostics)
      return diagnostics.collected
    }
    for (index, diagnostics) in found.enumerated() {
      guard let diagnostics else { continue }
      checked.diagnostics.emit(contentsOf: diagnostics)
      checked.loaded[index].bodyChecked = true
    }
  }

  /// Assemble: the knowledge base, only when there is no error anywhere.
  ///
  /// The records are moved out of `checked.loaded`, which is left empty, not copied: a copy
  /// retains every field of every record, and the parse results go once assembled anyway.
  package static func assemble(_ checked: inout Checked) -> KnowledgeBase? {
    guard !checked.diagnostics.hasErrors, checked.configFound, let config = checked.config else { return nil }
    var records: [CaseRecord] = []
    records.reserveCapacity(checked.loaded.count)
    for index in checked.loaded.indices {
      if let record = checked.loaded[index].record.take() { records.append(record) }
    }
    checked.loaded = []
    return KnowledgeBase(config: config, cases: records)
  }
}
