// Test support: running the real `casebook` binary, as users do.

package import Foundation

/// Runs the built `casebook` executable and captures what it prints.
package struct CasebookProcess {
  package struct Result {
    package var status: Int32
    package var stdout: String
    package var stderr: String
  }

  /// The `casebook` binary next to the test bundle in the build folder.
  package static var executable: URL {
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("casebook"),
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("casebook"),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("casebook"),
      Fixtures.repositoryRoot.appendingPathComponent(".build/debug/casebook"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
  }

  /// Runs `casebook` with arguments in a folder, feeding `input` on standard input, in
  /// ``ExternalTool/environment(_:)`` with `environment` added.
  package static func run(_ arguments: [String], in folder: URL, input: String? = nil, environment: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ExternalTool.environment(environment)
    // Output goes to files, so a large output can never block the child on a full pipe.
    let scratch = try Fixtures.temporaryFolder("casebook-process")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
    return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
  }
}
