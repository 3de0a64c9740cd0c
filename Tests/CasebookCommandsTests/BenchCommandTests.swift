// End to end: `casebook-bench build`, through the real binary.

import CasebookTestSupport
import Foundation
import Testing

@Suite struct BenchCommandTests {
  @Test("when Hugo fails, casebook-bench build still reports casebook's figures, says how Hugo failed and gives no ratio")
  func hugoFailureKeepsTheFigures() throws {
    let folder = try Fixtures.temporaryFolder("casebook-bench")
    defer { try? FileManager.default.removeItem(at: folder) }
    // A Hugo that is killed the way the kernel kills a program that runs out of memory.
    let hugo = folder.appendingPathComponent("hugo")
    try "#!/bin/sh\nkill -9 $$\n".write(to: hugo, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hugo.path)

    let process = Process()
    process.executableURL = CasebookProcess.executable.deletingLastPathComponent().appendingPathComponent("casebook-bench")
    process.arguments = [
      "build", "--count", "6", "--runs", "1", "--folder", folder.path, "--hugo", hugo.path,
      "--templates", Fixtures.repositoryRoot.appendingPathComponent("Templates").path,
    ]
    let output = folder.appendingPathComponent("stdout")
    try Data().write(to: output)
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let stdout = try String(contentsOf: output, encoding: .utf8)

    #expect(process.terminationStatus == 0, "\(stdout)")
    #expect(stdout.contains("| casebook build, clean (site, man pages, index) |"), "\(stdout)")
    #expect(stdout.contains("| casebook build, one case edited |"), "\(stdout)")
    #expect(!stdout.contains("| hugo, clean"), "\(stdout)")
    #expect(stdout.contains("Hugo (\(hugo.path) --quiet) failed in run 1 with status 137 (killed: out of memory?), so there is no ratio."), "\(stdout)")
    #expect(stdout.contains("Stages of one clean build"), "\(stdout)")
  }
}
