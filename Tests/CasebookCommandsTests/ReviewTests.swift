// Review dates: `casebook lint` on a given day (CB063, CB064, --stale, --fail-on-stale), and the case
// page telling the reader, as of the day it is read, how old the review is.

import CasebookCommands
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite struct ReviewTests {
  /// The seeded cases, one never reviewed since 2025-01-10, one reviewed with its own interval.
  static func project() throws -> URL {
    let project = try SiteFixtures.project()
    let cases = project.appendingPathComponent("Content/cases")
    let textrel = cases.appendingPathComponent("crio-fedora44-wazero-dt-textrel.md")
    try (try String(contentsOf: textrel, encoding: .utf8)).replacingOccurrences(of: "\ndate: 2026-11-26\n", with: "\ndate: 2025-01-10\n")
      .write(to: textrel, atomically: false, encoding: .utf8)
    let chinese = cases.appendingPathComponent("crio-fedora41-wazero-linkname-zh.md")
    try (try String(contentsOf: chinese, encoding: .utf8)).replacingOccurrences(of: "\ndate: 2026-11-26\n", with: "\ndate: 2025-06-10\nreviewed: {date: 2025-08-01, by: Wei Zhang}\nreview_every: 90d\n")
      .write(to: chinese, atomically: false, encoding: .utf8)
    return project
  }

  func lint(_ project: URL, _ arguments: [String]) throws -> LintReport {
    try Casebook.Lint.parse(["--project", project.path, "--full"] + arguments).execute()
  }

  @Test("lint warns about each case past its review date, at its 'reviewed' line or the file's start, and passes")
  func overdueWarnings() throws {
    let project = try Self.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let report = try lint(project, ["--today", "2026-12-04"])
    #expect(report.succeeded)
    #expect(report.diagnostics.map { $0.description.replacingOccurrences(of: project.path + "/", with: "") } == [
      "Content/cases/crio-fedora41-wazero-linkname-zh.md:5:18: warning: last reviewed 2025-08-01, 490 days ago; its review was due 2025-10-30 (every 90d): check the case, then set 'reviewed: 2026-12-04' [CB063]",
      "Content/cases/crio-fedora44-wazero-dt-textrel.md:1:1: warning: last reviewed 2025-01-10, 693 days ago; its review was due 2026-01-10 (every 1y): check the case, then set 'reviewed: 2026-12-04' [CB063]",
    ])
    #expect(try lint(project, ["--today", "2025-10-30"]).diagnostics.map(\.rule) == [.futureDate], "due on the day is not yet overdue (the case dated 2026-11-26 is after that day)")
    #expect(try lint(project, ["--today", "2026-12-04", "--no-review-check"]).diagnostics.isEmpty)
  }

  @Test("lint warns at a 'date', 'updated' or 'reviewed' more than a day after the day, not in --stale's list, and passes")
  func futureDates() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let english = project.appendingPathComponent("Content/cases/crio-fedora41-wazero-linkname.md")
    try (try String(contentsOf: english, encoding: .utf8))
      .replacingOccurrences(of: "\ndate: 2026-11-26\n", with: "\ndate: 2026-11-26\nupdated: 2026-12-10\nreviewed: {date: 2026-12-11, by: ana}\n")
      .write(to: english, atomically: false, encoding: .utf8)
    let report = try lint(project, ["--today", "2026-11-24"])
    #expect(report.succeeded)
    #expect(report.diagnostics.map { $0.description.replacingOccurrences(of: project.path + "/", with: "") } == [
      "Content/cases/crio-fedora41-wazero-linkname-zh.md:4:7: warning: 'date' 2026-11-26 is after today, 2026-11-24: write the day it happened [CB064]",
      "Content/cases/crio-fedora41-wazero-linkname.md:4:7: warning: 'date' 2026-11-26 is after today, 2026-11-24: write the day it happened [CB064]",
      "Content/cases/crio-fedora41-wazero-linkname.md:5:10: warning: 'updated' 2026-12-10 is after today, 2026-11-24: write the day it was revised [CB064]",
      "Content/cases/crio-fedora41-wazero-linkname.md:6:18: warning: 'reviewed' 2026-12-11 is after today, 2026-11-24: write the day it was reviewed [CB064]",
      "Content/cases/crio-fedora44-wazero-dt-textrel.md:4:7: warning: 'date' 2026-11-26 is after today, 2026-11-24: write the day it happened [CB064]",
    ])
    #expect(
      try lint(project, ["--today", "2026-12-09"]).diagnostics.map(\.message) == ["'reviewed' 2026-12-11 is after today, 2026-12-09: write the day it was reviewed"],
      "the day after is let pass (time zones)")
    #expect(try lint(project, ["--today", "2026-11-24", "--no-review-check"]).diagnostics.isEmpty)
    #expect(try lint(project, ["--today", "2026-11-24", "--stale"]).diagnostics.isEmpty, "--stale lists cases past their review date only")
  }

  @Test("lint --stale lists only the overdue cases, the longest overdue first, and fails only with --fail-on-stale")
  func staleList() throws {
    let project = try Self.project()
    defer { try? FileManager.default.removeItem(at: project) }
    // A mistake elsewhere is not part of the list.
    let english = project.appendingPathComponent("Content/cases/crio-fedora41-wazero-linkname.md")
    try (try String(contentsOf: english, encoding: .utf8)).replacingOccurrences(of: "\ntags: [", with: "\ntagz: [").write(to: english, atomically: false, encoding: .utf8)
    let stale = try lint(project, ["--today", "2026-12-04", "--stale"])
    #expect(stale.succeeded)
    #expect(stale.diagnostics.map(\.rule) == [.reviewOverdue, .reviewOverdue])
    #expect(stale.diagnostics.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["crio-fedora41-wazero-linkname-zh.md", "crio-fedora44-wazero-dt-textrel.md"])
    // On 2026-01-20 only the Chinese case is due (2025-10-30); the other runs out on 2026-01-10, so both, the older due first.
    let later = try lint(project, ["--today", "2026-01-20", "--stale", "--fail-on-stale"])
    #expect(!later.succeeded && later.diagnostics.count == 2)
    let early = try lint(project, ["--today", "2025-12-01", "--stale", "--fail-on-stale"])
    #expect(!early.succeeded && early.diagnostics.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["crio-fedora41-wazero-linkname-zh.md"])
    #expect(try lint(project, ["--today", "2025-10-01", "--stale", "--fail-on-stale"]).succeeded)
    #expect(throws: (any Error).self) { try Casebook.Lint.parse(["--fail-on-stale"]) }
    #expect(throws: (any Error).self) { try Casebook.Lint.parse(["--today", "2026-13-01"]) }
  }

  @Test("the case page gives the review date, and in Chromium how long ago it was and that it needs review")
  func pageShowsReviewAge() throws {
    let project = try Self.project()
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(try SiteFixtures.buildReport(project).outcome == .built)
    let page = project.appendingPathComponent("Site/cases/crio-fedora41-wazero-linkname-zh/index.html")
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(html.contains(#"<dd class="review" data-due="2025-10-30" data-ago="%d 天前" data-needs-review="需要复核"><time datetime="2025-08-01">2025-08-01</time> · 复核人 Wei Zhang · 复核周期 90d</dd>"#))
    let dom = try ExternalTool.chromiumDOM(page.absoluteString)
    let days = Calendar(identifier: .gregorian).dateComponents([.day], from: ISO8601DateFormatter().date(from: "2025-08-01T00:00:00Z")!, to: Date()).day!
    #expect(dom.contains("<span class=\"review-age\"> (\(days) 天前)</span>") || dom.contains("<span class=\"review-age\"> (\(days + 1) 天前)</span>"), "the age, as of today")
    #expect(dom.contains("<strong class=\"needs-review\">需要复核</strong>"))
    let fresh = try ExternalTool.chromiumDOM(project.appendingPathComponent("Site/cases/crio-fedora41-wazero-linkname/index.html").absoluteString)
    #expect(fresh.contains("class=\"review-age\"") && !fresh.contains("needs-review\">"), "reviewed less than a year ago (until 2027-11-26)")
    // The search page's review filter, as of today, and its state in the address.
    let search = try ExternalTool.chromiumDOM(project.appendingPathComponent("Site/search.html").absoluteString + "?q=wazero&review=needed")
    #expect(search.contains("2 cases match."), "the Chinese case and the follow-up are due")
    #expect(search.contains("<option value=\"needed\" selected") || search.contains("Needs review (2)"))
    #expect(!search.contains(">CRI-O 1.32 RPM fails to link on Fedora 41 and Rawhide with undefined wazero entry points<"))
  }
}
