// Stages: Parse → Validate → Assemble, for everything under Content/.

/// Checks the site config and every case, and assembles the knowledge base when all passed.
///
/// This is what `casebook lint` runs, and the first half of `casebook build`. It never stops at
/// a problem: every file is checked and every diagnostic collected.
package enum ContentCheck {
  package struct Result: Sendable {
    /// The knowledge base, when there were no errors.
    package var knowledgeBase: KnowledgeBase?
    package var diagnostics: Diagnostics
    package var caseCount: Int
  }

  /// - Parameters:
  ///   - configFile: the site config, or nil when it was not found at `configPath`.
  ///   - cases: every case file (as found by discovery); ids of all of them count as existing.
  ///   - discovery: problems discovery found (unreadable files, links leaving Content/).
  package static func run(configFile: SourceFile?, configPath: String, cases: [SourceFile], discovery: Diagnostics = Diagnostics()) -> Result {
    var diagnostics = discovery
    // Parse: the config first (cases need its heading aliases), then each case on its own.
    var configDiagnostics = FileDiagnostics(file: configPath)
    var config: SiteConfig?
    if let configFile {
      config = SiteConfig.load(configFile, diagnostics: &configDiagnostics)
    } else {
      configDiagnostics.report(.missingConfig, at: .fileStart, "site config not found; create it with title, description, default_language and languages (see docs/case-format.md)")
    }
    diagnostics.emit(contentsOf: configDiagnostics.collected)
    let effectiveConfig = config ?? SiteConfig(title: "Casebook", description: "")
    var loaded = cases.map { CaseLoader.load($0, config: effectiveConfig) }

    // Validate: rules across cases.
    let known = Set(loaded.compactMap(\.id))
    for index in loaded.indices {
      guard let id = loaded[index].id else { continue }
      RelatedCaseChecker.check(loaded[index].related, of: id, known: known, diagnostics: &loaded[index].diagnostics)
    }
    for item in loaded { diagnostics.emit(contentsOf: item.diagnostics.collected) }

    // Assemble, only when everything passed.
    let records = loaded.compactMap(\.record)
    let knowledgeBase = diagnostics.hasErrors || configFile == nil ? nil : KnowledgeBase(config: effectiveConfig, cases: records)
    return Result(knowledgeBase: knowledgeBase, diagnostics: diagnostics, caseCount: cases.count)
  }
}
