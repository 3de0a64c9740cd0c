// Reading a file's bytes: what ContentReader hands to the parser, or why it cannot.

@testable import CasebookCommands
import CasebookTestSupport
import Foundation
import Testing

@Suite struct ContentReaderTests {
  @Test("a case file whose name is not UTF-8 is reported as a bad name, with a name to give it, not as unreadable")
  func nonUTF8FileName() throws {
    let project = try SiteFixtures.project()
    defer { try? FileManager.default.removeItem(at: project) }
    let cases = project.appendingPathComponent("Content/cases").path
    let name = Array("\(cases)/caf".utf8) + [0xE9] + Array("-Crash.md".utf8) + [0]
    let file = name.withUnsafeBufferPointer { fopen(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), "w") }
    try #require(file != nil)
    fputs("---\ntitle: T\n---\n", file)
    fclose(file)
    let report = try Casebook.Lint.parse(["--project", project.path]).execute()
    #expect(report.diagnostics.map { "\($0.file.split(separator: "/").suffix(3).joined(separator: "/")):\($0.position.line):\($0.position.column): \($0.message)" } == [
      "Content/cases/caf\u{FFFD}-Crash.md:1:1: file name is not UTF-8 (shown with \u{FFFD} for the bytes that are not); rename it with lowercase letters, digits and dashes, as 'caf-crash.md'"
    ])
  }

  @Test("a file is read whole up to the limit; a larger one gives its size; a folder, a pipe or a missing file cannot be read")
  func contents() throws {
    let folder = try Fixtures.temporaryFolder("casebook-read")
    defer { try? FileManager.default.removeItem(at: folder) }
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
      let path = folder.appendingPathComponent(name).path
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      return path
    }
    let text = Array("---\ntitle: T\n---\n".utf8)
    #expect(ContentReader.contents(of: try write("a.md", text), limit: 100) == .bytes(text))
    #expect(ContentReader.contents(of: try write("empty.md", []), limit: 100) == .bytes([]))
    let full = [UInt8](repeating: 0x61, count: 100)
    #expect(ContentReader.contents(of: try write("full.md", full), limit: 100) == .bytes(full))
    #expect(ContentReader.contents(of: try write("over.md", full + [0x62]), limit: 100) == .tooLarge(101))
    #expect(ContentReader.contents(of: folder.path, limit: 100) == .unreadable)
    #expect(ContentReader.contents(of: folder.appendingPathComponent("none.md").path, limit: 100) == .unreadable)
    let pipe = folder.appendingPathComponent("pipe.md").path
    #expect(mkfifo(pipe, 0o644) == 0)
    #expect(ContentReader.contents(of: pipe, limit: 100) == .unreadable, "a named pipe with no writer, at once")
    // A file whose size the system gives as 0 is still read to its end.
    guard case .bytes(let status) = ContentReader.contents(of: "/proc/self/status", limit: 1 << 20) else {
      Issue.record("/proc/self/status could not be read")
      return
    }
    #expect(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
    // ... and no more than one byte past the limit of it.
    guard case .bytes(let cut) = ContentReader.contents(of: "/proc/self/status", limit: 10) else {
      Issue.record("/proc/self/status could not be read")
      return
    }
    #expect(cut.count == 11 && cut == Array(status.prefix(11)))
  }
}
