// Stage: CLI. The command tree; the only layer that touches the disk.

package import ArgumentParser
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
  ///
  /// What `keeping` holds is kept alive up to the exit: Swift may free a value after its last
  /// use, before the end of its scope.
  static func exitWithoutFreeing(_ status: Int32 = EXIT_SUCCESS, keeping: Any? = nil) -> Never {
    withExtendedLifetime(keeping) { Glibc.exit(status) }
  }
}

extension Casebook {
  /// Has glibc's allocator take blocks of 128 KB or more straight from the system and give them
  /// back when freed, from now on; returns whether it could be told so.
  ///
  /// By default glibc raises that bound each time such a block is freed (up to 32 MB), so
  /// large, short-lived blocks (the listing pages, the index's tallies, merged postings and
  /// shard texts) are then carved out of the heap, and what they leave is not reused by the
  /// next ones: a clean build of 10,000 cases peaked at 280–286 MB; with a fixed bound from
  /// the Index stage on, at 250–256 MB, and from the Pages stage on, at 235–238 MB, in the
  /// same time within this machine's noise (against the Index stage: 0.96 and 0.99, the
  /// medians of two series of five and eight alternating pairs), for 0.2 s more system time.
  /// `mallopt` is looked up at run time: the C library Swift imports does not declare it, and
  /// another C library may not have it.
  @discardableResult
  static func returnLargeBlocksToTheSystem() -> Bool {
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
    guard let symbol = dlsym(nil, "mallopt") else { return false }
    return unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 128 * 1024) == 1
  }
}
