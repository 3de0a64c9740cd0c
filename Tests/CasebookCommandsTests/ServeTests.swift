// `casebook serve`: a real HTTP client (curl) and a real browser (Chromium) against the preview
// of a scratch project, edited while they watch.

@testable import CasebookCommands
import CasebookTestSupport
import Foundation
import Testing

@Suite(.serialized) struct ServeTests {
  static let caseID = "crio-fedora44-wazero-dt-textrel"
  static var casePath: String { "Content/cases/\(caseID).md" }

  @Test("serve answers with the files casebook build writes, pages with the live-reload script, and leaves Site/ alone")
  func servesWhatBuildWrites() async throws {
    let project = try SiteFixtures.project()
    let (report, events) = try await Preview.with(project) { preview in
      let events = try EventStream(preview.url("__casebook/events"))
      try await events.wait(for: "-1\n\n")
      #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Site").path))

      #expect(try SiteFixtures.buildReport(project).outcome == .built)
      let site = project.appendingPathComponent("Site")
      let tag = try #require(try await preview.get("").text.firstMatch(of: /<script src="\/__casebook\/live.js" data-generation="\d+-1"><\/script>/)).output
      for (request, path, status) in [
        ("", "index.html", 200), ("cases/\(Self.caseID)/", "cases/\(Self.caseID)/index.html", 200), ("search.html", "search.html", 200),
        ("tags/fedora/", "tags/fedora/index.html", 200), ("no/such/page", "404.html", 404),
      ] {
        let served = try await preview.get(request)
        let built = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        #expect(served.status == status, "\(path)")
        #expect(served.contentType == "text/html; charset=utf-8", "\(path)")
        #expect(served.text == built.replacingOccurrences(of: "</body>", with: tag + "</body>"), "\(path)")
    }
    for (path, type) in [
      ("assets/site.css", "text/css; charset=utf-8"), ("assets/search.js", "text/javascript; charset=utf-8"), ("cases.json", "application/json"),
      ("feed.xml", "application/atom+xml; charset=utf-8"), ("man/man7/\(Self.caseID).7", "text/plain; charset=utf-8"),
    ] {
      let served = try await preview.get(path)
      #expect(served.status == 200 && served.contentType == type, "\(path): \(served.status) \(served.contentType)")
      #expect(served.body == (try Data(contentsOf: site.appendingPathComponent(path))), "\(path)")
    }
    // The script is served, never written: not into the preview's folder, not into Site/.
    #expect(try await preview.get("__casebook/live.js").text.contains("new EventSource(\"/__casebook/events\")"))
    for folder in [site, project.appendingPathComponent(".casebook-cache/serve")] {
      let written = SiteFixtures.files(in: folder)
      #expect(written.count > 400)
      #expect(written.filter { String(decoding: $0.value, as: UTF8.self).contains("__casebook") }.isEmpty, "\(folder.path)")
    }

    let redirect = try await preview.get("cases/\(Self.caseID)")
    #expect(redirect.status == 301 && redirect.location == "/cases/\(Self.caseID)/")
    let sameHost = try await preview.get("/cases")
    #expect(sameHost.status == 301 && sameHost.location == "/cases/", "a path starting // is not redirected to another host: \(String(describing: sameHost.location))")
    for outside in ["../../etc/passwd", "cases/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "no-such-page"] {
      #expect(try await preview.get(outside).status == 404, "\(outside)")
    }
    #expect(try await preview.get("", method: "POST").status == 405)
    let head = try await preview.get("assets/site.css", method: "HEAD")
    #expect(head.status == 200 && head.contentType == "text/css; charset=utf-8")
    return events
    }
    #expect(report == ServeReport(builds: 1, failed: 0, reloads: 1))
    #expect(await events.finished(within: 5), "the events of an open page end when the server stops")
  }

  @Test("a saved template or asset is built and announced too, and served as saved")
  func rebuildsOnTemplateSave() async throws {
    let project = try SiteFixtures.project()
    let report = try await Preview.with(project) { preview in
      let events = try EventStream(preview.url("__casebook/events"))
      try await events.wait(for: "-1\n\n")
      let css = project.appendingPathComponent("Templates/assets/site.css")
      try (try String(contentsOf: css, encoding: .utf8) + "\n.preview-check { color: teal; }\n").write(to: css, atomically: true, encoding: .utf8)
      try await events.wait(for: "-2\n\n")
      #expect(try await preview.get("assets/site.css").text.hasSuffix(".preview-check { color: teal; }\n"))
    }.report
    #expect(report == ServeReport(builds: 2, failed: 0, reloads: 2))
  }

