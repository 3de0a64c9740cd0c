// Stage: CLI. The command tree; the only layer that touches the disk.

package import ArgumentParser
internal import CasebookCore
internal import Glibc

/// `casebook`: check, render and search a knowledge base of case records.
package struct Casebook: ParsableCommand {
  package static let configuration = CommandConfiguration(
    commandName: "casebook",
    abstract: "Check and publish a knowledge base of incident case records.",
    discussion: """
      Case records are Markdown files with YAML front matter under Content/cases/. \
      See docs/case-format.md for the format and every rule `casebook lint` checks.
      """,
    version: "0.1.0",
    subcommands: [Build.self, Lint.self, New.self, Search.self, Show.self, Man.self]
  )

  package init() {}
}

extension Casebook {
  /// Ends the process at once with `status`, without freeing what the command built.
  ///
  /// A build or a check of 10,000 cases holds millions of small values (the knowledge base, the
  /// index state, the manifests); freeing them one by one took a tenth of a second, a tenth of a
  /// rebuild after one edit, and the system takes the memory back whole anyway. Call it only
  /// when everything is written and printed (standard output is flushed on the way out) and
  /// nothing else is running.
  static func exitWithoutFreeing(_ status: Int32 = EXIT_SUCCESS) -> Never {
    Glibc.exit(status)
  }
}

extension Casebook {
  /// Lets glibc's allocator make at most one arena per core from now on; returns whether it
  /// could be told so.
  ///
  /// glibc gives each new thread that allocates an arena of its own, up to eight per core, and
  /// memory freed in one arena is not reused by another: with the caches and `cases.json` made
  /// on threads of their own beside the workers, a clean build of 10,000 cases peaked at
  /// 282–288 MB, and at 252–260 MB with an arena per core (272–275 MB with three or four), in
  /// the same time. A rebuild after one edit, though, took 0.69 s instead of 0.66 s (ten
  /// alternating rebuilds; threads wait for an arena's lock), so only a whole build asks for it. `mallopt` is looked up at run time:
  /// the C library Swift imports does not declare it, and another C library may not have it.
  @discardableResult
  static func boundAllocatorArenas() -> Bool {
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    let arenaLimit: Int32 = -8  // M_ARENA_MAX in <malloc.h>
    guard let symbol = dlsym(nil, "mallopt") else { return false }
    return unsafeBitCast(symbol, to: Mallopt.self)(arenaLimit, Int32(clamping: ProcessorCount.active)) == 1
  }
}
