// End to end: every invalid fixture gives exactly its expected diagnostics through `casebook lint`.

import CasebookTestSupport
import Foundation
import Testing

/// Runs `casebook lint` on each fixture in `Fixtures/lint/invalid` inside a scratch project.
///
/// A fixture is a pair: `<name>.md` (or `<name>.yml` for a site config) and `<name>.diagnostics`,
/// the exact lines `casebook lint` must print for it. The valid cases in `Fixtures/lint/valid`
/// sit beside it, so links between cases resolve. A missing `.diagnostics` file is recorded and
/// the test fails (re-record all with RECORD_GOLDEN=1).
@Suite struct LintFixtureTests {
  static let root = Fixtures.folder(of: #filePath).appendingPathComponent("Fixtures/lint")

  static var invalidFixtures: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("invalid").path)) ?? []
    return names.filter { $0.hasSuffix(".md") || $0.hasSuffix(".yml") }.sorted()
  }

  static var validFixtures: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("valid").path)) ?? []).sorted()
  }

  /// A scratch project with the fixture config and the valid cases.
  static func makeProject(config: URL? = nil) throws -> URL {
    let project = try Fixtures.temporaryFolder("casebook-lint")
    let cases = project.appendingPathComponent("Content/cases")
    try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: config ?? root.appendingPathComponent("casebook.yml"), to: project.appendingPathComponent("Content/casebook.yml"))
    for name in validFixtures {
      try FileManager.default.copyItem(at: root.appendingPathComponent("valid/\(name)"), to: cases.appendingPathComponent(name))
    }
    return project
  }

  @Test("invalid fixture gives its exact diagnostics", arguments: invalidFixtures)
  func invalidFixture(name: String) throws {
    let source = Self.root.appendingPathComponent("invalid/\(name)")
    let isConfig = name.hasSuffix(".yml")
    let project = try Self.makeProject(config: isConfig ? source : nil)
    defer { try? FileManager.default.removeItem(at: project) }
    // Reviews depend on the day; they have tests of their own (ReviewTests).
    var arguments = ["lint", "--no-review-check"]
    if !isConfig {
      let target = project.appendingPathComponent("Content/cases/\(name)")
      if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: source.path) {
        try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: link)
      } else {
        try FileManager.default.copyItem(at: source, to: target)
      }
      arguments.append("Content/cases/\(name)")
    }
    let result = try CasebookProcess.run(arguments, in: project)
    #expect(result.status == 1, "lint must fail on \(name)")
    var lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.last == "")
    lines.removeLast()
    #expect(lines.last?.hasPrefix("Checked ") == true, "the last line is the summary")
    lines.removeLast()
    let golden = source.deletingPathExtension().appendingPathExtension("diagnostics")
    if let failure = GoldenFile.compare(lines.map { $0 + "\n" }.joined(), golden: golden) {
      Issue.record(Comment(rawValue: failure))
    }
    guard !isConfig else { return }
    // The build finds the same mistakes at the same places, though it checks a body where its
    // Cases stage parses it.
    try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("Templates"), to: project.appendingPathComponent("Templates"))
    let built = try SiteFixtures.buildReport(project)
    #expect(built.outcome == .failed)
    #expect(built.diagnostics.map { $0.description.replacingOccurrences(of: project.path + "/", with: "") } == lines, "build and lint disagree on \(name)")
  }

  @Test("the valid fixtures pass lint with no diagnostic at all")
  func validFixtures() throws {
    let project = try Self.makeProject()
    defer { try? FileManager.default.removeItem(at: project) }
    let result = try CasebookProcess.run(["lint", "--no-review-check"], in: project)
    #expect(result.status == 0)
    #expect(result.stderr == "Checked \(Self.validFixtures.count) cases and the site config: no problems.\n")
  }
}
