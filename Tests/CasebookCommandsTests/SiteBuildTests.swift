// End to end: `casebook build` on the repository and on fixture projects.

@testable import CasebookCommands
import CasebookCore
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

@Suite struct SiteBuildTests {
  static let golden = Fixtures.folder(of: #filePath).appendingPathComponent("Golden/site")

  @Test("the seeded pages match their golden files", arguments: [
    "index.html",
    "cases/crio-fedora41-wazero-linkname/index.html",
    "cases/crio-fedora41-wazero-linkname/runbook.html",
    // A page in Chinese: the header, labels and reasons in the case's language.
    "cases/crio-fedora41-wazero-linkname-zh/index.html",
    "tags/go/index.html",
  ])
  func goldenPages(path: String) throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    try SiteFixtures.build(project)
    let built = try String(contentsOf: project.appendingPathComponent("Site/\(path)"), encoding: .utf8)
    if let failure = GoldenFile.compare(built, golden: Self.golden.appendingPathComponent(path)) {
      Issue.record(Comment(rawValue: failure))
    }
  }

  @Test("the committed Site/ is in sync with Content/ and Templates/")
  func committedSiteIsFresh() throws {
    let result = try CasebookProcess.run(["build", "--check"], in: Fixtures.repositoryRoot)
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test("two builds of the same input are byte-identical")
  func deterministic() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    try SiteFixtures.build(project, arguments: ["--output", "first"])
    try SiteFixtures.build(project, arguments: ["--output", "second"])
    let first = SiteFixtures.files(in: project.appendingPathComponent("first"))
    let second = SiteFixtures.files(in: project.appendingPathComponent("second"))
    #expect(first.count > 20)
    #expect(first == second)
  }

  @Test("--check names every file that differs, is missing or is stale")
  func checkReportsDifferences() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    try SiteFixtures.build(project)
    let site = project.appendingPathComponent("Site")
    try "changed".write(to: site.appendingPathComponent("index.html"), atomically: false, encoding: .utf8)
    try FileManager.default.removeItem(at: site.appendingPathComponent("feed.xml"))
    try "old".write(to: site.appendingPathComponent("cases/removed.html"), atomically: false, encoding: .utf8)
    let result = try CasebookProcess.run(["build", "--check", "--quiet"], in: project)
    #expect(result.status == 1)
    #expect(result.stderr == """
      Site is out of date with Content/ and Templates/ (3 files differ):
        stale: cases/removed.html
        missing: feed.xml
        changed: index.html
      Run `casebook build` and commit Site.

