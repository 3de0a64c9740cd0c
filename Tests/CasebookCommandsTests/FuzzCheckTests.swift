// The fuzz targets' checks on their seeds and on inputs that once broke something.

import CasebookFuzz
import CasebookTestSupport
import Foundation
import Testing

@Suite struct FuzzCheckTests {
  /// The seeds `.ci/fuzz` starts each target from: every lint fixture and every case of the
  /// repository, whole for the loader, their lines for the query target, their bodies for the
  /// roff and HTML targets; and the regression inputs kept beside them.
  static func seeds(for check: FuzzCheck) throws -> [(name: String, bytes: [UInt8])] {
    let root = Fixtures.repositoryRoot
    var files: [URL] = []
    let runbooks = check == .importer ? ["Tests/CasebookCommandsTests/Fixtures/import/alert-runbooks", "Tests/CasebookCommandsTests/Fixtures/import/problem-solution"] : []
    for folder in ["Tests/CasebookCommandsTests/Fixtures/lint/valid", "Tests/CasebookCommandsTests/Fixtures/lint/invalid", "Content/cases"] + runbooks {
      let url = root.appendingPathComponent(folder)
      files += try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".md") }.sorted().map { url.appendingPathComponent($0) }
    }
    var seeds: [(String, [UInt8])] = []
    for file in files {
      let bytes = Array(try Data(contentsOf: file))
      switch check {
      case .loader, .importer: seeds.append((file.lastPathComponent, bytes))
      case .query:
        // Every fifth line of some length: queries, signatures, prose, commands.
        let lines: [Substring] = String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { $0.count >= 10 }
        for (number, line) in lines.enumerated() where number % 5 == 0 { seeds.append(("\(file.lastPathComponent), line seed \(number)", Array(line.utf8))) }
      case .roff, .html:
        let text = String(decoding: bytes, as: UTF8.self)
        let body = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        seeds.append((file.lastPathComponent, Array((body.isEmpty ? text : body).utf8)))
      }
    }
    let regressions = Fixtures.folder(of: #filePath).appendingPathComponent("Fixtures/fuzz/\(check.rawValue)")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: regressions.path))?.sorted() ?? [] {
      seeds.append((name, Array(try Data(contentsOf: regressions.appendingPathComponent(name)))))
    }
    return seeds
  }

  /// Inputs every check must take: the shapes that once hung or broke a tool.
  static let hostile: [String] = [
    "", "\u{0}", "---\n", "---\n---\n", String(repeating: "[", count: 10_000), String(repeating: "> ", count: 300) + "deep",
    String(repeating: "- ", count: 300) + "deep", "line\\\nbreak  \nend", ".TH evil\n'\\\" evil\n.so /etc/passwd", "<script>alert(1)</script>\n\n<!-- open",
    "[x](javascript:alert(1)) ![y](vbscript:z) <a href=\"javascript:q\">q</a>", "```\nunclosed", "\u{FEFF}---\r\ntitle: \"\\xff\"\r\n---\r\n", "日本語の**強調**と`コード`\r\rmixed",
  ]

  @Test("every seed and every hostile input passes each fuzz target's checks", arguments: FuzzCheck.allCases)
  func seedsPass(check: FuzzCheck) throws {
    let seeds = try Self.seeds(for: check)
    #expect(seeds.count >= 30, "seeds for \(check)")
    let hostile = Self.hostile.map { (name: "hostile", bytes: Array($0.utf8)) } + [("invalid UTF-8", [0xFF, 0xFE, 0x0A, 0xC3])]
    for (name, bytes) in seeds + hostile {
      #expect(check.run(bytes) == [], "\(check) on \(name)")
    }
  }

  @Test("the checks find what they look for: a broken invariant is reported, not passed")
  func checksCanFail() {
    // The HTML allow-list and the roff request list are what the checks compare against;
    // an element, an attribute or a request outside them is named.
    #expect(FuzzCheck.html.run(Array("<p>fine</p>".utf8)) == [])
    #expect(FuzzCheck.problems(inHTML: "<p><script>x</script></p>") == ["element <script>", "element </script>"])
    #expect(FuzzCheck.problems(inHTML: "<a onclick=\"x\" href=\"y\">") == ["attribute onclick in <a onclick=\"x\" href=\"y\">"])
    #expect(FuzzCheck.problems(inHTML: "<a href=\"JavaScript:x\">") == ["a javascript: link in <a href=\"JavaScript:x\">"])
    #expect(FuzzCheck.problems(inHTML: "<p><!-- raw HTML omitted -->\u{301}x</p>") == [], "a combining mark after a comment does not hide its end")
    #expect(FuzzCheck.problems(inHTML: "<p><!-- open") == ["a comment left open"])
    #expect(FuzzCheck.problems(inRoff: ".PP\n.so /etc/passwd\n'br\ntext") == ["line 2 is a request the writer does not make: .so /etc/passwd", "line 3 starts with ': 'br"])
  }
}
