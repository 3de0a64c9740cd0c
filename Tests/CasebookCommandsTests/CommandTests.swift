// End to end: exit codes, output formats and `casebook new`, through the real binary.

@testable import CasebookCommands
import CasebookTestSupport
import Foundation
import Testing
import Yams

@Suite struct CommandTests {
  @Test("the repository's own content lints clean")
  func repositoryLintsClean() throws {
    let result = try CasebookProcess.run(["lint"], in: Fixtures.repositoryRoot)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.hasSuffix(": no problems.\n"))
  }

  @Test("every command finds its project from any folder inside it, as git does, names files from where it runs, and says so when there is none")
  func projectFromAnyFolder() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let cases = project.appendingPathComponent("Content/cases")
    try SiteFixtures.append("\n## Notes\n\nNot a section.\n", to: cases.appendingPathComponent("crio-fedora41-wazero-linkname.md"))
    let lint = try CasebookProcess.run(["lint"], in: cases)
    #expect(lint.status == 1)
    #expect((lint.stdout + lint.stderr).hasPrefix("../../Content/cases/crio-fedora41-wazero-linkname.md:"), "\(lint.stdout)\(lint.stderr)")
    let search = try CasebookProcess.run(["search", "--limit", "1", "wazero"], in: project.appendingPathComponent("Templates/assets"))
    #expect(search.status == 0 && search.stdout.contains("crio-"), "\(search.stdout)\(search.stderr)")

    let elsewhere = try Fixtures.temporaryFolder("casebook-no-project")
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    // Every command says it the same way: one `error:` line, exit 1.
    for command in [["lint"], ["build"], ["search", "wazero"], ["show", "x"], ["new", "a-new-case", "--title", "X"], ["man", "install"]] {
      let result = try CasebookProcess.run(command, in: elsewhere)
      #expect(result.status == 1, "\(command)")
      #expect(result.stderr == "error: no Casebook project in \(elsewhere.resolvingSymlinksInPath().path) or above it (a project holds Content/casebook.yml and Content/cases/): run casebook in one, give --project DIR, or start one with casebook init\n", "\(command): \(result.stderr)")
    }
  }

  @Test("init writes a knowledge base that lints clean and builds with the built-in templates, never over a file; --templates writes those out")
  func initKnowledgeBase() throws {
    let parent = try Fixtures.temporaryFolder("casebook-init")
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("kb").path
    let written = try Casebook.Init.parse([folder, "--title", "Platform: runbooks"]).execute()
    #expect(written == ["Content/casebook.yml", "Content/cases/nginx-unknown-directive.md", ".gitignore", ".gitattributes", ".github/workflows/casebook.yml"].map { folder + "/" + $0 })
    #expect(try String(contentsOfFile: folder + "/.gitattributes", encoding: .utf8).hasSuffix("\nSite/** merge=union linguist-generated=true\n"))
    // The workflow builds Casebook from where --casebook-git says, or stops at once asking for it.
    let unset = try Yams.load(yaml: String(contentsOfFile: folder + "/.github/workflows/casebook.yml", encoding: .utf8)) as? [String: Any]
    #expect((unset?["env"] as? [String: Any])?["CASEBOOK_GIT"] as? String == Casebook.Init.unsetCasebookGit)
    let steps = ((unset?["jobs"] as? [String: Any])?["check"] as? [String: Any])?["steps"] as? [[String: Any]] ?? []
    #expect(steps.compactMap { $0["name"] as? String } == ["Build casebook", "Lint the cases", "Check that Site/ is up to date"])
    #expect((steps.dropFirst().first?["run"] as? String)?.hasPrefix("if [ \"$CASEBOOK_GIT\" = \"\(Casebook.Init.unsetCasebookGit)\" ]; then\n  echo \"::error") == true)
    let named = parent.appendingPathComponent("named").path
    _ = try Casebook.Init.parse([named, "--casebook-git", "https://git.example.org/tools/casebook.git"]).execute()
    let set = try Yams.load(yaml: String(contentsOfFile: named + "/.github/workflows/casebook.yml", encoding: .utf8)) as? [String: Any]
    #expect((set?["env"] as? [String: Any])?["CASEBOOK_GIT"] as? String == "https://git.example.org/tools/casebook.git")
    #expect(try String(contentsOfFile: folder + "/Content/casebook.yml", encoding: .utf8).contains("title: \"Platform: runbooks\"\n"))
    let lint = try Casebook.Lint.parse(["--project", folder]).execute()
    #expect(lint.succeeded && lint.diagnostics.isEmpty && lint.caseCount == 1)
    #expect(try SiteFixtures.buildReport(URL(fileURLWithPath: folder)).outcome == .built)
    #expect(FileManager.default.fileExists(atPath: folder + "/Site/cases/nginx-unknown-directive/index.html"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/Templates"), "the templates are built in")
    #expect(throws: BuildError("\(folder)/Content/casebook.yml exists: \(folder) already holds a knowledge base")) { try Casebook.Init.parse([folder]).execute() }

    // The built-in templates are this repository's, and --templates writes them out.
    let other = parent.appendingPathComponent("with-templates").path
    _ = try Casebook.Init.parse([other, "--templates"]).execute()
    let repository = SiteFixtures.files(in: Fixtures.repositoryRoot.appendingPathComponent("Templates"))
    #expect(SiteFixtures.files(in: URL(fileURLWithPath: other + "/Templates")) == repository)
    #expect(TemplateReader.defaults.mapValues { Data($0) } == repository)

    // A Templates/ folder overrides the built-in templates file by file.
    for name in try FileManager.default.contentsOfDirectory(atPath: other + "/Templates") where name != "assets" { try FileManager.default.removeItem(atPath: other + "/Templates/" + name) }
    try "body { color: teal; }\n".write(toFile: other + "/Templates/assets/site.css", atomically: false, encoding: .utf8)
    #expect(try SiteFixtures.buildReport(URL(fileURLWithPath: other)).outcome == .built)
    #expect(try String(contentsOfFile: other + "/Site/assets/site.css", encoding: .utf8) == "body { color: teal; }\n")
    #expect(try String(contentsOfFile: other + "/Site/assets/site.js", encoding: .utf8) == String(decoding: TemplateReader.defaults["assets/site.js"]!, as: UTF8.self))
    #expect(FileManager.default.fileExists(atPath: other + "/Site/index.html"))
  }

  @Test("a broken site config is the one error: the Chinese case, whose headings the config names, is not reported for them")
  func brokenConfigAlone() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let config = project.appendingPathComponent("Content/casebook.yml")
    try (try String(contentsOf: config, encoding: .utf8)).replacingOccurrences(of: "default_language: en", with: "default_language: [en").write(to: config, atomically: false, encoding: .utf8)
    let report = try Casebook.Lint.parse(["--project", project.path]).execute()
    #expect(!report.succeeded && report.caseCount == 3)
    #expect(report.diagnostics.map(\.file) == [config.path], "\(report.diagnostics)")
  }

  @Test("a Chinese case's pages speak Chinese, with the words the config changes; a misspelt word of the interface is an error at its line with a suggestion")
  func interfaceLanguage() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let config = project.appendingPathComponent("Content/casebook.yml")
    let original = try String(contentsOf: config, encoding: .utf8)
    try original.replacingOccurrences(of: "    name: 中文\n", with: "    name: 中文\n    interface:\n      contents: 本页内容\n").write(to: config, atomically: false, encoding: .utf8)
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let site = project.appendingPathComponent("Site/cases")
    let chinese = try String(contentsOf: site.appendingPathComponent("crio-fedora41-wazero-linkname-zh/index.html"), encoding: .utf8)
    for text in ["<h2 id=\"toc-title\">本页内容</h2>", "<h2 id=\"metadata-title\">详情</h2>", "<h2 id=\"signatures\">错误特征</h2>", "data-copy=\"复制\"", ">临时方案</span>"] {
      #expect(chinese.contains(text), "\(text)")
    }
    let english = try String(contentsOf: site.appendingPathComponent("crio-fedora41-wazero-linkname/index.html"), encoding: .utf8)
    #expect(english.contains("<h2 id=\"toc-title\">Contents</h2>") && english.contains("data-copy=\"Copy\""))
    let runbook = try String(contentsOf: site.appendingPathComponent("crio-fedora41-wazero-linkname-zh/runbook.html"), encoding: .utf8)
    #expect(runbook.contains("-step-1\">步骤 1 已完成</label>") && runbook.contains("<p class=\"runbook-help\">选一个解决方案逐步执行"))

    try original.replacingOccurrences(of: "    name: 中文\n", with: "    name: 中文\n    interface:\n      contnets: 本页内容\n").write(to: config, atomically: false, encoding: .utf8)
    let lint = try Casebook.Lint.parse(["--project", project.path]).execute()
    #expect(lint.diagnostics.map(\.description) == ["\(config.path):14:7: error: 'contnets' is not a word of the interface; did you mean 'contents'? [CB016]"])
  }

  @Test("a usage error exits 64")
  func usageError() throws {
    let result = try CasebookProcess.run(["lint", "--format", "xml"], in: Fixtures.repositoryRoot)
    #expect(result.status == 64)
    let missing = try CasebookProcess.run(["lint", "no/such/file.md"], in: Fixtures.repositoryRoot)
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("no such file or folder: no/such/file.md"))
  }

  @Test("--format json prints every diagnostic with its position and code")
  func jsonFormat() throws {
    let project = try LintFixtureTests.makeProject()
    defer { try? FileManager.default.removeItem(at: project) }
    let broken = "---\ntitle: X\nsumary: Y\ndate: 2025-01-01\n---\n\n## Symptom\n\nx\n"
    try broken.write(to: project.appendingPathComponent("Content/cases/broken-case.md"), atomically: false, encoding: .utf8)
    let result = try CasebookProcess.run(["lint", "--format", "json", "--no-review-check"], in: project)
    #expect(result.status == 1)
    #expect(result.stderr == "")
    struct Report: Decodable {
      struct Entry: Decodable { var file: String, line: Int, column: Int, severity: String, code: String, rule: String, message: String }
      var diagnostics: [Entry], errors: Int, warnings: Int, cases: Int
    }
    let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    #expect(report.errors == 6)
    #expect(report.warnings == 0)
    #expect(report.cases == LintFixtureTests.validFixtures.count + 1)
    let first = try #require(report.diagnostics.first { $0.code == "CB016" })
    #expect(first.file == "Content/cases/broken-case.md")
    #expect(first.line == 3 && first.column == 1)
    #expect(first.message == "unknown key 'sumary'; did you mean 'summary'?")
    #expect(first.rule == "unknownKey")
    #expect(report.diagnostics.map(\.code) == ["CB017", "CB016", "CB032", "CB032", "CB032", "CB032"])
  }

  @Test("lint with paths reports only those files, and every file of a folder")
  func lintPaths() throws {
    let project = try LintFixtureTests.makeProject()
    defer { try? FileManager.default.removeItem(at: project) }
    let other = project.appendingPathComponent("drafts")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    try "---\ntitle: X\n".write(to: other.appendingPathComponent("draft-one.md"), atomically: false, encoding: .utf8)
    try "# no front matter\n".write(to: project.appendingPathComponent("Content/cases/broken-case.md"), atomically: false, encoding: .utf8)
    let result = try CasebookProcess.run(["lint", "drafts"], in: project)
    #expect(result.status == 1)
    #expect(result.stderr == """
      drafts/draft-one.md:1:1: error: front matter is not closed: add a '---' line after the last field [CB011]
      Checked 1 case and the site config: 1 error.

      """)
  }

  @Test("new writes a skeleton that fails lint only because its sections are empty")
  func newCase() throws {
    let project = try LintFixtureTests.makeProject()
    defer { try? FileManager.default.removeItem(at: project) }
    try FileManager.default.createDirectory(at: project.appendingPathComponent("Templates"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("Templates/case.md"), to: project.appendingPathComponent("Templates/case.md"))

    let result = try CasebookProcess.run(["new", "nginx-reload-drops-upstreams", "--title", "nginx: reload \"drops\" # upstreams", "--date", "2026-02-03"], in: project)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Content/cases/nginx-reload-drops-upstreams.md\n")
    let text = try String(contentsOf: project.appendingPathComponent("Content/cases/nginx-reload-drops-upstreams.md"), encoding: .utf8)
    #expect(text.contains("title: \"nginx: reload \\\"drops\\\" # upstreams\"\n"))
    #expect(text.contains("date: 2026-02-03\n"))

    let lint = try CasebookProcess.run(["lint", "--format", "json", "Content/cases/nginx-reload-drops-upstreams.md"], in: project)
    #expect(lint.status == 1)
    struct Report: Decodable { struct Entry: Decodable { var code: String; var message: String }; var diagnostics: [Entry] }
    let diagnostics = try JSONDecoder().decode(Report.self, from: Data(lint.stdout.utf8)).diagnostics
    let codes = diagnostics.map(\.code)
    #expect(codes == Array(repeating: "CB035", count: 6), "only empty sections: \(codes)")
    // The one optional section says it may go.
    #expect(diagnostics.last?.message == "section 'Lessons' is empty; fill it in, or delete the section: it is optional")
    #expect(diagnostics.dropLast().allSatisfy { $0.message.hasSuffix("' is empty") })

    let again = try CasebookProcess.run(["new", "nginx-reload-drops-upstreams", "--title", "Again"], in: project)
    #expect(again.status == 1)
    #expect(again.stderr.contains("already exists"))
    let invalid = try CasebookProcess.run(["new", "Nginx_Reload", "--title", "x"], in: project)
    #expect(invalid.status == 64)
    #expect(invalid.stderr.contains("'Nginx_Reload' is not a valid case id: it must be lowercase letters and digits in words joined by single dashes. Try 'nginx-reload'."), "\(invalid.stderr)")
  }

  @Test("a file system error is one line with the path and the system's reason, not a Foundation dump")
  func fileSystemErrorsAreOneLine() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let blocker = project.appendingPathComponent("blocker")
    try Data("a file where a folder should be".utf8).write(to: blocker)
    let result = try CasebookProcess.run(["build", "--quiet", "--output", "blocker/Site"], in: project)
    #expect(result.status == 1)
    #expect(result.stderr == "error: \(blocker.path): File exists\n" || result.stderr == "error: blocker: File exists\n", "\(result.stderr)")
    #expect(!result.stderr.contains("Error Domain"))
  }

  @Test("a missing cases folder, or a file in its place, is an error for build and lint, and the site is left as it was")
  func missingCasesFolder() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let site = SiteFixtures.files(in: project.appendingPathComponent("Site"))
    let cases = project.appendingPathComponent("Content/cases")
    try FileManager.default.moveItem(at: cases, to: project.appendingPathComponent("elsewhere"))
    let expected = "\(cases.path) not found: run casebook in a knowledge base's folder (the one holding Content/ and Templates/), or give --project"
    #expect(throws: (any Error).self) { try SiteFixtures.buildReport(project) }
    do {
      _ = try SiteFixtures.buildReport(project)
    } catch {
      #expect("\(error)" == expected)
    }
    do {
      _ = try Casebook.Lint.parse(["--project", project.path]).execute()
      Issue.record("lint checked an empty knowledge base")
    } catch {
      #expect("\(error)" == expected)
    }
    try Data("not a folder".utf8).write(to: cases)
    #expect(throws: (any Error).self) { try SiteFixtures.buildReport(project) }
    #expect(SiteFixtures.files(in: project.appendingPathComponent("Site")) == site, "nothing was removed")
    let process = try CasebookProcess.run(["build"], in: project)
    // (After a note: the last build was this test process, another binary.)
    #expect(process.status == 1 && process.stderr.hasSuffix("\nerror: Content/cases not found: run casebook in a knowledge base's folder (the one holding Content/ and Templates/), or give --project\n"), "\(process.stderr)")
  }

  @Test("build and lint return what they did: content errors fail with the diagnostics and leave the site as it was; the process is never ended by a command")
  func commandsReturn() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let built = try SiteFixtures.buildReport(project)
    #expect(built.outcome == .built && built.succeeded && built.diagnostics.isEmpty)
    #expect(built.work.cases == 3 && built.work.parsed == 3 && built.work.files == built.write?.written)
    #expect(built.work.bodiesParsed == 3, "each body parsed once")
    let site = SiteFixtures.files(in: project.appendingPathComponent("Site"))

    let english = project.appendingPathComponent("Content/cases/crio-fedora41-wazero-linkname.md")
    try (try String(contentsOf: english, encoding: .utf8)).replacingOccurrences(of: "\nsummary: ", with: "\nsumary: ").write(to: english, atomically: false, encoding: .utf8)
    let failed = try SiteFixtures.buildReport(project)
    #expect(failed.outcome == .failed && !failed.succeeded && failed.write == nil)
    #expect(failed.diagnostics.map(\.description) == [
      "\(project.path)/Content/cases/crio-fedora41-wazero-linkname.md:1:1: error: missing required field 'summary' [CB017]",
      "\(project.path)/Content/cases/crio-fedora41-wazero-linkname.md:3:1: error: unknown key 'sumary'; did you mean 'summary'? [CB016]",
    ])
    #expect(SiteFixtures.files(in: project.appendingPathComponent("Site")) == site, "a failed build leaves the site as it was")

    let lint = try Casebook.Lint.parse(["--project", project.path, "--full"]).execute()
    #expect(!lint.succeeded && lint.caseCount == 3 && lint.reused == 0)
    #expect(lint.diagnostics.map(\.description) == failed.diagnostics.map(\.description))
    let checked = try SiteFixtures.buildReport(project, ["--check"])
    #expect(checked.outcome == .failed)

    // A body's mistakes are found where the Cases stage parses it, with the front matter's when
    // the build stops before; either way the build reports what lint does, and writes nothing.
    let textrel = project.appendingPathComponent("Content/cases/crio-fedora44-wazero-dt-textrel.md")
    try (try String(contentsOf: textrel, encoding: .utf8)).replacingOccurrences(of: "\n## Validation\n", with: "\n## Validaton\n").write(to: textrel, atomically: false, encoding: .utf8)
    let textrelErrors = [
      "\(project.path)/Content/cases/crio-fedora44-wazero-dt-textrel.md:100:1: error: unknown section 'Validaton'; did you mean 'Validation'? [CB031]"
    ]
    let both = try SiteFixtures.buildReport(project)
    #expect(both.outcome == .failed && both.diagnostics.map(\.description) == failed.diagnostics.map(\.description) + textrelErrors)
    try (try String(contentsOf: english, encoding: .utf8)).replacingOccurrences(of: "\nsumary: ", with: "\nsummary: ").write(to: english, atomically: false, encoding: .utf8)
    let bodyOnly = try SiteFixtures.buildReport(project)
    #expect(bodyOnly.outcome == .failed && bodyOnly.write == nil)
    #expect(bodyOnly.diagnostics.map(\.description) == textrelErrors)
    #expect(try Casebook.Lint.parse(["--project", project.path, "--full"]).execute().diagnostics.map(\.description) == textrelErrors)
    #expect(SiteFixtures.files(in: project.appendingPathComponent("Site")) == site, "a build failed in its Cases stage leaves the site as it was")
    #expect(try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix(".Site.") }.isEmpty, "no staging folder left")
  }

  @Test("a build that would take most of the published cases away publishes nothing unless --allow-removals says so")
  func mostCasesRemoved() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let site = SiteFixtures.files(in: project.appendingPathComponent("Site"))
    // Two of the three cases go (a wrong checkout), and the one left no longer names them.
    let cases = project.appendingPathComponent("Content/cases")
    for name in ["crio-fedora41-wazero-linkname.md", "crio-fedora44-wazero-dt-textrel.md"] { try FileManager.default.removeItem(at: cases.appendingPathComponent(name)) }
    let left = cases.appendingPathComponent("crio-fedora41-wazero-linkname-zh.md")
    let text = try String(contentsOf: left, encoding: .utf8)
    try text.replacingOccurrences(of: #"(?m)^related:.*\n"#, with: "", options: .regularExpression).write(to: left, atomically: false, encoding: .utf8)
    do {
      _ = try SiteFixtures.buildReport(project)
      Issue.record("the build published a site without two thirds of its cases")
    } catch {
      #expect(ErrorText.describe(error) == "this build would remove 2 of the 3 published cases (1 left in \(project.path)/Content/cases); if that is meant, run with --allow-removals")
    }
    #expect(SiteFixtures.files(in: project.appendingPathComponent("Site")) == site, "nothing was published")
    #expect(try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix(".Site.") }.isEmpty, "no staging folder left")
    let allowed = try SiteFixtures.buildReport(project, ["--allow-removals"])
    #expect(allowed.outcome == .built && allowed.work.cases == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("Site/cases").path) == ["crio-fedora41-wazero-linkname-zh"])
  }

  @Test("a cases folder that is a link out of the project is refused by build and lint, as a case file linked from outside is")
  func casesFolderLinkedFromOutside() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let outside = try Fixtures.temporaryFolder("casebook-outside")
    defer { try? FileManager.default.removeItem(at: outside) }
    let cases = project.appendingPathComponent("Content/cases")
    try FileManager.default.moveItem(at: cases, to: outside.appendingPathComponent("cases"))
    try FileManager.default.createSymbolicLink(atPath: cases.path, withDestinationPath: outside.appendingPathComponent("cases").path)
    let expected = "error: \(cases.path) is a symbolic link to '\(outside.path)/cases', outside the project: a build reads and lints the project's own cases only; move them into \(cases.path)\n"
    for command in [["build", "--quiet"], ["lint"]] {
      let result = try CasebookProcess.run(command + ["--project", project.path], in: project)
      #expect(result.status == 1 && result.stderr == expected, "\(command): \(result.stderr)")
    }
    // A link that stays inside the project is the project's own.
    try FileManager.default.removeItem(at: cases)
    try FileManager.default.moveItem(at: outside.appendingPathComponent("cases"), to: project.appendingPathComponent("Content/all-cases"))
    try FileManager.default.createSymbolicLink(atPath: cases.path, withDestinationPath: "all-cases")
    #expect(try CasebookProcess.run(["lint"], in: project).status == 0)
  }
}
