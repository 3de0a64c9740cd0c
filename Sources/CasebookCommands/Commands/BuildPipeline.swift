// The whole program in one list: Discover → Parse → Validate → Assemble → gate → Render → Write.

internal import CasebookCore
internal import CasebookRender
internal import Foundation

/// Runs a build stage by stage, timing each and reporting one progress line per stage.
///
/// ```
/// Discover  3 cases, 13 templates and assets … 0.00 s
/// Parse     3 cases … 0.01 s
/// Validate  0 errors, 0 warnings … 0.00 s
/// Assemble  3 cases, 7 tags, 3 components … 0.00 s
/// Render    3 cases, 31 files … 0.03 s
/// Write     31 files to Site … 0.01 s
/// ```
struct BuildPipeline {
  let layout: ProjectLayout
  let quiet: Bool

  enum Outcome {
    /// Content errors: the diagnostics, already sorted, and nothing rendered.
    case failed([Diagnostic], caseCount: Int)
    case built(SiteOutput, warnings: [Diagnostic], caseCount: Int)
  }

  /// Discover, Parse, Validate, Assemble, gate on errors, Render. Writing is the caller's choice
  /// (a build writes, `--check` compares).
  func render() throws -> Outcome {
    let (content, templateSet) = try stage("Discover") { () throws -> ((ContentReader.Content, TemplateSet), String) in
      let content = try ContentReader(layout: layout).read()
      let templates = try TemplateReader(folder: layout.templatesPath).read()
      return ((content, templates), "\(plural(content.cases.count, "case")), \(plural(templates.templates.count + templates.assets.count, "template and asset", "templates and assets"))")
    }
    var checked = stage("Parse") { () -> (ContentCheck.Checked, String) in
      let checked = ContentCheck.parse(configFile: content.config, configPath: layout.configPath, cases: content.cases, discovery: content.diagnostics)
      return (checked, plural(content.cases.count, "case"))
    }
    stage("Validate") { () -> (Void, String) in
      ContentCheck.validate(&checked)
      return ((), "\(plural(checked.diagnostics.errorCount, "error")), \(plural(checked.diagnostics.warningCount, "warning"))")
    }
    let knowledgeBase = stage("Assemble") { () -> (KnowledgeBase?, String) in
      let kb = ContentCheck.assemble(checked)
      let taxonomy = kb.map { Taxonomy($0.cases) }
      return (kb, kb == nil ? "stopped: the content has errors" : "\(plural(kb!.cases.count, "case")), \(plural(taxonomy!.tags.count, "tag")), \(plural(taxonomy!.components.count, "component"))")
    }
    guard let knowledgeBase else { return .failed(checked.diagnostics.sorted, caseCount: content.cases.count) }
    let output = try stage("Render") { () throws -> (SiteOutput, String) in
      var output = try SiteRenderer(knowledgeBase: knowledgeBase, templates: templateSet, contentHash: content.contentHash).render()
      let newest = knowledgeBase.cases.map { $0.frontMatter.updated ?? $0.frontMatter.date }.max()?.description ?? "1970-01-01"
      output.add(path: ToolManual.path, text: try ToolManual.render(date: newest, manual: knowledgeBase.config.manual))
      return (output, "\(plural(knowledgeBase.cases.count, "case")), \(plural(output.files.count, "file"))")
    }
    return .built(output, warnings: checked.diagnostics.sorted, caseCount: knowledgeBase.cases.count)
  }

  /// Writes the site atomically into the output folder.
  func write(_ output: SiteOutput, to folder: String) throws {
    try stage("Write") { () throws -> (Void, String) in
      try SiteWriter().write(output, to: folder)
      return ((), "\(plural(output.files.count, "file")) to \(folder)")
    }
  }


  @discardableResult
  private func stage<T>(_ name: String, _ body: () throws -> (T, String)) rethrows -> T {
    let start = ContinuousClock.now
    let (value, summary) = try body()
    let elapsed = ContinuousClock.now - start
    if !quiet {
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let padded = name.padding(toLength: 9, withPad: " ", startingAt: 0)
      Console.error("\(padded) \(summary) … \(String(format: "%.2f", seconds)) s\n")
    }
    return value
  }

  private func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : (pluralForm ?? singular + "s"))"
  }
}
