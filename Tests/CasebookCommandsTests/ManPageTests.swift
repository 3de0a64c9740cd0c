// Man pages as man, mandoc, groff, lexgrog, mandb and apropos see them.

import CasebookTestSupport
import Foundation
import Testing

@Suite(.serialized) struct ManPageTests {
  static let golden = Fixtures.folder(of: #filePath).appendingPathComponent("Golden/man")

  /// The repository's site and the roff-hostile fixture's, each built once.
  static let sites: [URL] = {
    let repository = try! SiteFixtures.project()
    try! SiteFixtures.build(repository)
    let hostile = try! SiteFixtures.project(content: SiteFixtures.sitesFolder.appendingPathComponent("roff-hostile/Content"))
    _ = try! CasebookProcess.run(["build", "--quiet"], in: hostile)
    return [repository.appendingPathComponent("Site"), hostile.appendingPathComponent("Site")]
  }()

  static var pages: [URL] {
    sites.flatMap { site in
      SiteFixtures.files(in: site.appendingPathComponent("man")).keys.sorted().map { site.appendingPathComponent("man/\($0)") }
    }
  }

  @Test("every page is clean for mandoc -Tlint -W all and groff -ww")
  func lintClean() throws {
    let pages = Self.pages
    #expect(pages.count == 8, "5 repository pages (3 cases, casebook-cases.7, casebook.1) and 3 of the hostile fixture")
    #expect(pages.contains { $0.path.hasSuffix("man7/roff-hostile-case.7") })
    for page in pages {
      let mandoc = try ExternalTool.run(["mandoc", "-Tlint", "-W", "all", page.path])
      #expect(mandoc.output == "" && mandoc.status == 0, "mandoc on \(page.lastPathComponent):\n\(mandoc.output)")
      // UTF-8 pages go through preconv (-k) to the UTF-8 device, as man-db formats them.
      let groff = try ExternalTool.run(["groff", "-ww", "-man", "-z", "-k", "-Tutf8", page.path])
      #expect(groff.output == "" && groff.status == 0, "groff on \(page.lastPathComponent):\n\(groff.output)")
      let bytes = try Data(contentsOf: page)
      if bytes.allSatisfy({ $0 < 0x80 }) {
        let plain = try ExternalTool.run(["groff", "-ww", "-man", "-z", page.path])
        #expect(plain.output == "" && plain.status == 0, "groff (ASCII) on \(page.lastPathComponent):\n\(plain.output)")
      }
    }
  }

  @Test("lexgrog reads every NAME line as name - summary")
  func lexgrogParsesNames() throws {
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.sites[0].appendingPathComponent("cases.json"))) as! [String: Any]
    var summaries: [String: String] = [:]
    for item in json["cases"] as! [[String: Any]] { summaries[item["id"] as! String] = item["summary"] as? String }
    for page in Self.pages {
      let result = try ExternalTool.run(["lexgrog", page.path])
      #expect(result.status == 0, "lexgrog could not parse \(page.lastPathComponent): \(result.output)")
      let name = page.deletingPathExtension().lastPathComponent
      guard let summary = summaries[name] else { continue }
      // The summary's words without its Markdown (the seeded summaries mark only code spans);
      // lexgrog writes ", " after every comma of a whatis line; everything else is exact.
      #expect(summary.contains("`"), "\(name): a summary with code spans")
      let plain = summary.replacingOccurrences(of: "`", with: "")
      let expected = "\(name) - \(plain)".replacingOccurrences(of: ",(?! )", with: ", ", options: .regularExpression)
      #expect(result.output == "\(page.path): \"\(expected)\"\n")
    }
  }

  @Test("at 80 columns the header line's three parts stand apart: a long id is cut after a word there, and NAME keeps it whole")
  func headerFitsEightyColumns() throws {
    let site = Self.sites[0]
    let id = "crio-fedora41-wazero-linkname"
    let rendered = try ExternalTool.run(["man", "-l", site.appendingPathComponent("man/man7/\(id).7").path], environment: ["MANWIDTH": "80", "LANG": "C.UTF-8", "MAN_DISABLE_SECCOMP": "1"])
    #expect(rendered.status == 0, "\(rendered.output)")
    let lines = rendered.output.split(separator: "\n", omittingEmptySubsequences: false)
    let header = try #require(lines.first)
    #expect(header.split(separator: " ", omittingEmptySubsequences: true) == ["CRIO-FEDORA41-WAZERO(7)", "Casebook", "Knowledge", "Base", "CRIO-FEDORA41-WAZERO(7)"], "\(header)")
    #expect(header.count <= 80)
    #expect(lines.contains { $0.hasPrefix("       \(id) - ") }, "NAME keeps the whole id")
  }

  @Test("man -l shows every line of every code block verbatim")
  func codeBlocksVerbatim() throws {
    let sources = [
      Fixtures.repositoryRoot.appendingPathComponent("Content/cases/crio-fedora41-wazero-linkname.md"),
      SiteFixtures.sitesFolder.appendingPathComponent("roff-hostile/Content/cases/roff-hostile-case.md"),
    ]
    for (site, source) in zip(Self.sites, sources) {
      let id = source.deletingPathExtension().lastPathComponent
      let rendered = try ExternalTool.run(["man", "-l", site.appendingPathComponent("man/man7/\(id).7").path], environment: ["MANWIDTH": "120", "LANG": "C.UTF-8", "MAN_DISABLE_SECCOMP": "1"])
      #expect(rendered.status == 0, "\(rendered.output)")
      let shown = Set(rendered.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
      var inCode = false
      var checked = 0
      for line in try String(contentsOf: source, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("```") { inCode.toggle(); continue }
        guard inCode, !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
        var expanded = ""
        for character in line {
          if character == "\t" { expanded += String(repeating: " ", count: 8 - expanded.count % 8) } else { expanded.append(character) }
        }
        #expect(shown.contains(expanded.trimmingCharacters(in: .whitespaces)), "\(id): code line not shown verbatim: \(line)")
        checked += 1
      }
      #expect(checked >= 9)
    }
  }

  @Test("mandb indexes the pages and apropos finds a case by a word of its summary")
  func aproposFindsCases() throws {
    let folder = try Fixtures.temporaryFolder("casebook-mandb")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: Self.sites[0].appendingPathComponent("man/man7"), to: folder.appendingPathComponent("man7"))
    try FileManager.default.copyItem(at: Self.sites[0].appendingPathComponent("man/man1"), to: folder.appendingPathComponent("man1"))
    let mandb = try ExternalTool.run(["mandb", "--quiet", folder.path])
    #expect(mandb.status == 0, "\(mandb.output)")
    let english = try ExternalTool.run(["apropos", "-M", folder.path, "afterGoFunctionCallEntrypoint"], environment: ["LANG": "C.UTF-8"])
    #expect(english.output.contains("crio-fedora41-wazero-linkname (7)"), "\(english.output)")
    let chinese = try ExternalTool.run(["apropos", "-M", folder.path, "未定义"], environment: ["LANG": "C.UTF-8"])
    #expect(chinese.output.contains("crio-fedora41-wazero-linkname-zh (7)"), "\(chinese.output)")
    let whatis = try ExternalTool.run(["whatis", "-M", folder.path, "casebook"], environment: ["LANG": "C.UTF-8"])
    #expect(whatis.output.hasPrefix("casebook (1)"), "\(whatis.output)")
  }

  @Test("the seeded cases' man pages match their golden files", arguments: [
    "crio-fedora41-wazero-linkname", "crio-fedora41-wazero-linkname-zh", "crio-fedora44-wazero-dt-textrel", "casebook-cases",
  ])
  func goldenPages(id: String) throws {
    let page = try String(contentsOf: Self.sites[0].appendingPathComponent("man/man7/\(id).7"), encoding: .utf8)
    if let failure = GoldenFile.compare(page, golden: Self.golden.appendingPathComponent("\(id).7")) {
      Issue.record(Comment(rawValue: failure))
    }
  }

  @Test("casebook(1) documents every command and option the CLI has")
  func toolPage() throws {
    let page = try String(contentsOf: Self.sites[0].appendingPathComponent("man/man1/casebook.1"), encoding: .utf8)
    for command in ["build", "lint", "new", "show", "man install"] {
      #expect(page.contains(".SS \"casebook \(command)\""), "casebook.1 has a subsection for \(command)")
    }
    for option in ["\\-\\-output <dir>", "\\-\\-check", "\\-\\-format <format>", "\\-\\-title <title>", "\\-\\-runbook", "\\-\\-prefix <dir>"] {
      #expect(page.contains(option), "casebook.1 documents \(option)")
    }
    #expect(!page.contains("\\-\\-date"), "hidden options stay hidden")
  }

  @Test("man install copies the pages, builds the whatis index and says how to reach them")
  func manInstall() throws {
    let prefix = try Fixtures.temporaryFolder("casebook-man-install")
    defer { try? FileManager.default.removeItem(at: prefix) }
    let result = try CasebookProcess.run(["man", "install", "--prefix", prefix.path], in: Fixtures.repositoryRoot, environment: ["MANPATH": "/usr/share/man"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Installed 5 pages under \(prefix.path) (man1, man7); whatis database updated.\n"))
    #expect(result.stdout.contains("is not on your MANPATH"))
    #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("man7/crio-fedora41-wazero-linkname.7").path))
    let whatis = try ExternalTool.run(["whatis", "-M", prefix.path, "crio-fedora44-wazero-dt-textrel"], environment: ["LANG": "C.UTF-8"])
    #expect(whatis.output.hasPrefix("crio-fedora44-wazero-dt-textrel (7)"), "\(whatis.output)")
  }

  @Test("man install and show keep Chinese text for a user with no locale set", arguments: [["LANG": "", "LC_ALL": ""], ["LANG": "C", "LC_ALL": ""]])
  func noLocale(locale: [String: String]) throws {
    let prefix = try Fixtures.temporaryFolder("casebook-man-install")
    defer { try? FileManager.default.removeItem(at: prefix) }
    let install = try CasebookProcess.run(["man", "install", "--prefix", prefix.path], in: Fixtures.repositoryRoot, environment: locale.merging(["MANPATH": "/usr/share/man"]) { $1 })
    #expect(install.status == 0, "\(install.stderr)")
    // The index holds the summary as written (read back in a UTF-8 locale).
    let whatis = try ExternalTool.run(["whatis", "-M", prefix.path, "crio-fedora41-wazero-linkname-zh"])
    #expect(whatis.output.contains("Fedora 的 %gobuild 以 GOPATH 模式"), "\(whatis.output)")
    // `show` on a terminal (script(1) gives it one) goes through man, which shows the text.
    let command = "\(CasebookProcess.executable.path) show crio-fedora41-wazero-linkname-zh"
    let shown = try ExternalTool.run(["script", "-qec", command, "/dev/null"], environment: locale.merging(["MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "100", "MAN_DISABLE_SECCOMP": "1"]) { $1 })
    #expect(shown.status == 0, "\(shown.output)")
    #expect(shown.output.contains("Fedora 41"), "\(shown.output)")
    #expect(shown.output.contains("链接失败"), "man dropped the Chinese text: \(shown.output)")
  }

  @Test("show prints a case as text, its runbook as numbered steps, and suggests near ids")
  func show() throws {
    let root = Fixtures.repositoryRoot
    let text = try CasebookProcess.run(["show", "crio-fedora44-wazero-dt-textrel"], in: root)
    #expect(text.status == 0)
    for heading in ["SYMPTOM", "BACKGROUND", "ROOT CAUSE", "SOLUTIONS", "VALIDATION", "LESSONS", "REFERENCES"] {
      #expect(text.stdout.contains("\n\(heading)\n"), "show prints \(heading)")
    }
    #expect(text.stdout.contains("    %global __golang_extldflags -Wl,-z,undefs -Wl,-z,notext\n"))
    let runbook = try CasebookProcess.run(["show", "crio-fedora44-wazero-dt-textrel", "--runbook"], in: root)
    // The recommended fix leads; a spec line is a step to tick, a shell command one to run.
    #expect(runbook.stdout.contains("\nSolution 2: Build in module mode (recommended, not adopted)\n"))
    #expect(runbook.stdout.range(of: "Solution 2:")!.lowerBound < runbook.stdout.range(of: "Solution 1:")!.lowerBound)
    #expect(runbook.stdout.contains("Solution 1: Also accept text relocations (adopted in cri-o1.34)\n"))
    #expect(runbook.stdout.contains("  [ ] 1. %global __golang_extldflags -Wl,-z,undefs -Wl,-z,notext\n"))
    #expect(runbook.stdout.contains("  [ ] 1. Run:\n         readelf -d /usr/bin/crio | grep -i textrel\n"))
    #expect(!runbook.stdout.contains("Run:\n         %global"))
    #expect(!runbook.stdout.contains("SYMPTOM"))
    let missing = try CasebookProcess.run(["show", "crio-fedora44-wazero-dt-textre"], in: root)
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: no case 'crio-fedora44-wazero-dt-textre'; did you mean 'crio-fedora44-wazero-dt-textrel'?\n")
  }
}
