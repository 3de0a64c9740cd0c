// Benchmarks: making projects, running and timing programs.

internal import CasebookCore
internal import CasebookSearch
internal import Foundation

enum Project {
  /// Writes a generated corpus to `folder`/Content, and copies `templates` (when given) to
  /// `folder`/Templates.
  static func write(count: Int, to folder: String, templates: String?, prose: CorpusGenerator.Prose = .few) throws {
    var generator = CorpusGenerator(count: count, prose: prose)
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/Content/cases", withIntermediateDirectories: true)
    for file in generator.files() {
      try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder + "/Content/" + file.path))
    }
    guard let templates else { return }
    try? manager.removeItem(atPath: folder + "/Templates")
    try manager.copyItem(atPath: templates, toPath: folder + "/Templates")
  }

  static func knowledgeBase(_ folder: String) throws -> KnowledgeBase {
    let manager = FileManager.default
    let config = SourceFile(path: "casebook.yml", bytes: Array(manager.contents(atPath: folder + "/Content/casebook.yml") ?? Data()))
    let names = try manager.contentsOfDirectory(atPath: folder + "/Content/cases").filter { $0.hasSuffix(".md") }.sorted()
    let cases = names.map { SourceFile(path: $0, bytes: Array(manager.contents(atPath: folder + "/Content/cases/" + $0) ?? Data())) }
    let result = ContentCheck.run(configFile: config, configPath: "casebook.yml", cases: cases)
    guard let kb = result.knowledgeBase else {
      throw CleanExitError("the generated corpus does not lint clean: \(result.diagnostics.sorted.prefix(3).map(\.description))")
    }
    return kb
  }

  static func sibling(_ name: String) -> String {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name).path
  }

  static func run(_ program: String, _ arguments: [String], in folder: String, allowFailure: Bool = false) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    if process.terminationStatus != 0 && !allowFailure { throw CleanExitError("\(program) \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)") }
  }

  static func time(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// The number of files below a folder and their total size in bytes.
  static func fileCount(_ folder: String) -> (files: Int, bytes: Int) {
    var files = 0, bytes = 0
    if let enumerator = FileManager.default.enumerator(atPath: folder) {
      while let path = enumerator.nextObject() as? String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + path), attributes[.type] as? FileAttributeType == .typeRegular else { continue }
        files += 1
        bytes += (attributes[.size] as? Int) ?? 0
      }
    }
    return (files, bytes)
  }

  /// Runs a program and returns what it printed on standard error.
  static func capture(_ program: String, _ arguments: [String], in folder: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let pipe = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// A clean build of the project in `folder` by `program`: no `Site/`, no `.casebook-cache/`.
  static func cleanBuild(_ program: String, in folder: String) throws -> ChildProcess {
    try? FileManager.default.removeItem(atPath: folder + "/Site")
    try? FileManager.default.removeItem(atPath: folder + "/.casebook-cache")
    return try ChildProcess.succeed(program, ["build", "--quiet"], in: folder)
  }

  /// The middle value; for an even count, the mean of the two middle ones.
  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
  static func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
  }
  static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
  static func ms(_ value: Double) -> String { String(format: "%.1f ms", value * 1000) }
  static func kB(_ value: Double) -> String { String(format: "%.1f kB", value / 1000) }
}

struct CleanExitError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// Query times in headless Chromium, from file://: each query's first run (the shards it
/// needs loading, unless an earlier query loaded them), then three more runs of all of them
/// with the shards loaded. Chromium runs under virtual time here (`--dump-dom` waits for the
/// harness that way); `performance.now()` still counts the script's own time, at 1 ms steps.
enum Browser {
  static func queryTimes(site: String, queries: [String]) throws -> (first: (median: Double, max: Double), warm: (median: Double, p95: Double)) {
    let list = String(decoding: try JSONEncoder().encode(queries), as: UTF8.self)
    let harness = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script src="assets/search.js"></script></head>
      <body><pre id="out">pending</pre><script>
      (async function () {
        const queries = \(list);
        const first = [];
        for (const q of queries) { const t = performance.now(); await CasebookSearch.query(q); first.push(performance.now() - t); }
        const times = [];
        for (let round = 0; round < 3; round++) {
          for (const q of queries) { const t = performance.now(); await CasebookSearch.query(q); times.push(performance.now() - t); }
        }
        document.getElementById("out").textContent = JSON.stringify([first, times]);
      })();
      </script></body></html>
      """
    try Data(harness.utf8).write(to: URL(fileURLWithPath: site + "/bench.html"))
    defer { try? FileManager.default.removeItem(atPath: site + "/bench.html") }
    let output = try output(of: URL(fileURLWithPath: site + "/bench.html").absoluteString, virtualTime: 60_000, ["--allow-file-access-from-files"])
    guard let runs = try? JSONDecoder().decode([[Double]].self, from: Data(output.utf8)), runs.count == 2 else { throw CleanExitError("the browser harness did not finish") }
    let (first, times) = (runs[0], runs[1])
    return ((Project.median(first) / 1000, (first.max() ?? 0) / 1000), (Project.median(times) / 1000, Project.percentile(times, 0.95) / 1000))
  }

  /// The bytes `search.html?q=<query>` costs in headless Chromium: the page and every script in
  /// it once the results are shown (search.js, `meta.js`, the shards and the result documents
  /// it added), as the files on disk under `site` count them.
  static func searchPageBytes(site: String, query: String) throws -> Int {
    let page = URL(fileURLWithPath: site + "/search.html")
    let url = page.absoluteString + "?q=" + (query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    let dom = try dump(url, virtualTime: 15_000, ["--allow-file-access-from-files"])
    guard dom.contains("class=\"search-result\"") else { throw CleanExitError("search.html showed no results for \(query)") }
    let sources = dom.components(separatedBy: "<script").dropFirst().compactMap { tag -> String? in
      guard let start = tag.range(of: "src=\""), let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
      return String(tag[start.upperBound..<end])
    }
    return ([page.path] + Set(sources).map { site + "/" + $0 }).reduce(0) { total, path in
      total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
    }
  }

  /// What a harness page at `url` leaves in its `<pre id="out">` once headless Chromium has run
  /// it for `virtualTime` milliseconds of virtual time (empty when it has none).
  static func output(of url: String, virtualTime: Int, _ flags: [String] = []) throws -> String {
    let dom = try dump(url, virtualTime: virtualTime, flags)
    guard let start = dom.range(of: "<pre id=\"out\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else { return "" }
    return String(dom[start.upperBound..<end.lowerBound])
  }

  /// The document headless Chromium holds after running the page at `url` for `virtualTime`
  /// milliseconds of virtual time.
  static func dump(_ url: String, virtualTime: Int, _ flags: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu"] + flags + ["--virtual-time-budget=\(virtualTime)", "--dump-dom", url]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return dom
  }
}
