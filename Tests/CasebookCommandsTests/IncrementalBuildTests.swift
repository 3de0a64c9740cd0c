// End to end: a rebuild after an edit gives exactly what a clean build gives.

@testable import CasebookCommands
import CasebookCore
import CasebookRender
import CasebookSearch
import CasebookTestSupport
import Foundation
import Glibc
import Testing

@Suite struct IncrementalBuildTests {
  /// One kind of edit a contributor makes between two builds.
  enum Edit: String, CaseIterable, CustomTestStringConvertible {
    case caseBody, frontMatter, relatedTitle, newCase, deletedCase, template, asset, config

    var testDescription: String { rawValue }

    func apply(to project: URL) throws {
      let cases = project.appendingPathComponent("Content/cases")
      let english = cases.appendingPathComponent("crio-fedora41-wazero-linkname.md")
      switch self {
      case .caseBody:
        try SiteFixtures.append("\nA note added after the first build, with `-Wl,-z,undefs` in it.\n", to: english)
      case .frontMatter:
        try replace("date: 2026-11-26", with: "date: 2026-11-25\nupdated: 2026-11-26", in: english)
        try replace("tags: [", with: "tags: [incremental, ", in: english)
      case .relatedTitle:
        // The other two cases list this one as related: their pages show its title.
        try replace("title: CRI-O fails", with: "title: CRI-O 1.32 fails", in: cases.appendingPathComponent("crio-fedora44-wazero-dt-textrel.md"))
      case .newCase:
        var text = try String(contentsOf: english, encoding: .utf8)
        text = text.replacingCharacters(in: try #require(text.range(of: "\ntitle: ")), with: "\ntitle: Another copy, ")
        try text.write(to: cases.appendingPathComponent("crio-another-copy.md"), atomically: false, encoding: .utf8)
      case .deletedCase:
        try FileManager.default.removeItem(at: cases.appendingPathComponent("crio-fedora44-wazero-dt-textrel.md"))
        for name in try FileManager.default.contentsOfDirectory(atPath: cases.path) {
          let url = cases.appendingPathComponent(name)
          let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "crio-fedora44-wazero-dt-textrel, ", with: "").replacingOccurrences(of: ", crio-fedora44-wazero-dt-textrel", with: "")
          try text.write(to: url, atomically: false, encoding: .utf8)
        }
      case .template:
        try replace("</footer>", with: "<p>Rebuilt.</p></footer>", in: project.appendingPathComponent("Templates/foot.mustache"))
      case .asset:
        try SiteFixtures.append("\n/* changed */\n", to: project.appendingPathComponent("Templates/assets/site.css"))
      case .config:
        try replace("title: ", with: "title: Renamed ", in: project.appendingPathComponent("Content/casebook.yml"))
      }
    }

    /// How many of the fixture's three cases keep their page and runbook, their man page, and
    /// their cases.json entry, and how many of its 17 listing pages stay, from the first build:
    /// what each edit leaves untouched. The man pages kept count `casebook-cases.7` too when
    /// no id, summary, component or date changed.
    var kept: (pages: Int, man: Int, listings: Int, entries: Int) {
      switch self {
      case .caseBody: (2, 3, 17, 2)
      // A new date and tag change the case's card: the home page, its tags' and components'
      // pages and the tag index (a new tag) change; search, 404, the component index and the
      // one tag only another case has stay.
      case .frontMatter: (2, 2, 4, 2)
      // The card of the renamed case is on the home page and its terms' pages; the tags
      // only the other cases have, search, 404 and the two indexes stay.
      case .relatedTitle: (0, 3, 6, 2)
      // The new case lists two of them as related, and is similar to the third one (whose
      // man page, naming only related cases, stays).
      // Every count moves; search and 404 stay.
      case .newCase: (0, 1, 2, 1)
      case .deletedCase: (0, 0, 2, 0)
      case .template: (0, 4, 0, 3)
      case .asset: (3, 4, 17, 3)
      case .config: (0, 0, 0, 0)
      }
    }

    /// How many case bodies the rebuild parses: each case that needs any output made again,
    /// once (its page, man page, cases.json entry and search document from the one parse).
    var bodiesParsed: Int {
      switch self {
      case .caseBody: 1
      case .asset: 0
      // The new date moves every case in the listing, and so in the index: a whole one.
      case .frontMatter: 3
      // The renamed case's page, and the pages of the two that list it.
      case .relatedTitle, .template, .config: 3
      // One case more or fewer: the index is made whole, from every case's document.
      case .newCase: 4
      case .deletedCase: 2
      }
    }

    /// How many case files the edit leaves as they were, with the same config: their parse
    /// results are kept.
    var unchangedFiles: Int {
      switch self {
      case .caseBody, .frontMatter, .relatedTitle: 2
      case .newCase, .template, .asset: 3
      // Every remaining file is written again (its references to the deleted case go).
      case .deletedCase: 0
      case .config: 0
      }
    }

    /// Whether the edit leaves what similar cases are found from (every case's id in listing
    /// order, signatures, components, related cases) as it was.
    var keepsSimilarCases: Bool {
      switch self {
      case .caseBody, .relatedTitle, .template, .asset, .config: true
      // A new date moves the case in the listing; a case more or fewer changes everything.
      case .frontMatter, .newCase, .deletedCase: false
      }
    }

