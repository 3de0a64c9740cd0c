// One build at a time into a folder, with real processes: a second build fails at once or waits.

import CasebookTestSupport
import Foundation
import Glibc
import Testing

@Suite struct BuildLockTests {
  /// Starts `casebook` with its error output in a file.
  static func start(_ arguments: [String], in project: URL, errors: URL) throws -> Process {
    let process = Process()
    process.executableURL = CasebookProcess.executable
    process.arguments = arguments
    process.currentDirectoryURL = project
    process.environment = ExternalTool.environment([:])
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: errors)
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test("one build at a time into a folder: a second fails at once naming the first, or with --wait waits for it; a build paused midway leaves a complete site")
  func oneBuildAtATime() throws {
    let project = try SiteFixtures.generatedProject(count: 300)
    defer { try? FileManager.default.removeItem(at: project) }
    let scratch = try Fixtures.temporaryFolder("casebook-lock")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let first = try Self.start(["build", "--quiet"], in: project, errors: scratch.appendingPathComponent("first"))
    // Paused once it holds the lock (the lock file names it), while it renders.
    let cache = project.appendingPathComponent(".casebook-cache")
    let deadline = Date().addingTimeInterval(20)
    func holder() -> String? {
      let lock = (try? FileManager.default.contentsOfDirectory(atPath: cache.path))?.first { $0.hasSuffix(".lock") }
      return lock.flatMap { try? String(contentsOf: cache.appendingPathComponent($0), encoding: .utf8) }
    }
    while holder() != "\(first.processIdentifier)\n" && Date() < deadline { usleep(2_000) }
    kill(first.processIdentifier, SIGSTOP)
    #expect(first.isRunning, "the first build was still running when paused")

    let second = try CasebookProcess.run(["build"], in: project)
    #expect(second.status == 1)
    #expect(second.stderr == "error: another casebook build into this folder is running (process \(first.processIdentifier)); wait for it to finish, or run with --wait\n")

    let waiting = scratch.appendingPathComponent("waiting")
    let third = try Self.start(["build", "--wait", "--quiet"], in: project, errors: waiting)
    usleep(500_000)
    #expect(third.isRunning, "--wait waits while the first build is paused")
    kill(first.processIdentifier, SIGCONT)
    first.waitUntilExit()
    third.waitUntilExit()
    #expect(first.terminationStatus == 0 && third.terminationStatus == 0)
    #expect(try String(contentsOf: waiting, encoding: .utf8) == "Waiting for the other casebook build into Site to finish …\n")
    let check = try CasebookProcess.run(["build", "--check", "--quiet"], in: project)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix(".Site.") }.isEmpty, "no staging folder left")
  }
}