  @Test("a saved change is built and announced; errors are announced with file:line:col and the last good site stays served")
  func rebuildsOnSave() async throws {
    let project = try SiteFixtures.project()
    let report = try await Preview.with(project) { preview in
      let events = try EventStream(preview.url("__casebook/events"))
      try await events.wait(for: "-1\n\n")
      let source = project.appendingPathComponent(Self.casePath)
      let original = try String(contentsOf: source, encoding: .utf8)
      let page = "cases/\(Self.caseID)/"

      let retitled = original.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Retitled ")
      try retitled.write(to: source, atomically: true, encoding: .utf8)
      try await events.wait(for: "-2\n\n")
      #expect(try await preview.get(page).text.contains("<title>Retitled "))

      let broken = retitled.replacingOccurrences(of: "\n## Validation\n", with: "\n## Validatoin\n")
      let line = broken.prefix(upTo: try #require(broken.range(of: "## Validatoin")).lowerBound).count { $0 == "\n" } + 1
      try broken.write(to: source, atomically: true, encoding: .utf8)
      try await events.wait(for: "event: problems\ndata: {\"text\":\"\(project.path.replacingOccurrences(of: "/", with: "\\/"))\\/Content\\/cases\\/\(Self.caseID).md:\(line):1: error: unknown section 'Validatoin'; did you mean 'Validation'? [CB031]")
      #expect(try await preview.get(page).text.contains("<title>Retitled "), "the last good page is still served")

      try retitled.write(to: source, atomically: true, encoding: .utf8)
      try await events.wait(for: "[CB031]\\nChecked 3 cases and the site config: 1 error.\\n\"}\n\nevent: ready\ndata: ")
      #expect(!events.text.contains("-3\n\n"), "a fix that restores the last good site reloads nothing")

    }.report
    #expect(report == ServeReport(builds: 4, failed: 1, reloads: 2))
  }

  @Test("with --write the preview builds into Site/, as casebook build does, and Site/ holds no live-reload script")
  func writesSite() async throws {
    let project = try SiteFixtures.project()
    try await Preview.with(project, ["--write"]) { preview in
      let events = try EventStream(preview.url("__casebook/events"))
      try await events.wait(for: "-1\n\n")
      #expect(try await preview.get("").text.contains("/__casebook/live.js"))
    }
    let site = SiteFixtures.files(in: project.appendingPathComponent("Site"))
    #expect(site.count > 400 && site.values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains("__casebook") })
    #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent(".casebook-cache/serve").path))
    #expect(try SiteFixtures.buildReport(project, ["--check"]).outcome == .checked(differences: []))
  }

  @Test("a port in use, or an address not of this machine, is a clear error")
  func portInUse() async throws {
    let project = try SiteFixtures.project()
    try await Preview.with(project) { preview in
      let second = try Casebook.Serve.parse(["--project", project.path, "--port", String(preview.port)]).server()
      await #expect(throws: BuildError("127.0.0.1:\(preview.port) is in use (another casebook serve?): stop what listens there, or choose another port with --port")) {
        _ = try await second.run()
    }
    let foreign = try Casebook.Serve.parse(["--project", project.path, "--port", "0", "--host", "192.0.2.7"]).server()
    await #expect(throws: BuildError("192.0.2.7:0 is not an address of this machine: give --host one of its addresses, or 127.0.0.1")) {
      _ = try await foreign.run()
    }
    #expect(throws: (any Error).self) { try Casebook.Serve.parse(["--project", project.path, "--port", "70000"]) }
    let empty = try Fixtures.temporaryFolder("serve-empty")
    #expect(throws: BuildError("\(empty.path)/Content/cases not found: run casebook in a knowledge base's folder (the one holding Content/ and Templates/), or give --project")) {
      try Casebook.Serve.parse(["--project", empty.path, "--port", "0"]).server()
    }
    }
  }

  @Test("in Chromium, an error shows over the open page and goes once fixed, and a saved change reloads it")
  func overlayInChromium() async throws {
    let project = try SiteFixtures.project()
    try await Preview.with(project) { preview in
      let events = try EventStream(preview.url("__casebook/events"))
      try await events.wait(for: "-1\n\n")
      let page = preview.url("cases/\(Self.caseID)/")
      let source = project.appendingPathComponent(Self.casePath)
      // The browser's answers are waited for on a thread of its own (Preview.offPool).
      try await Preview.offPool {
        let browser = try Browser()
        try browser.open(page)
        try browser.wait(until: "document.readyState === 'complete' && document.querySelector('script[data-generation]')")
        try browser.evaluate("window.sameLoad = true")

        let original = try String(contentsOf: source, encoding: .utf8)
        try original.replacingOccurrences(of: "\n## Validation\n", with: "\n## Validatoin\n").write(to: source, atomically: true, encoding: .utf8)
        try browser.wait(until: "document.getElementById('casebook-problems')")
        let overlay = try #require(try browser.evaluate("document.getElementById('casebook-problems').innerText") as? String)
        #expect(overlay.contains("/Content/cases/\(Self.caseID).md:"))
        #expect(overlay.contains(": error: unknown section 'Validatoin'; did you mean 'Validation'? [CB031]"))
        #expect(try browser.evaluate("window.sameLoad") as? Bool == true, "the page is not reloaded for errors")
        if let folder = ProcessInfo.processInfo.environment["CASEBOOK_SCREENSHOTS"] {
          try browser.screenshot().write(to: URL(fileURLWithPath: folder).appendingPathComponent("serve-overlay.png"))
        }

        try original.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Fixed ").write(to: source, atomically: true, encoding: .utf8)
        try browser.wait(until: "document.title.startsWith('Fixed ')")
        #expect(try browser.evaluate("document.getElementById('casebook-problems') === null && window.sameLoad === undefined") as? Bool == true)
      }
    }
  }
}

