// Stage: CLI. `casebook import`: a folder of Markdown runbooks → case records.

package import ArgumentParser
internal import CasebookCore
internal import Foundation

extension Casebook {
  /// Turns a folder of Markdown runbooks into case records in `Content/cases`, checks them as
  /// `lint` does, and says per file what it could not map.
  ///
  /// ```
  /// $ casebook import ../runbooks --preset alert-runbook
  /// ../runbooks/KubePodCrashLooping.md → Content/cases/kube-pod-crash-looping.md  "KubePodCrashLooping"
  ///   symptom ← Meaning, Impact · root-cause ← Diagnosis · solutions ← Mitigation
  ///   ../runbooks/KubePodCrashLooping.md:1: no section maps to Validation: a line says so in its place; write it
  /// Imported 1 runbook; each passes lint.
  /// ```
  package struct Import: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Turn a folder of Markdown runbooks into case records.",
      discussion: """
        Headings become sections by the config's 'import' mapping (presets: alert-runbook for \
        Meaning/Impact/Diagnosis/Mitigation, problem-solution for Problem/Cause/Solution). The \
        title is the first '# ' heading or the file name, the id the file name made valid, the \
        summary the symptom's first sentence, the date the file's first commit (today outside \
        git). What maps to no section goes into Background under its heading, marked; what is \
        missing gets a line saying so. Existing cases are never overwritten. Exits 0 when every \
        imported case passes lint, 1 otherwise (the report says why).
        """
    )

    @OptionGroup package var options: ProjectOptions

    @Argument(help: ArgumentHelp("The folder of runbooks (Markdown files, read recursively).", valueName: "folder"))
    var folder: String

    @Option(help: "Which headings mean which section: alert-runbook or problem-solution (default: the config's, else both).")
    var preset: String?

    @Option(help: "The status of the imported cases (resolved, workaround, open).")
    var status = "resolved"

    @Option(help: "The language of the runbooks, when not the site's default (as zh).")
    var lang: String?

    @Flag(help: "Print what would be written, and check it, without writing anything.")
    var dryRun = false

    package init() {}

    package func validate() throws {
      if let preset, ImportMapping.Preset(rawValue: preset) == nil {
        let names = ImportMapping.Preset.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: preset, in: names).map { "; did you mean '\($0)'?" } ?? ""
        throw ValidationError("--preset '\(preset)' is not one of \(names.joined(separator: ", "))\(hint)")
      }
      if CaseStatus(rawValue: status) == nil { throw ValidationError("--status must be resolved, workaround or open") }
      if let lang, !LanguageTag.isValid(lang) { throw ValidationError("--lang '\(lang)' is not a BCP 47 language tag (as en, zh)") }
    }

    package func run() throws {
      let report = try ErrorText.reporting { try execute() }
      if !report.succeeded { throw ExitCode.failure }
    }

    /// Converts, writes (unless `--dry-run`), checks and prints; never ends the process.
    package func execute() throws -> ImportReport {
      let layout = try options.layout()
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        throw BuildError("\(folder) is not a folder of runbooks")
      }
      let reader = ContentReader(layout: layout)
      let (content, checked) = try reader.check()
      guard let config = checked.config else {
        DiagnosticPrinter().printText(checked.diagnostics.sorted.filter { $0.file == layout.configPath }, summary: "The site config has errors; fix them first.")
        return ImportReport(items: [], diagnostics: checked.diagnostics.sorted, dryRun: dryRun)
      }
      var mapping = config.importMapping
      if let preset { mapping.preset = ImportMapping.Preset(rawValue: preset) }
      var taken = Set(content.cases.map { URL(fileURLWithPath: $0.path).deletingPathExtension().lastPathComponent })
      let dates = GitDates(folder: folder)
      let today = Today.date()

      var items: [ImportReport.Item] = []
      var files: [SourceFile] = []
      for path in Self.runbooks(in: folder) {
        guard let data = FileManager.default.contents(atPath: path), data.count <= SourceFile.maximumSize, let text = String(data: data, encoding: .utf8) else {
          items.append(ImportReport.Item(source: path, path: nil, title: "", placed: [], notes: [RunbookImport.Note(line: 1, message: "not read: it is not UTF-8 text of at most 1 MiB")]))
          continue
        }
        let converted = RunbookImport(
          text, fileName: URL(fileURLWithPath: path).lastPathComponent,
          options: RunbookImport.Options(date: dates.added(path) ?? today, status: CaseStatus(rawValue: status)!, lang: lang), mapping: mapping, config: config, taken: taken)
        taken.insert(converted.id)
        let target = layout.casesPath + "/" + converted.id + ".md"
        items.append(ImportReport.Item(source: path, path: target, title: converted.title, placed: converted.placed.map { "\($0.section.slug) ← \($0.from.joined(separator: ", "))" }, notes: converted.notes))
        files.append(SourceFile(path: target, bytes: Array(converted.text.utf8)))
      }

      // The imported cases, checked as lint checks them (against the config, bodies too).
      var parsed = files
      var check = ContentCheck.parse(configFile: content.config, configPath: layout.configPath, cases: &parsed)
      ContentCheck.validate(&check)
      let diagnostics = check.diagnostics.sorted.filter { $0.file != layout.configPath }
      if !dryRun {
        try FileManager.default.createDirectory(atPath: layout.casesPath, withIntermediateDirectories: true)
        for file in files { try Data(file.bytes).write(to: URL(fileURLWithPath: file.path), options: .withoutOverwriting) }
      }
      let report = ImportReport(items: items, diagnostics: diagnostics, dryRun: dryRun)
      Console.output(report.plan)
      DiagnosticPrinter().printText(diagnostics, summary: report.summary)
      return report
    }

    /// The Markdown files under `folder`, sorted; index pages (`README.md`, `_index.md`) are not runbooks.
    static func runbooks(in folder: String) -> [String] {
      guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
      var found: [String] = []
      while let relative = walker.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") { walker.skipDescendants() }
        guard relative.lowercased().hasSuffix(".md"), !["readme.md", "_index.md", "index.md"].contains(name.lowercased()) else { continue }
        found.append((folder as NSString).appendingPathComponent(relative))
      }
      return found.sorted()
    }
  }
}

/// When each file of a git work tree was added: `git log --follow`'s oldest day for it.
struct GitDates {
  private let git: String?
  private let folder: String

  init(folder: String) {
    self.folder = folder
    let git = Executable.find("git")
    self.git = git.flatMap { Executable.output($0, ["-C", folder, "rev-parse", "--is-inside-work-tree"]) }?.hasPrefix("true") == true ? git : nil
  }

  func added(_ path: String) -> CaseDate? {
    guard let git else { return nil }
    let relative = path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    let days = Executable.output(git, ["-C", folder, "log", "--follow", "--format=%as", "--", relative])?.split(separator: "\n")
    return days?.last.flatMap { CaseDate(String($0)) }
  }
}
