// End to end: `casebook-bench build` and `compare`, through the real binary.

@testable import CasebookBench
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite struct BenchCommandTests {
  /// Runs `casebook-bench` with these arguments (a corpus made in `folder`, with the
  /// repository's templates) and returns its exit status and standard output.
  static func bench(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String) {
    let process = Process()
    process.executableURL = CasebookProcess.executable.deletingLastPathComponent().appendingPathComponent("casebook-bench")
    process.arguments = arguments + ["--folder", folder.path, "--templates", Fixtures.repositoryRoot.appendingPathComponent("Templates").path]
    process.environment = ExternalTool.environment()
    let output = folder.appendingPathComponent("stdout")
    try Data().write(to: output)
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
  }

  /// An executable shell script in `folder`.
  static func script(_ name: String, _ text: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    return url
  }

  @Test("when Hugo fails, casebook-bench build still reports casebook's figures, says how Hugo failed and gives no ratio")
  func hugoFailureKeepsTheFigures() throws {
    let folder = try Fixtures.temporaryFolder("casebook-bench")
    defer { try? FileManager.default.removeItem(at: folder) }
    // A Hugo that is killed the way the kernel kills a program that runs out of memory.
    let hugo = try Self.script("hugo", "#!/bin/sh\nkill -9 $$\n", in: folder)
    let (status, stdout) = try Self.bench(["build", "--count", "6", "--runs", "1", "--hugo", hugo.path], in: folder)

    #expect(status == 0, "\(stdout)")
    #expect(stdout.contains("| casebook build, clean (site, man pages, index) |"), "\(stdout)")
    #expect(stdout.contains("| casebook build, one case edited |"), "\(stdout)")
    #expect(!stdout.contains("| hugo, clean"), "\(stdout)")
    #expect(stdout.contains("Hugo (\(hugo.path) --quiet) failed in run 1 with status 137 (killed: out of memory?), so there is no ratio."), "\(stdout)")
    #expect(stdout.contains("Stages of one clean build"), "\(stdout)")
  }

  @Test("casebook-bench compare reports both binaries and their ratio, and says whether their sites are the same", arguments: [1, 2])
  func compare(pairs: Int) throws {
    let folder = try Fixtures.temporaryFolder("casebook-bench")
    defer { try? FileManager.default.removeItem(at: folder) }
    // A baseline that builds what casebook builds, then changes one page.
    let changing = try Self.script("casebook-changing", "#!/bin/sh\n\"\(CasebookProcess.executable.path)\" \"$@\" && echo changed >> Site/index.html\n", in: folder)

    func compare(with baseline: URL) throws -> String {
      let (status, stdout) = try Self.bench(["compare", "--baseline", baseline.path, "--count", "6", "--pairs", "\(pairs)"], in: folder)
      #expect(status == 0, "\(stdout)")
      #expect(stdout.contains("| this casebook |"), "\(stdout)")
      #expect(stdout.contains("| baseline (\(baseline.path)) |"), "\(stdout)")
      #expect(stdout.contains("Clean build, this / baseline, median of the per-pair ratios (range): wall "), "\(stdout)")
      return stdout
    }
    #expect(try compare(with: CasebookProcess.executable).contains("The two sites are byte-identical ("))
    #expect(try compare(with: changing).contains("The two sites differ (this casebook's `build --check` against the baseline's site):\n\n```\nSite is out of date with Content/ and Templates/ (1 file differs):\n  changed: index.html\n"))
  }

  @Test("casebook-bench serve times saved edits against a real casebook serve, which Ctrl-C (SIGINT) stops with exit status 0")
  func serve() throws {
    let folder = try Fixtures.temporaryFolder("casebook-bench")
    defer { try? FileManager.default.removeItem(at: folder) }
    let (status, stdout) = try Self.bench(["serve", "--count", "6", "--edits", "2", "--idle", "1"], in: folder)
    #expect(status == 0, "\(stdout)")
    #expect(stdout.contains("| saved edit → reload event → page fetched (median / max of 2) | "), "\(stdout)")
    #expect(stdout.contains("| SIGINT (Ctrl-C) | exit 0 |"), "\(stdout)")
  }

  @Test("the median is the middle value, or the mean of the two middle ones")
  func median() {
    #expect(Project.median([3, 1, 2]) == 2)
    #expect(Project.median([4, 1, 3, 2]) == 2.5)
    #expect(Project.median([7]) == 7)
    #expect(Project.median([]) == 0)
  }

  @Test("casebook-bench quality draws each query from a case it counts as relevant, and a rerun of a case's error line finds it or an equivalent case first")
  func quality() throws {
    let folder = try Fixtures.temporaryFolder("casebook-bench")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Project.write(count: 80, to: folder.path, templates: nil)
    let quality = SearchQuality(index: try Project.knowledgeBase(folder.path).searchIndex(contentHash: ""), perKind: 10)
    #expect(quality.queries.allSatisfy { $0.relevant.contains($0.source) })
    let documents = quality.index.documents
    for query in quality.queries where query.kind == .signature {
      #expect(query.text != documents[query.source].signatures[0], "the digits are redrawn")
      #expect(SignatureNormalizer.normalize(query.text) == SignatureNormalizer.normalize(documents[query.source].signatures[0]))
    }
    for query in quality.queries where query.kind == .typo {
      let words = query.text.split(separator: " ").map(String.init)
      #expect(words.filter { !SearchQuality.titleWords(documents[query.source].title).contains($0) }.count == 1, "\(query.text)")
    }
    let rows = try quality.measure()
    #expect(Set(rows.map(\.kind)) == Set(SearchQuality.Kind.allCases))
    for row in rows {
      #expect(row.source == row.source.sorted() && row.equivalent == row.equivalent.sorted() && row.equivalent.last! <= row.queries, "\(row)")
      #expect(zip(row.source, row.equivalent).allSatisfy { $0 <= $1 }, "\(row)")
    }
    let signature = try #require(rows.first { $0.kind == .signature })
    let misses = try quality.misses(cutoff: 1).filter { $0.query.kind == .signature }.map(\.query.text)
    #expect(signature.equivalent[0] == signature.queries, "\(misses)")
    #expect(Bench.Quality.table(rows, count: 80).contains("| signature (another run) | \(signature.queries) | "))
  }

  @Test("zipf prose is lint clean and, unlike the few-word prose, holds phrases the index can check: some of its quoted phrases find their case first")
  func zipfProse() throws {
    var phraseHits: [CorpusGenerator.Prose: Int] = [:]
    for prose in CorpusGenerator.Prose.allCases {
      let folder = try Fixtures.temporaryFolder("casebook-bench")
      defer { try? FileManager.default.removeItem(at: folder) }
      try Project.write(count: 240, to: folder.path, templates: nil, prose: prose)
      let index = try Project.knowledgeBase(folder.path).searchIndex(contentHash: "")
      #expect(!index.stopTerms.isEmpty, "240 cases have frequent terms")
      let rows = try SearchQuality(index: index, perKind: 20).measure()
      phraseHits[prose] = try #require(rows.first { $0.kind == .phrase }).source[0]
    }
    #expect(phraseHits[.few] == 0, "every word of the few-word prose is frequent: no phrase of it can be checked")
    #expect(phraseHits[.zipf, default: 0] > 0)
  }

  @Test("Pagefind side by side, on the case pages of a small generated site: every query of the quality set answers, loads index files, and a title's words find its case")
  func pagefindSideBySide() throws {
    let version = try #require(PagefindComparison.installedVersion(), "pagefind is installed (.ci/install)")
    let folder = try Fixtures.temporaryFolder("casebook-bench")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Project.write(count: 30, to: folder.path, templates: nil)
    try Project.run(Project.sibling("casebook"), ["build", "--quiet"], in: folder.path)
    let quality = SearchQuality(index: try Project.knowledgeBase(folder.path).searchIndex(contentHash: ""), perKind: 10)
    let comparison = try PagefindComparison.measure(site: folder.path + "/Site", quality: quality, version: version)
    #expect(comparison.indexFiles > 0 && comparison.indexBytes > 0 && comparison.engineBytes > 0)
    #expect(Set(comparison.rows.map(\.kind)) == Set(quality.queries.map(\.kind)))
    for row in comparison.rows {
      #expect(row.failed == 0, "\(row.kind.rawValue): \(row.failed) of \(row.queries) failed")
      #expect(row.bytes.count == row.queries && row.bytes.allSatisfy { $0 > 0 }, "\(row.kind.rawValue) loads index files")
    }
    let titles = try #require(comparison.rows.first { $0.kind == .titleWords })
    #expect(titles.equivalent[2] * 2 > titles.queries, "a title's words find its case in the first ten for most queries")
    #expect(comparison.report.contains("| title words | \(titles.queries) | 0 | "))
  }
}