    private func replace(_ old: String, with new: String, in url: URL) throws {
      let text = try String(contentsOf: url, encoding: .utf8)
      let range = try #require(text.range(of: old), "\(url.lastPathComponent) has no '\(old)'")
      try text.replacingCharacters(in: range, with: new).write(to: url, atomically: false, encoding: .utf8)
    }
  }

  @Test("a rebuild after each kind of edit equals a clean build, byte for byte", arguments: Edit.allCases)
  func incrementalEqualsClean(edit: Edit) throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let before = SiteFixtures.files(in: project.appendingPathComponent("Site"))
    try edit.apply(to: project)

    let rebuild = try SiteFixtures.buildReport(project)
    #expect(rebuild.outcome == .built)
    let write = try #require(rebuild.write)
    #expect(write.unchanged > 0, "the rebuild was not incremental: \(write)")
    #expect(rebuild.work.pagesKept == edit.kept.pages, "cases whose pages were kept")
    #expect(rebuild.work.manPagesKept == edit.kept.man, "cases whose man pages were kept")
    #expect(rebuild.work.listingsKept == edit.kept.listings, "listing pages kept")
    #expect(rebuild.work.casesJSONEntriesCopied == edit.kept.entries, "cases.json entries copied")
    #expect(rebuild.work.parseResultsKept == edit.unchangedFiles, "case files neither read nor parsed again")
    #expect(rebuild.work.similarCasesKept == edit.keepsSimilarCases)
    #expect(rebuild.work.bodiesParsed == edit.bodiesParsed, "case bodies parsed")

