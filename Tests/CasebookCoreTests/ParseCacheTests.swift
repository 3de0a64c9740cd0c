// The parse results a build keeps for the next one read back as they were.

@testable import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite struct ParseCacheTests {
  @Test("parse results read back as they were, without their bodies and sections; damaged bytes are refused")
  func roundTrip() throws {
    let folder = Fixtures.repositoryRoot.appendingPathComponent("Content/cases")
    var files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
      SourceFile(path: "Content/cases/\($0)", bytes: Array(try Data(contentsOf: folder.appendingPathComponent($0))))
    }
    // A warning, an error (no record), references, an update date, a language, alternatives.
    let text = String(decoding: files[1].bytes, as: UTF8.self)
    files.append(SourceFile(path: "Content/cases/with-warning.md", text: text.replacingOccurrences(of: "tags: [go, ", with: "tags: [go, go, ")))
    files.append(SourceFile(path: "Content/cases/broken.md", text: "---\ntitle: T\n---\n\n## Symptom\n"))
    let config = SiteConfig(title: "T", description: "D")
    let loaded = files.map { CaseLoader(config: config).load($0) }
    #expect(loaded.contains { $0.record == nil } && loaded.contains { !$0.diagnostics.collected.all.isEmpty && $0.record != nil })
    let cache = ParseCache(loaded, digests: Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.digest) }))
    let bytes = cache.bytes
    let read = try #require(ParseCache(bytes: bytes))
    #expect(read.entries.keys.sorted() == files.map(\.path).sorted())
    for (original, file) in zip(loaded, files) {
      let entry = try #require(read.entries[file.path])
      #expect(entry.digest == file.digest)
      #expect(entry.loaded.file == original.file && entry.loaded.id == original.id && entry.loaded.related == original.related)
      #expect(entry.loaded.diagnostics.collected.all == original.diagnostics.collected.all)
      #expect(entry.loaded.record?.frontMatter == original.record?.frontMatter)
      #expect(entry.loaded.record?.sections == (original.record == nil ? nil : []), "a build outlines the body again where it renders it")
      #expect(entry.loaded.record.map { ($0.id, $0.file, $0.sourceDigest, $0.body) } ?? (CaseID(rawValue: "none")!, "", 0, "") ==
        original.record.map { ($0.id, $0.file, $0.sourceDigest, "") } ?? (CaseID(rawValue: "none")!, "", 0, ""))
      if let record = original.record { #expect(CaseLoader.body(of: file) == record.body, "the body read again is the one parsed") }
    }
    // Saved again by the next build: the same entries give the same bytes, an edited file's a new entry.
    #expect(read.bytes == bytes)
    var edited = files
    edited[0] = SourceFile(path: files[0].path, text: String(decoding: files[0].bytes, as: UTF8.self) + "\nOne more line.\n")
    let reloaded = edited.map { CaseLoader(config: config).load($0) }
    let again = ParseCache(reloaded, digests: Dictionary(uniqueKeysWithValues: edited.map { ($0.path, $0.digest) }))
    #expect(again.bytes != bytes)
    // An entry whose body a build has not checked yet is not saved.
    let unchecked = ParseCache(files.map { CaseLoader(config: config).load($0, checkingBody: false) }, digests: Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.digest) }))
    #expect(ParseCache(bytes: unchecked.bytes)?.entries.keys.sorted() == ["Content/cases/broken.md"], "only the file whose front matter failed (its body checked at once)")
    #expect(ParseCache(bytes: Array(bytes.dropLast())) == nil)
    #expect(ParseCache(bytes: bytes + [1]) == nil)
    #expect(ParseCache(bytes: Array(bytes.prefix(40))) == nil)
  }
}