      """)
    #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == "changed", "--check writes nothing")
  }

  @Test("a build with content errors prints them like lint and leaves the old site untouched")
  func failedBuildKeepsOldSite() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    try SiteFixtures.build(project)
    let before = SiteFixtures.files(in: project.appendingPathComponent("Site"))
    try "---\ntitle: Broken\n---\n".write(to: project.appendingPathComponent("Content/cases/broken-case.md"), atomically: false, encoding: .utf8)
    let result = try CasebookProcess.run(["build", "--quiet"], in: project)
    #expect(result.status == 1)
    let lint = try CasebookProcess.run(["lint"], in: project)
    let lintLines = lint.stderr.split(separator: "\n").dropLast()
    #expect(result.stderr.split(separator: "\n").dropLast() == lintLines, "same diagnostics as lint")
    #expect(result.stderr.hasSuffix("Nothing was built.\n"))
    #expect(SiteFixtures.files(in: project.appendingPathComponent("Site")) == before)
  }

  @Test("removed cases disappear from the output")
  func removedCaseDisappears() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    try SiteFixtures.build(project)
    let page = project.appendingPathComponent("Site/cases/crio-fedora44-wazero-dt-textrel/index.html")
    #expect(FileManager.default.fileExists(atPath: page.path))
    // Remove the follow-up case and the links to it.
    try FileManager.default.removeItem(at: project.appendingPathComponent("Content/cases/crio-fedora44-wazero-dt-textrel.md"))
    for name in ["crio-fedora41-wazero-linkname.md", "crio-fedora41-wazero-linkname-zh.md"] {
      let url = project.appendingPathComponent("Content/cases/\(name)")
      let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "crio-fedora44-wazero-dt-textrel, ", with: "").replacingOccurrences(of: ", crio-fedora44-wazero-dt-textrel", with: "")
      try text.write(to: url, atomically: false, encoding: .utf8)
    }
    try SiteFixtures.build(project)
    #expect(!FileManager.default.fileExists(atPath: page.path))
    #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Site/tags/textrel").path))
  }

  @Test("a write that fails midway leaves the previous site whole and no staging folder")
  func atomicWrite() throws {
    let (folder, site) = try SiteFixtures.scratchSite("casebook-atomic")
    defer { try? FileManager.default.removeItem(at: folder) }
    try SiteWriter().write(SiteFixtures.output(["cases.json": "{}", "index.html": "old home", "cases/a/index.html": "old a"]), to: site)

    let second = SiteFixtures.output(["cases.json": "{\"new\": true}", "index.html": "new home", "cases/b/index.html": "new b"])
    let failing = FailingFileSystem(failAfterWrites: 2)
    #expect(throws: (any Error).self) { try SiteWriter(fileSystem: failing).write(second, to: site) }
    #expect(failing.writes == 2, "the failure happened midway")
    let after = SiteFixtures.files(in: URL(fileURLWithPath: site))
    #expect(after == ["cases.json": Data("{}".utf8), "index.html": Data("old home".utf8), "cases/a/index.html": Data("old a".utf8)])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"], "staging folder removed")

    try SiteWriter().write(second, to: site)
    #expect(SiteFixtures.files(in: URL(fileURLWithPath: site)).keys.sorted() == ["cases.json", "cases/b/index.html", "index.html"])
  }

  @Test("a file handed over a part at a time is written and digested whole, and a build that fails after some of its parts leaves the previous site whole")
  func fileInParts() throws {
    let (folder, site) = try SiteFixtures.scratchSite("casebook-parts")
    defer { try? FileManager.default.removeItem(at: folder) }
    try SiteWriter().write(SiteFixtures.output(["cases.json": "{}", "index.html": "old home"]), to: site)

    let parts: [[UInt8]] = [Array("{\"cases\": ".utf8), Array("[1, 2]".utf8), Array("}".utf8)]
    var session = try SiteWriter().begin(site)
    try session.append(parts[0], to: "cases.json")
    try session.accept([OutputFile(path: "index.html", text: "new home")])
    for part in parts.dropFirst() { try session.append(part, to: "cases.json") }
    try session.finish("cases.json")
    let summary = try session.commit()
    #expect(SiteFixtures.files(in: URL(fileURLWithPath: site)) == ["cases.json": Data(parts.joined()), "index.html": Data("new home".utf8)])
    #expect(summary.manifestOutputs["cases.json"]?.digest == ContentDigest.of(Array(parts.joined())), "digested as written")

    var failing = try SiteWriter().begin(site)
    try failing.append(Array("{\"half".utf8), to: "cases.json")
    try failing.accept([OutputFile(path: "index.html", text: "newer home")])
    failing.abandon()
    #expect(SiteFixtures.files(in: URL(fileURLWithPath: site)) == ["cases.json": Data(parts.joined()), "index.html": Data("new home".utf8)])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"], "staging folder removed")
  }

  @Test("the folder of a path a build writes is Foundation's, for the shapes of paths a build writes")
  func folderOfPath() {
    for path in ["/tmp/s/.Site.staging/cases/crio-fedora41/index.html", "/tmp/s/Site/index.html", "Site/man/man7/crio.7", "cases/a/index.html", "cases", "index.html", "/Site", "/tmp/ü/案例/index.html"] {
      #expect(SiteWriter.folder(of: path) == (path as NSString).deletingLastPathComponent, "\(path)")
    }
  }

  @Test("a folder that is not a Casebook site is never replaced")
  func refusesForeignFolder() throws {
    let folder = try Fixtures.temporaryFolder("casebook-foreign")
    defer { try? FileManager.default.removeItem(at: folder) }
    try "precious".write(to: folder.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
    var output = SiteOutput()
    output.add(path: "cases.json", text: "{}")
    #expect(throws: (any Error).self) { try SiteWriter().write(output, to: folder.path) }
    #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "precious")
  }
}

/// A file system that fails, to interrupt a build: after a number of file writes or renames,
/// at the n-th change of any kind (counting from 1: a write, a new folder, a move, a rename, a
/// link, a removal), and from a later change on at every change, as a process killed there
/// would change nothing more. Folders can be made to look read-only (by the end of their path).
/// (The writer writes on several threads: the counters are behind a lock.)
final class FailingFileSystem: SiteFileSystem, @unchecked Sendable {
  let real = LocalFileSystem()
  let failAfterWrites: Int
  let failAfterReplaces: Int
  let failAt: Int
  let dieAt: Int
  let readOnly: Set<String>
  private let lock = NSLock()
  private var writeCount = 0
  private var replaceCount = 0
  private var changeCount = 0
  var writes: Int { lock.withLock { writeCount } }
  /// How many changes were asked for, failed ones included.
  var changes: Int { lock.withLock { changeCount } }

  init(failAfterWrites: Int = .max, failAfterReplaces: Int = .max, failAt: Int = .max, dieAt: Int = .max, readOnly: Set<String> = []) {
    self.failAfterWrites = failAfterWrites
    self.failAfterReplaces = failAfterReplaces
    self.failAt = failAt
    self.dieAt = dieAt
    self.readOnly = readOnly
  }

  struct Injected: Error, CustomStringConvertible {
    var description: String { "No space left on device (injected)" }
  }

  /// Counts a change and throws when it is to fail.
  private func change(write: Bool = false, replace: Bool = false) throws {
    try lock.withLock {
      changeCount += 1
      if changeCount == failAt || changeCount >= dieAt { throw Injected() }
      if write {
        if writeCount >= failAfterWrites { throw Injected() }
        writeCount += 1
      }
      if replace {
        if replaceCount >= failAfterReplaces { throw Injected() }
        replaceCount += 1
      }
    }
  }

  func exists(_ path: String) -> Bool { real.exists(path) }
  func isDirectory(_ path: String) -> Bool { real.isDirectory(path) }
  func list(_ path: String) throws -> [String] { try real.list(path) }
  func subfolders(_ path: String) -> [String] { real.subfolders(path) }
  func isWritable(_ path: String) -> Bool { !readOnly.contains(where: path.hasSuffix) && real.isWritable(path) }
  func createDirectory(_ path: String) throws {
    try change()
    try real.createDirectory(path)
  }
  func write(_ bytes: [UInt8], to path: String, appending: Bool) throws {
    try change(write: true)
    try real.write(bytes, to: path, appending: appending)
  }
  func move(_ source: String, to destination: String) throws {
    try change()
    try real.move(source, to: destination)
  }
  func replace(_ source: String, with destination: String) throws {
    try change(replace: true)
    try real.replace(source, with: destination)
  }
  func link(_ source: String, to destination: String) throws {
    try change()
    try real.link(source, to: destination)
  }
  func remove(_ path: String) throws {
    try change()
    try real.remove(path)
  }
}