/// A running `casebook serve` of a project, on a free port.
struct Preview {
  var server: PreviewServer
  var task: Task<ServeReport, any Error>
  var port: Int

  /// Runs `body` against a preview of `project`, and stops the preview however `body` ends;
  /// returns what the preview did.
  @discardableResult
  static func with<T>(_ project: URL, _ arguments: [String] = [], _ body: (Preview) async throws -> T) async throws -> (report: ServeReport, value: T) {
    let preview = try await start(project, arguments)
    let value: T
    do {
      value = try await body(preview)
    } catch {
      _ = try? await preview.stop()
      throw error
    }
    return (try await preview.stop(), value)
  }

  static func start(_ project: URL, _ arguments: [String] = []) async throws -> Preview {
    let server = try Casebook.Serve.parse(["--project", project.path, "--port", "0"] + arguments).server()
    let task = Task { try await server.run() }
    guard let port = await server.port else { throw BuildError("the preview server did not start: \(String(describing: try? await task.value))") }
    return Preview(server: server, task: task, port: port)
  }

  func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

  /// Stops the server as Ctrl-C does, and returns what it did.
  func stop() async throws -> ServeReport {
    await server.stop()
    return try await task.value
  }

  struct Answer {
    var status: Int
    var contentType: String
    var location: String?
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
  }

  /// One request with curl, the path sent as it is (`--path-as-is`: `..` is not resolved first).
  func get(_ path: String, method: String = "GET") async throws -> Answer {
    let url = url(path)
    return try await Self.offPool { try Self.fetch(url, method: method) }
  }

  /// Runs blocking work (a child process, a browser's answers) on a thread of its own: the
  /// server answers on the few threads async code runs on, which a test must not hold.
  static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread { continuation.resume(with: Result { try work() }) }.start()
    }
  }

  private static func fetch(_ url: String, method: String) throws -> Answer {
    let folder = try Fixtures.temporaryFolder("serve-answer")
    let body = folder.appendingPathComponent("body"), headers = folder.appendingPathComponent("headers")
    let method = method == "HEAD" ? ["--head"] : ["-X", method]
    let result = try ExternalTool.run(["curl", "-s", "--path-as-is", "-o", body.path, "-D", headers.path, "-w", "%{http_code}"] + method + [url])
    defer { try? FileManager.default.removeItem(at: folder) }
    let head = try String(contentsOf: headers, encoding: .utf8)
    func header(_ name: String) -> String? {
      head.split(separator: "\r\n").first { $0.lowercased().hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) }
    }
    let data = (try? Data(contentsOf: body)) ?? Data()
    return Answer(status: Int(result.output) ?? 0, contentType: header("content-type") ?? "", location: header("location"), body: data)
  }
}

/// A page's server-sent events, as curl receives them.
final class EventStream: @unchecked Sendable {
  private let process = Process()
  private let lock = NSLock()
  private var received = Data()

  init(_ url: String) throws {
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["curl", "-sN", url]
    process.environment = ExternalTool.environment()
    let pipe = Pipe()
    process.standardOutput = pipe
    pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      guard let self else { return }
      self.lock.lock()
      self.received.append(data)
      self.lock.unlock()
    }
    try process.run()
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: received, as: UTF8.self)
  }

  /// Waits until the events received so far hold `expected`.
  func wait(for expected: String, timeout: TimeInterval = 20) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while !text.contains(expected) {
      guard Date() < deadline else { throw BuildError("no event with \(expected.debugDescription) in \(text.debugDescription)") }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  /// Whether the server ended the stream (curl exited) within the time given.
  func finished(within seconds: TimeInterval) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
    return !process.isRunning
  }
}
