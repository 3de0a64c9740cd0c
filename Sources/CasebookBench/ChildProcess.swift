// Benchmarks: running a program and reading its own resource use.

internal import Foundation
internal import Glibc

/// One finished run of a program: wall time, CPU time and peak memory of that process alone.
///
/// `wait4` returns the resource use of exactly the child it reaps, which is what
/// `/usr/bin/time -v` reports, without depending on that program being installed.
struct ChildProcess {
  var wall: Double
  var cpu: Double
  /// Peak resident set size in bytes.
  var peakMemory: Int
  var status: Int32

  /// Runs `program` with `arguments` in `folder`, its output discarded, and waits for it.
  static func run(_ program: String, _ arguments: [String], in folder: String) throws -> ChildProcess {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The shell changes folder and then becomes the program (exec), so wait4 reports the
    // program's own resource use.
    let argv = (["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder, program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
    guard spawned == 0 else { throw CleanExitError("cannot start \(program): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw CleanExitError("wait4 failed for \(program)") }
    }
    let elapsed = ContinuousClock.now - start
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return ChildProcess(
      wall: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
      cpu: cpu, peakMemory: Int(usage.ru_maxrss) * 1024, status: exit)
  }

  /// Like ``run(_:_:in:)``, but a non-zero exit is an error.
  static func succeed(_ program: String, _ arguments: [String], in folder: String) throws -> ChildProcess {
    let result = try run(program, arguments, in: folder)
    guard result.status == 0 else { throw CleanExitError("\(program) \(arguments.joined(separator: " ")) in \(folder) failed with status \(result.status)") }
    return result
  }

  /// The full path of a program on PATH, or nil.
  static func find(_ name: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let path = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }
}
