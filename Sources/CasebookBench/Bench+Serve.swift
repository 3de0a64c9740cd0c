// Benchmarks: `casebook-bench serve`, the preview's reload time and its idle cost.

internal import ArgumentParser
internal import Foundation

extension Bench {
  /// Measures `casebook serve` on a generated corpus as a contributor meets it: the first
  /// build, then for each saved edit the time until the reload event has arrived and the page
  /// has been fetched again (curl, as a browser would), then the CPU time it takes while idle
  /// with a page open.
  struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure casebook serve: saved edit → page served again, and CPU time while idle.",
      discussion: "Needs curl. The server is stopped with SIGINT at the end, as Ctrl-C stops it, and must exit 0.")

    @Option(help: "How many edits to time; the median and the maximum are reported.")
    var edits = 7

    @Option(help: "Seconds to measure the idle server for.")
    var idle = 20

    @OptionGroup var corpus: CorpusOptions

    init() {}

    func run() throws {
      let folder = try corpus.writeCorpus(named: "casebook-bench-serve")
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let server = Process()
      server.executableURL = URL(fileURLWithPath: Project.sibling("casebook"))
      server.arguments = ["serve", "--port", "0"]
      server.currentDirectoryURL = URL(fileURLWithPath: folder)
      let log = Stream(server, output: false)
      let start = Date()
      try server.run()
      defer { if server.isRunning { server.terminate() } }
      let address = try log.wait(for: /at (http:\/\/127\.0\.0\.1:\d+\/)/, timeout: 60).output.1
      _ = try log.wait(for: #/\nBuilt: /#, timeout: 600)
      let firstBuild = Date().timeIntervalSince(start)

      let events = Process()
      events.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      events.arguments = ["curl", "-sN", address + "__casebook/events"]
      let stream = Stream(events, output: true)
      try events.run()
      defer { if events.isRunning { events.terminate() } }
      _ = try stream.wait(for: /event: ready\ndata: \S+\n\n/, timeout: 10)

      let cases = try FileManager.default.contentsOfDirectory(atPath: folder + "/Content/cases").sorted()
      var times: [Double] = []
      for edit in 0..<edits {
        let name = cases[(100 + edit * 997) % cases.count]
        let path = folder + "/Content/cases/" + name
        let marker = "Edited in the preview, run \(edit)."
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let saved = Date()
        try text.replacingOccurrences(of: "\n## Root cause\n", with: "\n## Root cause\n\n\(marker)\n").write(toFile: path, atomically: true, encoding: .utf8)
        _ = try stream.wait(for: /event: ready\ndata: \S+\n\n/, timeout: 30)
        let page = try Self.fetch(address + "cases/" + name.dropLast(3) + "/")
        times.append(Date().timeIntervalSince(saved))
        guard page.contains(marker) else { throw CleanExitError("the page of \(name) does not show the edit after its reload event") }
        Thread.sleep(forTimeInterval: 0.3)
      }

      let before = try Self.cpuTime(of: server.processIdentifier)
      Thread.sleep(forTimeInterval: Double(idle))
      let idleCPU = try Self.cpuTime(of: server.processIdentifier) - before

      server.interrupt()
      server.waitUntilExit()
      guard server.terminationStatus == 0 else { throw CleanExitError("casebook serve exited with status \(server.terminationStatus) on SIGINT") }

      print("## casebook serve, \(corpus.count) cases\n")
      print("| measure | value |\n|---|---|")
      print("| first build, server start to built | \(String(format: "%.2f s", firstBuild)) |")
      print("| saved edit → reload event → page fetched (median / max of \(edits)) | \(String(format: "%.2f s / %.2f s", Project.median(times), times.max() ?? 0)) |")
      print("| CPU time while idle, one page open | \(String(format: "%.2f s in %d s", idleCPU, idle)) |")
      print("| SIGINT (Ctrl-C) | exit 0 |")
    }

    /// A page's text, fetched with curl.
    static func fetch(_ url: String) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["curl", "-sf", url]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }

    /// The user and system CPU time of a process so far, in seconds (`/proc/PID/stat`).
    static func cpuTime(of pid: Int32) throws -> Double {
      let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
      // The fields after the command name, which is in parentheses and may hold spaces.
      let fields = stat[stat.index(after: stat.lastIndex(of: ")")!)...].split(separator: " ")
      return (Double(fields[11])! + Double(fields[12])!) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// What a child process prints, gathered as it comes, and consumed by ``wait(for:timeout:)``.
    final class Stream: @unchecked Sendable {
      private let lock = NSLock()
      private var text = ""

      init(_ process: Process, output: Bool) {
        let pipe = Pipe()
        if output { process.standardOutput = pipe } else { process.standardError = pipe }
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
          let data = handle.availableData
          guard let self else { return }
          self.lock.lock()
          self.text += String(decoding: data, as: UTF8.self)
          self.lock.unlock()
        }
      }

      /// Waits until the text received holds a match, and drops the text up to its end.
      func wait<Output>(for pattern: Regex<Output>, timeout: TimeInterval) throws -> Regex<Output>.Match {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
          lock.lock()
          if let match = text.firstMatch(of: pattern) {
            text = String(text[match.range.upperBound...])
            lock.unlock()
            return match
          }
          lock.unlock()
          Thread.sleep(forTimeInterval: 0.005)
        }
        throw CleanExitError("timed out waiting for \(pattern) from casebook serve or curl")
      }
    }
  }
}