    let incremental = try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "the edit \(edit.rawValue)")
    #expect(incremental != before, "the edit changed nothing in the site")
    #expect(try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix(".Site.") }.isEmpty, "no staging folder left")
  }

  @Test("on 300 generated cases, a rebuild after editing one case re-weighs its terms only and equals a clean build")
  func generatedCorpusIndexUpdate() throws {
    let project = try SiteFixtures.generatedProject(count: 300)
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let cases = project.appendingPathComponent("Content/cases")
    let edited = try #require(try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted().dropFirst(40).first)
    let url = cases.appendingPathComponent(edited)
    try SiteFixtures.append("\nA paragraph added later: the unwindtables flag and a brandnewword.\n", to: url)

    let rebuild = try SiteFixtures.buildReport(project)
    #expect(rebuild.outcome == .built)
    let indexFiles = try #require(SiteFixtures.files(in: project.appendingPathComponent("Site/search")).count as Int?)
    #expect(rebuild.work.indexFilesKept * 2 > indexFiles, "most index files are kept: \(rebuild.work.indexFilesKept) of \(indexFiles)")

    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "editing \(edited)")

    // Two more rebuilds, each building on what the one before kept: a template edit (every
    // page again, every cases.json entry copied in one piece), then another case's body.
    let foot = project.appendingPathComponent("Templates/foot.mustache")
    try SiteFixtures.append("<!-- again -->\n", to: foot)
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let second = cases.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted().dropFirst(200).first))
    try SiteFixtures.append("\nAnd a last remark.\n", to: second)
    let last = try SiteFixtures.buildReport(project)
    #expect(last.work.casesJSONEntriesCopied == 299)
    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "a template edit, then editing \(second.lastPathComponent)")
  }

  @Test("a rebuild with nothing changed touches no file; a touched output is rewritten")
  func nothingChanged() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let site = project.appendingPathComponent("Site")
    let home = site.appendingPathComponent("index.html").path
    let stamp = try FileManager.default.attributesOfItem(atPath: home)[.modificationDate] as? Date

    let again = try SiteFixtures.buildReport(project)
    #expect(again.outcome == .upToDate)
    #expect(again.work == BuildReport.Work(), "no stage ran")
    #expect(try FileManager.default.attributesOfItem(atPath: home)[.modificationDate] as? Date == stamp)

    // Someone edits a built page by hand: the next build notices and restores it.
    try "edited by hand".write(toFile: home, atomically: false, encoding: .utf8)
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    #expect(try SiteFixtures.buildReport(project, output: "Clean", ["--full"]).outcome == .built)
    #expect(SiteFixtures.files(in: site) == SiteFixtures.files(in: project.appendingPathComponent("Clean")))

    // A page edited by hand and a case edited: the outputs are checked while the stages run,
    // and the build that relied on the last one is dropped, uncommitted, for a whole one.
    try "edited by hand".write(to: site.appendingPathComponent("search.html"), atomically: false, encoding: .utf8)
    let english = project.appendingPathComponent("Content/cases/crio-fedora41-wazero-linkname.md")
    try SiteFixtures.append("\nA later note.\n", to: english)
    let redone = try SiteFixtures.buildReport(project)
    #expect(redone.outcome == .built)
    #expect(redone.changedOutput == "search.html")
    #expect(redone.work.pagesKept == 0 && redone.work.parseResultsKept == 0, "the second attempt built every file")
    let written = try #require(redone.write)
    #expect(written.written + written.unchanged == SiteFixtures.files(in: site).count)
    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "a page edited by hand and a case edited")
  }

  @Test("a damaged manifest, or one another casebook binary wrote, is not relied on: the build says so in one line and builds every file")
  func unreadableManifestIsANote() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    // The casebook binary builds first: this test process is another binary.
    try SiteFixtures.build(project)
    let other = try SiteFixtures.buildReport(project)
    let site = project.appendingPathComponent("Site").path
    #expect(other.notes == ["note: the last build into \(site) was made by another casebook binary; building every file."])
    #expect(other.outcome == .built && other.work.parseResultsKept == 0 && other.work.pagesKept == 0)

    let cache = project.appendingPathComponent(".casebook-cache")
    let manifest = cache.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".manifest") }))
    try Data("casebook-manifest 2\nnot a line this casebook wrote\n".utf8).write(to: manifest)
    let damaged = try SiteFixtures.buildReport(project)
    #expect(damaged.notes == ["note: \(manifest.path) is damaged or of another format; building every file."])
    #expect(damaged.outcome == .built && damaged.work.pagesKept == 0)
    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "a damaged manifest")
    #expect(try SiteFixtures.buildReport(project).outcome == .upToDate, "the manifest written again is read")
  }

  @Test("temporary files that killed builds left in .casebook-cache are removed; a running process's stay")
  func leftoverTemporariesRemoved() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let cache = project.appendingPathComponent(".casebook-cache")
    let manifest = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".manifest") })
    let base = String(manifest.dropLast(".manifest".count))
    // No process has this id (above the kernel's pid_max); this test process is running.
    let dead = "\(base).parsed.tmp-2147483646", live = "\(base).index.tmp-\(getpid())"
    for name in [dead, live, "\(manifest).tmp-2147483646"] { try Data("partial".utf8).write(to: cache.appendingPathComponent(name)) }
    #expect(try SiteFixtures.buildReport(project).outcome == .upToDate)
    let left = Set(try FileManager.default.contentsOfDirectory(atPath: cache.path))
    #expect(!left.contains(dead) && !left.contains("\(manifest).tmp-2147483646"))
    #expect(left.contains(live))
  }

  @Test("a cache is used only if it is the one the manifest names: caches written early by a build that then failed are not taken for the last build's")
  func cachesNamedByDigest() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let cache = project.appendingPathComponent(".casebook-cache")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".manifest") }).dropLast(".manifest".count)
    let first = try ["parsed", "similar", "index"].map { try Data(contentsOf: cache.appendingPathComponent("\(name).\($0)")) }
    let cases = project.appendingPathComponent("Content/cases")
    try SiteFixtures.append("\nA note after the first build.\n", to: cases.appendingPathComponent("crio-fedora41-wazero-linkname.md"))
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let second = try ["parsed", "similar", "index"].map { try Data(contentsOf: cache.appendingPathComponent("\(name).\($0)")) }
    // A body edit leaves the similar cases as they were: the same bytes are the same cache.
    #expect(first[0] != second[0] && first[1] == second[1] && first[2] != second[2])
    // The first build's caches put back under the second build's manifest, as a build that
    // wrote its caches and then failed before its manifest would leave them.
    for (kind, bytes) in zip(["parsed", "similar", "index"], first) { try bytes.write(to: cache.appendingPathComponent("\(name).\(kind)")) }
    try SiteFixtures.append("\nA second note.\n", to: cases.appendingPathComponent("crio-fedora44-wazero-dt-textrel.md"))
    let third = try SiteFixtures.buildReport(project)
    #expect(third.outcome == .built)
    #expect(third.work.parseResultsKept == 0, "another build's parse results")
    #expect(third.work.similarCasesKept, "the same similar cases: the same bytes")
    #expect(third.work.indexFilesKept == 0, "another build's index state")
    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "caches that are not the manifest's")
  }

  @Test("lint after a build parses only the files changed since: it trusts an unchanged stamp, reports what lint --full reports, and reads a file rewritten with its old size and modification time")
  func lintUsesTheBuildsParseResults() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    try SiteFixtures.build(project)
    let cases = project.appendingPathComponent("Content/cases")
    // An error in one file; the other two are as the build read them.
    let english = cases.appendingPathComponent("crio-fedora41-wazero-linkname.md")
    try (try String(contentsOf: english, encoding: .utf8)).replacingOccurrences(of: "\nsummary: ", with: "\nsumary: ").write(to: english, atomically: false, encoding: .utf8)
    let cached = try CasebookProcess.run(["lint"], in: project)
    let full = try CasebookProcess.run(["lint", "--full"], in: project)
    #expect(cached.status == 1 && full.status == 1)
    #expect(cached.stderr.contains("crio-fedora41-wazero-linkname.md:3:1: error: unknown key 'sumary'; did you mean 'summary'?"), "\(cached.stderr)")
    #expect(cached.stderr == full.stderr)

    // A file rewritten in place and given back its size and modification time (as `cp -p` or
    // `rsync -t` leave it) has a new change time, which no one can set back: lint and the build
    // read it again.
    let textrel = cases.appendingPathComponent("crio-fedora44-wazero-dt-textrel.md").path
    var before = stat()
    #expect(stat(textrel, &before) == 0)
    try (try String(contentsOfFile: textrel, encoding: .utf8)).replacingOccurrences(of: "\ntags: [", with: "\ntagz: [").write(toFile: textrel, atomically: false, encoding: .utf8)
    var times = [before.st_atim, before.st_mtim]
    #expect(utimensat(AT_FDCWD, textrel, &times, 0) == 0)
    var after = stat()
    #expect(stat(textrel, &after) == 0 && after.st_size == before.st_size && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && after.st_mtim.tv_sec == before.st_mtim.tv_sec)
    let relinted = try CasebookProcess.run(["lint"], in: project)
    let reread = try CasebookProcess.run(["lint", "--full"], in: project)
    #expect(reread.stderr.contains("crio-fedora44-wazero-dt-textrel.md:12:1: error: unknown key 'tagz'"), "\(reread.stderr)")
    #expect(relinted.stderr == reread.stderr, "\(relinted.stderr)")
    let rebuilt = try CasebookProcess.run(["build"], in: project)
    #expect(rebuilt.status == 1 && rebuilt.stderr.contains("crio-fedora44-wazero-dt-textrel.md:12:1: error: unknown key 'tagz'"), "\(rebuilt.stderr)")

    // The manifest given the file's new stamp, as if it had not changed since the build: lint
    // takes the build's parse result for it (without the error) instead of parsing it again.
    let cache = project.appendingPathComponent(".casebook-cache")
    let manifestName = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".manifest") })
    var manifest = try #require(BuildManifest.load(cache.appendingPathComponent(manifestName).path))
    let key = try #require(manifest.inputs.keys.first { $0.hasSuffix("/crio-fedora44-wazero-dt-textrel.md") })
    let stamp = try #require(FileStamp.of(textrel))
    manifest.inputs[key] = stamp
    try manifest.save(cache.appendingPathComponent(manifestName).path)
    let trusted = try CasebookProcess.run(["lint"], in: project)
    #expect(trusted.stderr == cached.stderr, "\(trusted.stderr)")
  }

  @Test("--timings gives every stage its wall time, CPU time and peak memory, in pipeline order")
  func timings() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let result = try CasebookProcess.run(["build", "--timings"], in: project)
    #expect(result.status == 0)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.map { String($0.prefix(9)).trimmingCharacters(in: .whitespaces) } == ["Discover", "Parse", "Validate", "Assemble", "Plan", "Listings", "Cases", "Index", "Write"])
    let pattern = /^\w+ +.+ … \d+\.\d\d s \(cpu \d+\.\d\d s, peak \d+ MB\)$/
    for line in lines {
      #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
    }
  }

  @Test("a body's link to another case goes to its page and names its man page; it is checked on every build, so a case deleted with a link to it left behind fails the build at the link, though the linking file is unchanged")
  func linksBetweenCases() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let cases = project.appendingPathComponent("Content/cases")
    // A case no other lists as related, and a link to it from the English case's last section.
    var note = try String(contentsOf: cases.appendingPathComponent("crio-fedora44-wazero-dt-textrel.md"), encoding: .utf8)
    note = note.replacingCharacters(in: try #require(note.range(of: "\ntitle: ")), with: "\ntitle: A note, ")
    let noteFile = cases.appendingPathComponent("crio-link-target.md")
    try note.write(to: noteFile, atomically: false, encoding: .utf8)
    let english = cases.appendingPathComponent("crio-fedora41-wazero-linkname.md")
    try SiteFixtures.append("\nThe same failure, later: [the note](crio-link-target.md#root-cause).\n", to: english)
    let lines = try String(contentsOf: english, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0.contains("[the note]") }) + 1
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let page = try String(contentsOf: project.appendingPathComponent("Site/cases/crio-fedora41-wazero-linkname/index.html"), encoding: .utf8)
    #expect(page.contains(#"<a href="../crio-link-target/index.html#root-cause">the note</a>"#))
    let man = try String(contentsOf: project.appendingPathComponent("Site/man/man7/crio-fedora41-wazero-linkname.7"), encoding: .utf8)
    #expect(man.contains(#"the note (crio\-link\-target(7))"#), "the man page names the other case's page")

    try FileManager.default.removeItem(at: noteFile)
    let failed = try SiteFixtures.buildReport(project)
    #expect(failed.outcome == .failed)
    #expect(failed.work.parseResultsKept == 3, "the linking file's parse result is the last build's")
    #expect(failed.diagnostics.map { $0.description.replacingOccurrences(of: project.path + "/", with: "") } == [
      "Content/cases/crio-fedora41-wazero-linkname.md:\(line):26: error: linked case 'crio-link-target' does not exist [CB043]"
    ])
    let lint = try Casebook.Lint.parse(["--project", project.path, "--no-review-check"]).execute()
    #expect(lint.diagnostics.map(\.rule) == [.unknownLinkedCase])

    try note.write(to: noteFile, atomically: false, encoding: .utf8)
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
  }

  @Test("a build that finds nothing to do prints the last build's warnings again, and so does one that keeps a file's parse result")
  func warningsAreRepeated() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let file = project.appendingPathComponent("Content/cases/crio-fedora41-wazero-linkname.md")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingCharacters(in: try #require(text.range(of: "tags: [go, ")), with: "tags: [go, go, ").write(to: file, atomically: false, encoding: .utf8)
    let first = try CasebookProcess.run(["build", "--quiet"], in: project)
    #expect(first.status == 0)
    #expect(first.stderr.contains("warning: 'tags' lists 'go' twice [CB028]"), "\(first.stderr)")
    let second = try CasebookProcess.run(["build"], in: project)
    #expect(second.status == 0)
    let upToDate = try #require(second.stderr.split(separator: "\n").last)
    #expect(second.stderr == first.stderr + upToDate + "\n", "the same warnings, and no stage ran")
    #expect(upToDate.hasPrefix("Site is up to date: no input changed since the last build"))
    // Another case changes: the warning of the unchanged file comes from its kept parse result.
    let other = project.appendingPathComponent("Content/cases/crio-fedora44-wazero-dt-textrel.md")
    try SiteFixtures.append("\nOne more line.\n", to: other)
    let third = try CasebookProcess.run(["build"], in: project)
    #expect(third.status == 0)
    #expect(third.stderr.contains("(2 known from the last build)"), "\(third.stderr)")
    #expect(third.stderr.contains("crio-fedora41-wazero-linkname.md:12:12: warning: 'tags' lists 'go' twice [CB028]"), "\(third.stderr)")
  }

  @Test("an incremental commit that fails at any of its steps leaves the old site; one killed at any step, even while undoing, is finished or undone by the next build: never a mix")
  func commitIsAllOrNothing() throws {
    let oldFiles = ["cases.json": "{}", "a.html": "old a", "b.html": "old b", "gone/c.html": "old c", "same.html": "same"]
    let newFiles = ["cases.json": "{}", "a.html": "new a", "b.html": "new b", "fresh/d.html": "new d", "same.html": "same"]
    let old = oldFiles.mapValues { Data($0.utf8) }, new = newFiles.mapValues { Data($0.utf8) }
    /// A site holding `oldFiles`, its manifest, and a session of `fileSystem` staging `newFiles`.
    func staged(_ fileSystem: FailingFileSystem) throws -> (folder: URL, site: String, session: SiteWriter.Session) {
      let (folder, site) = try SiteFixtures.scratchSite("casebook-commit")
      var first = try SiteWriter().begin(site)
      try first.accept(oldFiles.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, text: $0.value) })
      var manifest = BuildManifest()
      manifest.outputs = try first.commit().manifestOutputs
      var session = try SiteWriter(fileSystem: fileSystem).begin(site, previous: manifest)
      #expect(session.isIncremental)
      try session.accept(newFiles.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, text: $0.value) })
      return (folder, site, session)
    }
    /// The site once the next build has started (and given up), and what is beside it.
    func afterNextBuild(_ folder: URL, _ site: String) throws -> (files: [String: Data], beside: [String], emptyFolder: Bool) {
      try SiteWriter().begin(site).abandon()
      let files = SiteFixtures.files(in: URL(fileURLWithPath: site))
      return (files, try FileManager.default.contentsOfDirectory(atPath: folder.path), FileManager.default.fileExists(atPath: site + "/fresh"))
    }

    // How many changes staging and an undisturbed commit make.
    let counting = FailingFileSystem()
    var (folder, site, session) = try staged(counting)
    let before = counting.changes
    _ = try session.commit()
    let steps = counting.changes - before
    #expect(SiteFixtures.files(in: URL(fileURLWithPath: site)) == new)
    try FileManager.default.removeItem(at: folder)
    #expect(steps >= 8, "journal, links, renames, removal: \(steps) changes")

    // The commit's steps fail (and are undone) up to the last rename; after it, only tidying
    // up is left (removing emptied folders and the staging folder), whose failures the next
    // build makes good.
    var failing: [Int] = []
    for step in 1...steps {
      // Fails at this step: undone, the old site, nothing left beside it; or, once the last
      // step of the commit is done, the new site.
      (folder, site, session) = try staged(FailingFileSystem(failAt: before + step))
      let threw = (try? session.commit()) == nil
      if threw { failing.append(step) }
      let expected = threw ? old : new
      #expect(SiteFixtures.files(in: URL(fileURLWithPath: site)) == expected, "failed at step \(step)")
      if threw { #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"], "undone at once, failed at step \(step)") }
      var next = try afterNextBuild(folder, site)
      #expect(next.files == expected && next.beside == ["Site"] && !next.emptyFolder == threw, "failed at step \(step)")
      try FileManager.default.removeItem(at: folder)

      // Killed at this step: the next build finishes the commit (the journal was written) or
      // finds nothing begun.
      (folder, site, session) = try staged(FailingFileSystem(dieAt: before + step))
      _ = try? session.commit()
      next = try afterNextBuild(folder, site)
      #expect(next.files == (step == 1 ? old : new) && next.beside == ["Site"], "killed at step \(step)")
      try FileManager.default.removeItem(at: folder)

      // Failed at this step, then killed while undoing: the next build undoes the rest (or,
      // killed before the journal was marked, finishes the commit).
      for undoStep in 1...3 where threw {
        (folder, site, session) = try staged(FailingFileSystem(failAt: before + step, dieAt: before + step + undoStep))
        #expect(throws: (any Error).self) { _ = try session.commit() }
        next = try afterNextBuild(folder, site)
        let expected = step == 1 ? old : (undoStep == 1 ? new : old)
        #expect(next.files == expected && next.beside == ["Site"], "failed at step \(step), killed at step \(undoStep) of undoing")
        try FileManager.default.removeItem(at: folder)
      }
    }
    #expect(failing == Array(1...failing.count) && failing.count >= 8, "the commit's own steps come first: \(failing) of \(steps)")

    // A folder it would write into that cannot be written: refused before anything is moved.
    let refusing = FailingFileSystem(readOnly: ["/Site/gone"])
    (folder, site, session) = try staged(refusing)
    let staging = refusing.changes
    #expect(throws: BuildError("cannot write into \(site)/gone: permission denied; the site was left as it was")) { _ = try session.commit() }
    #expect(refusing.changes == staging + 1, "nothing changed but the staging folder removed")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"])
    #expect(try afterNextBuild(folder, site).files == old)
    try FileManager.default.removeItem(at: folder)
  }

  @Test("a site with a folder that cannot be written is not swapped out for a new one (it could not be removed after)", arguments: ["", "/cases/a"])
  func readOnlySiteIsNotSwapped(folderInSite: String) throws {
    let (folder, site) = try SiteFixtures.scratchSite("casebook-swap-ro")
    defer { try? FileManager.default.removeItem(at: folder) }
    let old = ["cases.json": "{}", "index.html": "old", "cases/a/index.html": "old a"]
    try SiteWriter().write(SiteFixtures.output(["cases.json": "{}", "index.html": "old", "cases/a/index.html": "old a"]), to: site)
    let failing = FailingFileSystem(readOnly: ["/Site" + folderInSite])
    #expect(throws: BuildError("cannot write into \(site + folderInSite): permission denied; the site was left as it was")) {
      try SiteWriter(fileSystem: failing).write(SiteFixtures.output(["cases.json": "{}", "index.html": "new"]), to: site)
    }
    #expect(SiteFixtures.files(in: URL(fileURLWithPath: site)) == old.mapValues { Data($0.utf8) })
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"])
  }

  @Test("a swap stopped between its two moves gets the old site back before the next build")
  func interruptedSwapRestoresOldSite() throws {
    let folder = try Fixtures.temporaryFolder("casebook-swap")
    defer { try? FileManager.default.removeItem(at: folder) }
    let old = folder.appendingPathComponent(".Site.old-4242")
    try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
    try "{}".write(to: old.appendingPathComponent("cases.json"), atomically: false, encoding: .utf8)
    let session = try SiteWriter().begin(folder.appendingPathComponent("Site").path)
    #expect(SiteFixtures.files(in: folder.appendingPathComponent("Site")) == ["cases.json": Data("{}".utf8)])
    session.abandon()
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"])
  }

  @Test("the manifest reads back what it wrote, numbers at their limits; cut, lengthened, changed, another kind or another layout is refused")
  func manifestRoundTrip() throws {
    var manifest = BuildManifest()
    manifest.tool = FileStamp(size: 10, modified: 20, changed: 25, inode: 30)
    manifest.warnings = ["Content/cases/a b.md:3:5: warning: 'tags' lists 'go' twice [CB028]", "Checked 1 case and the site config: 1 warning."]
    manifest.inputs = ["Content/cases/a b.md": FileStamp(size: 1, modified: 2, changed: 7, inode: 3)]
    manifest.outputs = ["cases/a b/index.html": .init(digest: 0xDEAD_BEEF, stamp: FileStamp(size: 4, modified: 5, changed: 8, inode: 6))]
    manifest.outputs["x"] = .init(digest: UInt64.max, stamp: FileStamp(size: 0, modified: -1_764_180_000_123_456_789, changed: Int.max, inode: UInt64.max))
    manifest.outputs["y"] = .init(digest: 0, stamp: FileStamp(size: Int.max, modified: Int.min, changed: -1, inode: 0))
    manifest.keys.pages = ["a-b": 0x0123_4567_89AB_CDEF, "c-d": 1]
    manifest.keys.man = ["a-b": UInt64.max]
    manifest.caches = ["index": 0xFEED, "parsed": 0]
    manifest.keys.casesJSON = ["a-b": CasesJSON.Span(key: 7, start: 120, count: 3_000)]
    let bytes = manifest.bytes
    #expect(BuildManifest(bytes: bytes) == manifest)
    #expect(BuildManifest(bytes: bytes)?.bytes == bytes, "the same manifest gives the same bytes")
    #expect(BuildManifest(bytes: Array(bytes.dropLast())) == nil)
    #expect(BuildManifest(bytes: bytes + [0]) == nil)
    var changed = bytes
    changed[changed.count - 5] ^= 1
    #expect(BuildManifest(bytes: changed) == nil, "a changed byte fails the checksum")
    #expect(BuildManifest(bytes: try CacheCoder.encode(manifest, kind: "index")) == nil, "another kind")
    #expect(BuildManifest(bytes: Array("casebook manifest 1\n".utf8) + bytes.dropFirst(CacheCoder.header(kind: "manifest").count)) == nil, "another version")
    struct Older: Codable { var tool: FileStamp?; var inputs: [String: FileStamp] }
    #expect(BuildManifest(bytes: try CacheCoder.encode(Older(tool: manifest.tool, inputs: manifest.inputs), kind: "manifest")) == nil, "another layout")
    #expect(BuildManifest(bytes: []) == nil)
  }

  @Test("a folder of the site replaced by a link to a folder outside is neither written nor deleted through: the build is made whole and the link goes")
  func linkedFolderInSite() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let outside = try Fixtures.temporaryFolder("casebook-outside")
    defer { try? FileManager.default.removeItem(at: outside) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let folder = project.appendingPathComponent("Site/cases/crio-fedora41-wazero-linkname")
    let moved = outside.appendingPathComponent("copy")
    func linkOut() throws {
      try FileManager.default.moveItem(at: folder, to: moved)
      try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: moved.path)
    }
    func isRealFolder() throws -> Bool { try FileManager.default.attributesOfItem(atPath: folder.path)[.type] as? FileAttributeType == .typeDirectory }

    // Nothing changed but the link: not up to date; the whole site is made and swapped in.
    try linkOut()
    let outsideFiles = SiteFixtures.files(in: moved)
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    #expect(try isRealFolder())
    #expect(SiteFixtures.files(in: moved) == outsideFiles, "nothing written through the link")

    // A case edited while its folder is a link: the build that relied on the last one is
    // dropped and made whole.
    try FileManager.default.removeItem(at: moved)
    try linkOut()
    let outsideBefore = SiteFixtures.files(in: moved)
    try SiteFixtures.append("\nOne more line.\n", to: project.appendingPathComponent("Content/cases/crio-fedora41-wazero-linkname.md"))
    let rebuilt = try SiteFixtures.buildReport(project)
    #expect(rebuilt.outcome == .built && rebuilt.changedOutput == "cases/crio-fedora41-wazero-linkname/index.html")
    #expect(try isRealFolder())
    #expect(SiteFixtures.files(in: moved) == outsideBefore, "nothing written through the link")
    #expect(try SiteFixtures.buildReport(project, ["--check"]).outcome == .checked(differences: []))
  }

  @Test("a file added to the site by hand is found though no input changed, and the build that finds it removes it, as --check asks; mandb's index is left alone")
  func strayFileInSite() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let site = project.appendingPathComponent("Site")
    for (stray, folder) in [("stray.html", "/"), ("cases/crio-fedora41-wazero-linkname/notes.txt", "cases/crio-fedora41-wazero-linkname/")] {
      try "not the build's".write(to: site.appendingPathComponent(stray), atomically: false, encoding: .utf8)
      #expect(try SiteFixtures.buildReport(project, ["--check"]).outcome == .checked(differences: ["stale: \(stray)"]))
      let report = try SiteFixtures.buildReport(project)
      #expect(report.outcome == .built && report.changedOutput == folder, "\(String(describing: report.changedOutput))")
      #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(stray).path))
      #expect(try SiteFixtures.buildReport(project, ["--check"]).outcome == .checked(differences: []))
      #expect(try SiteFixtures.buildReport(project).outcome == .upToDate)
    }
    // An edited case: the rebuild records the folders it wrote into, and finds nothing more.
    try SiteFixtures.append("\nOne more line.\n", to: project.appendingPathComponent("Content/cases/crio-fedora41-wazero-linkname.md"))
    let edited = try SiteFixtures.buildReport(project)
    #expect(edited.outcome == .built && edited.changedOutput == nil && (edited.write?.unchanged ?? 0) > 0)
    #expect(try SiteFixtures.buildReport(project).outcome == .upToDate)
    try "index".write(to: site.appendingPathComponent("man/index.db"), atomically: false, encoding: .utf8)
    #expect(try SiteFixtures.buildReport(project).outcome == .upToDate, "what mandb writes into man/ is not the build's concern")
  }

  @Test("the caches serve a build that names the project another way (run from another folder, --project spelt otherwise): nothing changed is up to date, an edit keeps the rest, lint takes the build's parse results")
  func projectNamedAnotherWay() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let other = project.path + "/Content/cases/../.."
    func build() throws -> BuildReport { try Casebook.Build.parse(["--project", other, "--quiet"]).execute() }
    #expect(try build().outcome == .upToDate)
    try SiteFixtures.append("\nOne more line.\n", to: project.appendingPathComponent("Content/cases/crio-fedora41-wazero-linkname.md"))
    let edited = try build()
    #expect(edited.outcome == .built && edited.work.parseResultsKept == 2 && edited.work.pagesKept == 2 && edited.work.bodiesParsed == 1)
    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "an edit built with the project named another way")
    let lint = try Casebook.Lint.parse(["--project", other]).execute()
    #expect(lint.succeeded && lint.reused == 3)
    // Back with the first name: the caches are the same ones.
    #expect(try SiteFixtures.buildReport(project).outcome == .upToDate)
  }

  @Test("merging two branches that each add a case: whatever git leaves in Site/ (conflicts included), the next build leaves it as a clean build would")
  func gitMerge() throws {
    let project = try SiteFixtures.generatedProject(count: 12)
    defer { try? FileManager.default.removeItem(at: project) }
    let repository = try SiteFixtures.gitRepository(project)
    func git(_ arguments: String...) throws -> (status: Int32, output: String) { try repository.run(arguments) }
    func must(_ arguments: String...) throws { try repository.must(arguments) }
    let cases = project.appendingPathComponent("Content/cases")
    let model = try String(contentsOf: cases.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted().first)), encoding: .utf8)
    for branch in ["first", "second"] {
      try must("checkout", "--quiet", "-b", branch, "main")
      try model.replacingOccurrences(of: "title: ", with: "title: The \(branch) branch's ").write(to: cases.appendingPathComponent("added-on-\(branch).md"), atomically: false, encoding: .utf8)
      #expect(try SiteFixtures.buildReport(project).outcome == .built)
      try must("add", "-A")
      try must("commit", "--quiet", "-m", branch)
    }
    // The cases merge cleanly; the committed sites do not.
    let merge = try git("merge", "--no-edit", "first")
    #expect(merge.status != 0 && merge.output.contains("CONFLICT"), "\(merge.output)")
    #expect(FileManager.default.fileExists(atPath: cases.appendingPathComponent("added-on-first.md").path))
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "a merge with conflicts in Site/")
    try must("add", "-A")
    try must("commit", "--quiet", "--no-edit")
    #expect(try SiteFixtures.buildReport(project, ["--check"]).outcome == .checked(differences: []))
  }

  @Test("with the .gitattributes casebook init writes, two branches that each add a case merge without a conflict, and one build makes Site/ right")
  func gitMergeWithoutConflicts() throws {
    let project = try SiteFixtures.generatedProject(count: 40)
    defer { try? FileManager.default.removeItem(at: project) }
    try Casebook.Init.gitAttributes.write(to: project.appendingPathComponent(".gitattributes"), atomically: false, encoding: .utf8)
    let repository = try SiteFixtures.gitRepository(project)
    let cases = project.appendingPathComponent("Content/cases")
    let model = try String(contentsOf: cases.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted().last)), encoding: .utf8)
    var changed: [String: Int] = [:]
    for branch in ["first", "second"] {
      try repository.must(["checkout", "--quiet", "-b", branch, "main"])
      try model.replacingOccurrences(of: "title: ", with: "title: The \(branch) branch's ").write(to: cases.appendingPathComponent("added-on-\(branch).md"), atomically: false, encoding: .utf8)
      #expect(try SiteFixtures.buildReport(project).outcome == .built)
      try repository.must(["add", "-A"])
      try repository.must(["commit", "--quiet", "-m", branch])
      changed[branch] = try repository.run(["diff", "--name-only", "main", "--", "Site"]).output.split(separator: "\n").count
    }
    #expect(changed.values.allSatisfy { $0 > 20 }, "both branches rewrote shared files of Site/: \(changed)")
    let merge = try repository.run(["merge", "--no-edit", "first"])
    #expect(merge.status == 0 && !merge.output.contains("CONFLICT"), "\(merge.output)")
    // Git made a merge commit whose Site/ is both sides' lines; one build makes it right.
    #expect(try SiteFixtures.buildReport(project, ["--check"]).outcome != .checked(differences: []))
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "a merge of two branches' sites")
    try repository.must(["add", "-A"])
    try repository.must(["commit", "--quiet", "-m", "Build the merged site"])
    #expect(try SiteFixtures.buildReport(project, ["--check"]).outcome == .checked(differences: []))
  }

  @Test("a case newer than every other takes the next search document number: no other document's file changes, and only the term shards of its words")
  func newestCaseAppendsToTheIndex() throws {
    let project = try SiteFixtures.generatedProject(count: 40)
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let before = SiteFixtures.files(in: project.appendingPathComponent("Site"))
    let cases = project.appendingPathComponent("Content/cases")
    let model = try String(contentsOf: cases.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted().first)), encoding: .utf8)
    let newest = model.split(separator: "\n").filter { !$0.hasPrefix("updated: ") && !$0.hasPrefix("reviewed: ") }.map {
      $0.hasPrefix("date: ") ? "date: 2099-12-31" : $0.hasPrefix("title: ") ? "title: The newest case, about qqzzyx" : String($0)
    }.joined(separator: "\n")
    try newest.write(to: cases.appendingPathComponent("the-newest-case.md"), atomically: false, encoding: .utf8)
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let after = try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "adding the newest case")

    let documents = after.keys.filter { $0.hasPrefix("search/d/") }
    #expect(documents.count == 41)
    #expect(String(decoding: after["search/d/40.js"] ?? Data(), as: UTF8.self).contains("\"id\":\"the-newest-case\""))
    for path in documents where path != "search/d/40.js" { #expect(after[path] == before[path], "\(path) changed") }
    // The term shards that changed are those holding a word of the new case.
    let words = Set(Tokenizer.terms(newest))
    let shards = after.keys.filter { $0.hasPrefix("search/t/") }
    let changed = shards.filter { after[$0] != before[$0] }
    #expect(changed.count < shards.count)
    for path in changed {
      let text = String(decoding: after[path]!, as: UTF8.self)
      #expect(words.contains { text.contains("[\(JSONText.string($0)),[") }, "\(path) changed without a word of the new case")
    }
  }

  @Test("switching git branches whose committed sites differ: each next build just works and leaves Site/ as a clean build would")
  func gitBranchSwitch() throws {
    let project = try SiteFixtures.generatedProject(count: 24)
    defer { try? FileManager.default.removeItem(at: project) }
    let repository = try SiteFixtures.gitRepository(project)
    func git(_ arguments: String...) throws { try repository.must(arguments) }

    // A branch whose cases.json is longer from its first entry on, and which has one more case.
    try git("checkout", "--quiet", "-b", "longer")
    let cases = project.appendingPathComponent("Content/cases")
    let first = try #require(try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted().first)
    let text = try String(contentsOf: cases.appendingPathComponent(first), encoding: .utf8)
    try (text + "\nA paragraph added on the branch, long enough to move every entry after it in cases.json.\n").write(to: cases.appendingPathComponent(first), atomically: false, encoding: .utf8)
    try text.replacingOccurrences(of: "title: ", with: "title: Branch copy of ").write(to: cases.appendingPathComponent("branch-only-case.md"), atomically: false, encoding: .utf8)
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    try git("add", "-A")
    try git("commit", "--quiet", "-m", "longer")

    // The cache describes the branch's site; main's is checked out, then the branch's again.
    for branch in ["main", "longer", "main"] {
      try git("checkout", "--quiet", branch)
      let report = try SiteFixtures.buildReport(project)
      #expect(report.outcome == .built || report.outcome == .upToDate, "after checking out \(branch)")
      try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "checking out \(branch)")
      #expect(try SiteFixtures.buildReport(project, ["--check"]).outcome == .checked(differences: []))
    }

    // An edit built, then stashed away with the site it made: the next build puts main's back.
    try SiteFixtures.append("\nA line that will be stashed.\n", to: cases.appendingPathComponent(first))
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    try git("stash", "--quiet")
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    try SiteFixtures.expectSiteEqualsCleanBuild(project, after: "git stash")
    #expect(try SiteFixtures.buildReport(project, ["--check"]).outcome == .checked(differences: []))
  }
}
