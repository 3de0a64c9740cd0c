// `casebook import`: runbooks of both presets made into cases that lint, build and are found,
// with every choice reported at the runbook's line; real git for the dates.

import CasebookCommands
import CasebookCore
import CasebookSearch
import CasebookTestSupport
import Foundation
import Testing

@Suite struct ImportTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import")

  /// The fixtures' runbooks in a scratch folder, a git work tree whose commits are dated.
  static func runbooks() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-runbooks-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["alert-runbooks", "problem-solution"] {
      try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let git = SiteFixtures.GitRepository(folder: folder)
    try git.must(["init", "--quiet", "--initial-branch=main"])
    try git.must(["add", "alert-runbooks/KubePodCrashLooping.md"])
    _ = try ExternalTool.run(["git", "-C", folder.path, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "--quiet", "-m", "first", "--date=2024-03-05T10:00:00Z"])
    try git.must(["add", "-A"])
    try git.must(["commit", "--quiet", "-m", "the rest", "--date=2025-07-01T10:00:00Z"])
    return folder
  }

  func importing(_ project: URL, _ folder: URL, _ arguments: [String] = []) throws -> ImportReport {
    try Casebook.Import.parse(["--project", project.path, folder.path] + arguments).execute()
  }

  @Test("both presets: a dry run writes nothing; the import writes cases that pass lint and build, and search finds each by its title")
  func roundTrip() throws {
    let project = try SiteFixtures.project()
    let runbooks = try Self.runbooks()
    defer {
      try? FileManager.default.removeItem(at: project)
      try? FileManager.default.removeItem(at: runbooks)
    }
    let cases = project.appendingPathComponent("Content/cases")
    let before = try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted()

    let dry = try importing(project, runbooks, ["--dry-run"])
    #expect(dry.succeeded && dry.items.count == 4, "README.md is an index, not a runbook")
    #expect(try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted() == before)

    let report = try importing(project, runbooks)
    #expect(report.succeeded && report.diagnostics.isEmpty)
    #expect(report.items.map { URL(fileURLWithPath: $0.path!).lastPathComponent } == [
      "etcd-database-quota-low-space.md", "kube-pod-crash-looping.md", "nginx-reload-drops-upstreams.md", "imported-runbook.md",
    ])
    // The plan, and each case as written, against their golden files.
    let plan = report.plan.replacingOccurrences(of: runbooks.path + "/", with: "").replacingOccurrences(of: project.path + "/", with: "")
    if let failure = GoldenFile.compare(plan, golden: Self.fixtures.appendingPathComponent("expected/plan.txt")) { Issue.record(Comment(rawValue: failure)) }
    for item in report.items {
      let name = URL(fileURLWithPath: item.path!).lastPathComponent
      let written = try String(contentsOfFile: item.path!, encoding: .utf8)
      if let failure = GoldenFile.compare(written, golden: Self.fixtures.appendingPathComponent("expected/\(name)")) { Issue.record(Comment(rawValue: failure)) }
    }
    // The dates are the files' first commits.
    #expect(try String(contentsOf: cases.appendingPathComponent("kube-pod-crash-looping.md"), encoding: .utf8).contains("\ndate: 2024-03-05\n"))
    #expect(try String(contentsOf: cases.appendingPathComponent("nginx-reload-drops-upstreams.md"), encoding: .utf8).contains("\ndate: 2025-07-01\n"))

    let lint = try Casebook.Lint.parse(["--project", project.path, "--full", "--no-review-check"]).execute()
    #expect(lint.succeeded && lint.diagnostics.isEmpty && lint.caseCount == 7)
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let index = try IndexFolder(folder: project.appendingPathComponent("Site/search").path)
    for item in report.items {
      let first = try #require(try SearchEngine(source: index).search(item.title).results.first)
      #expect(try index.document(first.document).id == URL(fileURLWithPath: item.path!).deletingPathExtension().lastPathComponent, "\(item.title)")
    }

    // Importing again never overwrites: the ids take a number.
    let again = try importing(project, runbooks.appendingPathComponent("problem-solution"))
    #expect(again.items.map { URL(fileURLWithPath: $0.path!).lastPathComponent } == ["nginx-reload-drops-upstreams-2.md", "imported-runbook-2.md"])
  }

  @Test("the config's preset and headings decide the mapping; a case that would fail lint is reported with lint's message")
  func mappingAndFailures() throws {
    let project = try SiteFixtures.project()
    let runbooks = try Self.runbooks()
    defer {
      try? FileManager.default.removeItem(at: project)
      try? FileManager.default.removeItem(at: runbooks)
    }
    let config = project.appendingPathComponent("Content/casebook.yml")
    try SiteFixtures.append("import:\n  preset: problem-solution\n  headings:\n    root-cause: [Diagnosis]\n", to: config)
    let report = try importing(project, runbooks.appendingPathComponent("alert-runbooks"), ["--dry-run"])
    let kube = try #require(report.items.first { $0.title == "KubePodCrashLooping" })
    // Mitigation is not a problem-solution heading: it is kept in Background too, and the
    // missing Solutions get a line saying so.
    #expect(kube.placed == ["background ← Meaning, Impact, Mitigation, Related alerts", "root-cause ← Diagnosis"])
    #expect(kube.notes.map(\.description).contains("1: no section maps to Solutions: a line says so in its place; write it"))
    #expect(kube.notes.map(\.description).contains("3: section 'Meaning' maps to no section of a case: kept in Background under its heading, marked '(imported section)'"))

    // A fence left open swallows the sections after it: lint's error says where, in the case.
    let broken = runbooks.appendingPathComponent("broken")
    try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
    try "# Broken\n\n## Problem\n\n```\nstill open\n\n## Solution\n\nNever seen.\n".write(to: broken.appendingPathComponent("broken.md"), atomically: false, encoding: .utf8)
    try Data([0xFF, 0xFE, 0x00]).write(to: broken.appendingPathComponent("binary.md"))
    let failed = try importing(project, broken, ["--dry-run"])
    #expect(!failed.succeeded)
    #expect(failed.items.first { $0.source.hasSuffix("binary.md") }?.path == nil)
    #expect(failed.diagnostics.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.position): \($0.message)" } == [
      "broken.md:9:1: code block opened here with ``` is never closed: the rest of the file is code, the sections after it too; close it with ``` on a line of its own"
    ])
    #expect(try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("Content/cases").path).count == 3, "a dry run writes nothing")
    #expect(throws: (any Error).self) { try Casebook.Import.parse([broken.path, "--preset", "alerts"]) }
  }
}
