// Helpers for the site tests: scratch projects, builds and a walk over the built files.

import CasebookBench
import CasebookCommands
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

enum SiteFixtures {
  static let sitesFolder = Fixtures.folder(of: #filePath).appendingPathComponent("Fixtures/sites")

  /// A scratch project with the repository's templates and the given (or the repository's) content.
  static func project(content: URL? = nil) throws -> URL {
    let project = try Fixtures.temporaryFolder("casebook-site")
    let root = Fixtures.repositoryRoot
    try FileManager.default.copyItem(at: root.appendingPathComponent("Templates"), to: project.appendingPathComponent("Templates"))
    try FileManager.default.copyItem(at: content ?? root.appendingPathComponent("Content"), to: project.appendingPathComponent("Content"))
    return project
  }

  /// A scratch folder for a site the test writes itself, and the path of its `Site/`.
  static func scratchSite(_ name: String) throws -> (folder: URL, site: String) {
    let folder = try Fixtures.temporaryFolder(name)
    return (folder, folder.appendingPathComponent("Site").path)
  }

  /// Rendered files with these paths and texts, in this order.
  static func output(_ files: KeyValuePairs<String, String>) -> SiteOutput {
    var output = SiteOutput()
    for (path, text) in files { output.add(path: path, text: text) }
    return output
  }

  /// A scratch project with the repository's templates and `count` cases from the benchmark's
  /// corpus generator (stop terms, Chinese cases, similar cases).
  static func generatedProject(count: Int) throws -> URL {
    let project = try Fixtures.temporaryFolder("casebook-corpus")
    var generator = CorpusGenerator(count: count)
    for file in generator.files() {
      let url = project.appendingPathComponent("Content/" + file.path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try file.text.write(to: url, atomically: false, encoding: .utf8)
    }
    try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("Templates"), to: project.appendingPathComponent("Templates"))
    return project
  }

  /// Builds the project again from scratch into `Clean/` and records every file of `Site/`
  /// that differs from it; returns the files of `Site/`.
  @discardableResult
  static func expectSiteEqualsCleanBuild(_ project: URL, after edit: String) throws -> [String: Data] {
    #expect(try buildReport(project, output: "Clean", ["--full"]).outcome == .built)
    let incremental = files(in: project.appendingPathComponent("Site"))
    let clean = files(in: project.appendingPathComponent("Clean"))
    #expect(incremental.keys.sorted() == clean.keys.sorted())
    for (path, bytes) in clean where incremental[path] != bytes {
      Issue.record("\(path) differs from a clean build after \(edit)")
    }
    return incremental
  }

  /// A project made a git repository on branch `main`, built, with its site committed
  /// (`.casebook-cache/` and `Clean/` ignored).
  static func gitRepository(_ project: URL) throws -> GitRepository {
    let repository = GitRepository(folder: project)
    try repository.must(["init", "--quiet", "--initial-branch=main"])
    try ".casebook-cache/\nClean/\n".write(to: project.appendingPathComponent(".gitignore"), atomically: false, encoding: .utf8)
    #expect(try buildReport(project).outcome == .built)
    try repository.must(["add", "-A"])
    try repository.must(["commit", "--quiet", "-m", "main"])
    return repository
  }

  /// Real `git` in a folder, as a contributor runs it.
  struct GitRepository {
    let folder: URL

    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
      try ExternalTool.run(["git", "-C", folder.path, "-c", "user.name=Casebook Test", "-c", "user.email=test@example.org"] + arguments)
    }

    /// Runs git and requires it to succeed.
    func must(_ arguments: [String]) throws {
      let result = try run(arguments)
      try #require(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.output)")
    }
  }

  /// Adds `text` at the end of a file, as an editor saving it in place would.
  static func append(_ text: String, to url: URL) throws {
    try (try String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: false, encoding: .utf8)
  }

  /// Runs `casebook build --quiet` on a project in this process, as `main` would, and returns
  /// what it did. `output` is a folder of the project (default `Site`).
  static func buildReport(_ project: URL, output: String? = nil, _ arguments: [String] = []) throws -> BuildReport {
    let outputArguments = output.map { ["--output", project.appendingPathComponent($0).path] } ?? []
    return try Casebook.Build.parse(["--project", project.path, "--quiet"] + outputArguments + arguments).execute()
  }

  /// Builds a project's site quietly, in a `casebook` process, and requires success.
  @discardableResult
  static func build(_ project: URL, arguments: [String] = []) throws -> CasebookProcess.Result {
    let result = try CasebookProcess.run(["build", "--quiet"] + arguments, in: project)
    #expect(result.status == 0, "build failed: \(result.stderr)")
    return result
  }

  /// Every file below a folder, by relative path, with its bytes.
  static func files(in folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
    while let relative = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = folder.appendingPathComponent(relative).path
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        files[relative] = FileManager.default.contents(atPath: path)
      }
    }
    return files
  }

  /// The values of an attribute in an HTML text (tests only: the pages are our own output).
  static func attributeValues(_ name: String, in html: String) -> [String] {
    var values: [String] = []
    var rest = Substring(html)
    let needle = " \(name)=\""
    while let range = rest.range(of: needle) {
      rest = rest[range.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { break }
      values.append(String(rest[..<end]))
      rest = rest[end...]
    }
    return values
  }

  /// Undoes the five escapes Casebook's templates and libcmark write in attributes.
  static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
