// Test support: running the real tools users run (mandoc, groff, man, Chromium, the Nu checker).

import Foundation

/// Runs a program found on PATH and captures its output.
package enum ExternalTool {
  /// The environment every program a test runs starts from: the caller's `PATH`, `HOME` and
  /// `TMPDIR`, and nothing else of it, with a UTF-8 locale and UTC, so that a test gives the
  /// same result under `env -i`, in a chroot with no `LANG`, or in a terminal set to Latin-1.
  /// A test adds what else a tool needs (`MANWIDTH`, `COLUMNS`, `MANPATH`); an empty value
  /// removes a variable (`["LANG": "", "LC_ALL": ""]`: a user with no locale set).
  ///
  /// ```
  /// ["MANWIDTH": "120"]  →  PATH, HOME, TMPDIR as given; LANG=LC_ALL=C.UTF-8, TZ=UTC, MANWIDTH=120
  /// ```
  package static func environment(_ extra: [String: String] = [:]) -> [String: String] {
    let inherited = ProcessInfo.processInfo.environment
    // A fixed day for review dates: `casebook lint` must say the same next year.
    var environment = ["PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC", "CASEBOOK_TODAY": "2026-12-04"]
    for name in ["HOME", "TMPDIR"] { environment[name] = inherited[name] }
    return environment.merging(extra) { $1 }.filter { !$0.value.isEmpty }
  }

  /// Runs `arguments[0]` with the rest as arguments, in ``environment(_:)`` with `environment`
  /// added; standard output and error together. Standard input is an empty pipe held open
  /// until the program ends (`script(1)` ends its session at the end of its input).
  package static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.environment = Self.environment(environment)
    let pipe = Pipe()
    let input = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = input
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try? input.fileHandleForWriting.close()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The DOM of a page after its scripts ran, from headless Chromium (Debian's `chromium`).
  package static func chromiumDOM(_ url: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--virtual-time-budget=15000", "--dump-dom", url]
    process.environment = environment()
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
