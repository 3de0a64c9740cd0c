// Stage: Parse. One case file → one checked CaseRecord, or diagnostics.


/// Loads one case file: decodes its text, splits and decodes the front matter, parses the body
/// with libcmark and outlines its sections.
///
/// Every per-file rule is checked here; rules that need other cases (``RelatedCaseChecker``)
/// run in the Validate stage. Independent of every other file, so files can load in parallel.
/// A loader is made once per config: it prepares each language's section headings once.
package struct CaseLoader: Sendable {
  /// What loading one file gives, whether or not it passed.
  package struct Loaded: Sendable, Codable {
    package var file: String
    /// The id from the file name, when the name is valid.
    package var id: CaseID?
    /// The `related` entries, for the checks across cases.
    package var related: [Located<String>]
    /// The checked record, when every per-file rule passed.
    package var record: CaseRecord?
    /// Whether the body was checked (the record then has its sections); a build checks it later.
    package var bodyChecked = false
    package var diagnostics: FileDiagnostics
  }

  let config: SiteConfig
  /// The section checker of each configured language, by its tag, and of a case in no configured language.
  private let sectionCheckers: [String: SectionChecker]
  private let plainSectionChecker = SectionChecker()
  /// Whether the site config could not be read: only English cases (no `lang`, or an `en`
  /// tag) have their section headings checked, since another language's are the config's.
  private let headingsOnlyInEnglish: Bool

  package init(config: SiteConfig, headingsOnlyInEnglish: Bool = false) {
    self.config = config
    self.headingsOnlyInEnglish = headingsOnlyInEnglish
    sectionCheckers = Dictionary(config.languages.map { ($0.tag, SectionChecker(aliases: $0.headings)) }, uniquingKeysWith: { first, _ in first })
  }

  /// Loads and checks one case with a loader made for this config.
  package static func load(_ file: SourceFile, config: SiteConfig) -> Loaded {
    CaseLoader(config: config).load(file)
  }

  /// The Markdown body of a case file as a record holds it (front matter lines blanked), for a
  /// record whose file a build did not read (``ParseCache``); nil when the file no longer has
  /// one. The file must be the one the record was made from.
  package static func body(of file: SourceFile) -> String? {
    var diagnostics = FileDiagnostics(file: file.path)
    guard let source = SourceText(file, diagnostics: &diagnostics), let split = FrontMatterSplitter.split(source, diagnostics: &diagnostics) else { return nil }
    return split.body
  }

  /// Loads one case: its text, its front matter and, with `checkingBody`, its body.
  ///
  /// Without `checkingBody` the record (when the front matter passed) has no sections yet:
  /// the build checks each body where it parses it for its files (``checkBody(_:of:)``), so
  /// that a body is parsed once.
  package func load(_ file: SourceFile, checkingBody: Bool = true) -> Loaded {
    var diagnostics = FileDiagnostics(file: file.path)
    let id = Self.caseID(forPath: file.path, diagnostics: &diagnostics)
    var loaded = Loaded(file: file.path, id: id, related: [], record: nil, diagnostics: diagnostics)
    guard let source = SourceText(file, diagnostics: &diagnostics),
      let split = FrontMatterSplitter.split(source, diagnostics: &diagnostics)
    else {
      loaded.diagnostics = diagnostics
      return loaded
    }
    let decoded = FrontMatterChecker.check(split, diagnostics: &diagnostics)
    loaded.related = decoded.related
    guard let id, let frontMatter = decoded.frontMatter else {
      // Nothing is built from a file whose front matter has errors: its body is checked now,
      // so that every mistake in it is reported at once.
      _ = outline(CaseBody(split.body, products: []), lang: decoded.lang, source: source, diagnostics: &diagnostics)
      loaded.bodyChecked = true
      loaded.diagnostics = diagnostics
      return loaded
    }
    var record = CaseRecord(id: id, file: file.path, frontMatter: frontMatter, sections: [], body: split.body, sourceDigest: file.digest)
    if checkingBody {
      let body = CaseBody(split.body, products: [])
      guard let sections = outline(body, lang: decoded.lang, source: source, diagnostics: &diagnostics) else {
        loaded.bodyChecked = true
        loaded.diagnostics = diagnostics
        return loaded
      }
      record.sections = sections
      record.linkedCases = body.linkedCases(source: source)
    }
    loaded.record = record
    loaded.bodyChecked = checkingBody
    loaded.diagnostics = diagnostics
    return loaded
  }

  /// Checks the body of a record loaded without it (``load(_:checkingBody:)``), parsed once as
  /// `body`: the record gets its sections when the body passes every rule.
  ///
  /// ```
  /// a body with "## Sympton" on line 5  →  5:1: error: unknown section 'Sympton'; did you mean 'Symptom'? [CB031]
  /// ```
  package func checkBody(_ record: inout CaseRecord, of body: CaseBody) -> FileDiagnostics {
    var diagnostics = FileDiagnostics(file: record.file)
    // Positions are found in the text parsed: a build's records hand their bodies over.
    let source = SourceText(normalizedText: body.text)
    if let sections = outline(body, lang: record.frontMatter.lang, source: source, diagnostics: &diagnostics) {
      record.sections = sections
      record.linkedCases = body.linkedCases(source: source)
    }
    return diagnostics
  }

  /// The sections of a parsed body, checked with the headings of its language; nil when a
  /// rule failed. Without a readable config, a body not in English is not checked: its
  /// headings are the config's.
  private func outline(_ body: CaseBody, lang: String?, source: SourceText, diagnostics: inout FileDiagnostics) -> [CaseSection]? {
    let english = lang.map { $0 == "en" || $0.hasPrefix("en-") } ?? true
    guard english || !headingsOnlyInEnglish else { return [] }
    let checker = config.language(for: lang).flatMap { sectionCheckers[$0.tag] } ?? plainSectionChecker
    return checker.check(body.outline, flattened: body.flattened, source: source, diagnostics: &diagnostics)
  }

  /// The id a case file's name gives, or nil (with a diagnostic) when the name is not valid.
  package static func caseID(forPath path: String, diagnostics: inout FileDiagnostics) -> CaseID? {
    let name = String(path.split(separator: "/").last ?? Substring(path))
    let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    if let id = CaseID(rawValue: stem), name.hasSuffix(".md") { return id }
    let problem = name.hasSuffix(".md") ? (CaseID.problem(with: stem) ?? "") : "must end in .md"
    let hint = CaseID.suggestion(for: stem).map { "; rename it '\($0).md'" } ?? ""
    diagnostics.report(.invalidFileName, at: .fileStart, "file name '\(name)' is not a valid case id: it \(problem)\(hint)")
    return nil
  }
}
