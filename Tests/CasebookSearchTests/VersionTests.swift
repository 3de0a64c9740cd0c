// Versions and ranges as `applies_to`, `fixed_in` and `--where` read them: the vectors that
// search.js passes too (SearchBrowserTests).

import CasebookCore
import CasebookSearch
import Foundation
import Testing

struct VersionTests {
  struct Vectors: Decodable {
    struct RangeCase: Decodable { var range: String; var normalized: [[String]]; var `in`: [String]; var out: [String] }
    struct ErrorCase: Decodable { var range: String; var reason: String }
    var versions: [[String?]]
    var ranges: [RangeCase]
    var errors: [ErrorCase]
  }

  static let vectors = try! JSONDecoder().decode(Vectors.self, from: Data(contentsOf: SearchFixtures.folder.appendingPathComponent("versions.json")))

  @Test("a version is read as written: epochs and package releases dropped, pre-releases kept, names lowercased")
  func versions() {
    for pair in Self.vectors.versions {
      #expect(ComponentVersion(pair[0]!)?.description == pair[1], "\(pair[0]!)")
    }
  }

  @Test("a range admits exactly the versions it says, in the normalized form the index stores")
  func ranges() throws {
    for vector in Self.vectors.ranges {
      let range = try VersionRange.parse(vector.range).get()
      #expect(range.normalized == vector.normalized, "\(vector.range)")
      for text in vector.in { #expect(range.contains(try #require(ComponentVersion(text))), "\(vector.range) contains \(text)") }
      for text in vector.out { #expect(!range.contains(try #require(ComponentVersion(text))), "\(vector.range) leaves out \(text)") }
      // The stored form admits the same versions, and the parse cache keeps the range as it is.
      for text in vector.in { #expect(VersionRange.contains(normalized: vector.normalized, try #require(ComponentVersion(text))), "stored \(vector.range) contains \(text)") }
      for text in vector.out { #expect(!VersionRange.contains(normalized: vector.normalized, try #require(ComponentVersion(text))), "stored \(vector.range) leaves out \(text)") }
      #expect(try JSONDecoder().decode(VersionRange.self, from: JSONEncoder().encode(range)) == range, "\(vector.range) round trip")
    }
  }

  @Test("a range that cannot be read says why")
  func rangeErrors() {
    for vector in Self.vectors.errors {
      #expect(throws: VersionRange.RangeError(reason: vector.reason), "\(vector.range)") { try VersionRange.parse(vector.range).get() }
    }
  }

  @Test("review intervals are calendar spans", arguments: [
    ("6mo", "2026-08-31", "2027-02-28"), ("1y", "2024-02-29", "2025-02-28"), ("2w", "2026-12-25", "2027-01-08"),
    ("90 days", "2026-12-04", "2027-03-04"), ("1 year", "2026-01-01", "2027-01-01"),
  ])
  func intervals(written: String, from: String, until: String) throws {
    let interval = try #require(ReviewInterval(written))
    #expect(interval.after(try #require(CaseDate(from))).description == until)
    #expect(ReviewInterval("6 monts") == nil && ReviewInterval("0d") == nil && ReviewInterval("-1y") == nil)
  }

  @Test("day numbers count from 1970-01-01 both ways")
  func dayNumbers() throws {
    #expect(try #require(CaseDate("1970-01-01")).dayNumber == 0)
    #expect(try #require(CaseDate("2026-12-04")).dayNumber == 20_791)
    for number in stride(from: -800_000, to: 3_000_000, by: 997) {
      let clamped = min(max(number, -719_162), 2_932_896)
      #expect(CaseDate(dayNumber: number).dayNumber == clamped)
    }
  }
}

/// `--where`: both the repository's cases (true ranges, no known fix) and a made-up pair where
/// one case has the fix.
struct VersionFilterTests {
  func ids(_ index: SearchIndex, _ query: String, _ conditions: [String]) throws -> [String] {
    try SearchEngine(source: index).search(query, filters: SearchFilters(versions: conditions.map { try #require(VersionCondition($0)) })).results.map {
      index.documents[$0.document].id + ($0.fixedIn.map { " (fixed in \($0))" } ?? "")
    }
  }

  @Test("the seeded cases apply from CRI-O 1.32.0 on, to the Fedora releases they name")
  func seededRanges() throws {
    let index = SearchFixtures.index
    #expect(try ids(index, "undefined reference", ["cri-o=1.31.9"]).isEmpty)
    #expect(try Set(ids(index, "undefined reference", ["cri-o=1.32.4"])) == ["crio-fedora41-wazero-linkname", "crio-fedora41-wazero-linkname-zh", "crio-fedora44-wazero-dt-textrel"])
    #expect(try Set(ids(index, "wazero", ["fedora=42"])) == ["crio-fedora41-wazero-linkname", "crio-fedora41-wazero-linkname-zh"])
    #expect(try Set(ids(index, "wazero", ["fedora=Rawhide", "cri-o=0:1.33.0-1.fc42"])).count == 3)
    #expect(try ids(index, "wazero", ["podman=5.0"]).isEmpty, "no case is about podman")
    let results = try SearchEngine(source: index).search("undefined reference", filters: SearchFilters(versions: [try #require(VersionCondition("cri-o=1.31.9"))]))
    #expect(results.outsideVersions == 3)
    // Reviews: recorded 2026-11-26, every year.
    #expect(try SearchEngine(source: index).search("wazero", filters: SearchFilters(needsReview: CaseDate("2027-11-26"))).results.isEmpty)
    #expect(try SearchEngine(source: index).search("wazero", filters: SearchFilters(needsReview: CaseDate("2027-11-27"))).results.count == 3)
  }

  @Test("a case fixed in the version asked about comes after those that still apply, and says so")
  func fixedComesLast() throws {
    func document(_ id: String, _ title: String, applies: [String: [[String]]]?, fixed: [String: String]?) -> SearchDocument {
      SearchDocument(
        id: id, url: "cases/\(id)/index.html", title: title, summary: "", status: "open", lang: "en", date: "2026-01-0\(id.count % 9 + 1)",
        components: ["cri-o"], tags: [], environment: [], signatures: [], sections: [], appliesTo: applies, fixedIn: fixed)
    }
    let index = SearchIndexBuilder.build([
      document("fixed-early", "wazero link failure wazero wazero", applies: ["cri-o": [[">=1.32.0"]]], fixed: ["cri-o": "1.33.0"]),
      document("still-open", "wazero link failure", applies: ["cri-o": [[">=1.32.0"]]], fixed: nil),
      document("old-only", "wazero wazero wazero", applies: ["cri-o": [[">=1.30.0", "<1.32.0-0"]]], fixed: nil),
    ], contentHash: "test")
    #expect(try ids(index, "wazero", ["cri-o=1.32.9"]) == ["fixed-early", "still-open"])
    #expect(try ids(index, "wazero", ["cri-o=1.33.0"]) == ["still-open", "fixed-early (fixed in cri-o 1.33.0)"])
    #expect(try ids(index, "wazero", ["cri-o=1.34.0-rc.1"]) == ["still-open", "fixed-early (fixed in cri-o 1.33.0)"])
    #expect(try ids(index, "wazero", ["cri-o=1.31.2"]) == ["old-only"])
    #expect(VersionCondition("cri-o") == nil && VersionCondition("CRI O=1") == nil && VersionCondition("cri-o=1.2.3.4") == nil)
  }
}
