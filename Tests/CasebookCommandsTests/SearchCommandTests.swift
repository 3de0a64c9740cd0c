// `casebook search` end to end: output, exit codes, standard input, and index freshness.

import CasebookTestSupport
import Foundation
import Testing

@Suite struct SearchCommandTests {
  @Test("search prints ranked results, and exits 1 when nothing matches")
  func textAndExitCodes() throws {
    let root = Fixtures.repositoryRoot
    let found = try CasebookProcess.run(["search", "afterGoFunctionCallEntrypoint"], in: root)
    #expect(found.status == 0)
    #expect(found.stdout.hasPrefix("1. crio-fedora41-wazero-linkname  CRI-O 1.32 RPM fails to link"))
    #expect(found.stdout.contains("   Symptom · Site/cases/crio-fedora41-wazero-linkname/index.html#symptom\n"))
    let none = try CasebookProcess.run(["search", "zzzzqqqqxxxx"], in: root)
    #expect(none.status == 1)
    #expect(none.stderr == "No case matches.\n")
    let flag = try CasebookProcess.run(["search", "-Wl,-z,notext", "--limit", "1", "--json"], in: root)
    #expect(flag.status == 0, "a query that looks like an option is still a query")
    #expect(flag.stdout.contains("\"id\" : \"crio-fedora44-wazero-dt-textrel\""))
  }

  @Test("search refuses an empty query, an unknown status and more than 1 MiB of input, each with one clear line")
  func refusals() throws {
    let root = Fixtures.repositoryRoot
    let empty = try CasebookProcess.run(["search", ""], in: root)
    #expect(empty.status == 64 && empty.stderr.hasPrefix("Error: Give a query, or - to read one from standard input.\n"), "\(empty.stderr)")
    let status = try CasebookProcess.run(["search", "wazero", "--status", "resolvd"], in: root)
    #expect(status.status == 64 && status.stderr.hasPrefix("Error: --status 'resolvd' is not one of resolved, workaround, open; did you mean 'resolved'?\n"), "\(status.stderr)")
    let blank = try CasebookProcess.run(["search", "-"], in: root, input: "  \n\n")
    #expect(blank.status == 64 && blank.stderr == "error: standard input is empty; paste a log or an error line into it\n")
    let huge = try CasebookProcess.run(["search", "-"], in: root, input: String(repeating: "wazero entrypoint\n", count: 60_000))
    #expect(huge.status == 64 && huge.stderr == "error: standard input holds more than 1 MiB; give the lines around the error\n", "\(huge.stderr)")
  }

  @Test("search - reads a pasted log from standard input and filters by facet")
  func standardInputAndFilters() throws {
    let log = """
      + /usr/bin/go build -buildmode pie -compiler gc -tags="rpm_crashtraceback" -ldflags "-linkmode=external"
      /usr/bin/ld: /tmp/go-link-31337/go.o: warning: relocation against `github.com/tetratelabs/wazero/internal/engine/wazevo/backend/isa/amd64.entrypoint' in read-only section `.text'
      /usr/bin/ld: warning: creating DT_TEXTREL in a PIE
      make: *** [Makefile:42: bin/crio] Error 1

      """
    let result = try CasebookProcess.run(["search", "--json", "-"], in: Fixtures.repositoryRoot, input: log)
    #expect(result.status == 0)
    let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    #expect(items.first?["id"] as? String == "crio-fedora44-wazero-dt-textrel", "two of its signatures are in the log")
    #expect(items.first?["section"] as? String == "signatures")
    let filtered = try CasebookProcess.run(["search", "--json", "--tag", "textrel", "wazero"], in: Fixtures.repositoryRoot)
    let ids = (try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(ids == ["crio-fedora44-wazero-dt-textrel"])
  }

  @Test("search answers from Content/ when the built index is stale")
  func staleIndexFallsBackToContent() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    try SiteFixtures.build(project)
    let file = project.appendingPathComponent("Content/cases/crio-fedora44-wazero-dt-textrel.md")
    let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "## Lessons\n", with: "## Lessons\n\nThe word xylophonequux appears only after the build.\n")
    try text.write(to: file, atomically: false, encoding: .utf8)
    let result = try CasebookProcess.run(["search", "xylophonequux"], in: project)
    #expect(result.status == 0, "the new word is found although Site/search predates it")
    #expect(result.stdout.hasPrefix("1. crio-fedora44-wazero-dt-textrel"))
  }
}
