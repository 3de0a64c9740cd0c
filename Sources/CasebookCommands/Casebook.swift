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
  static func exitWithoutFreeing(_ status: Int32 = EXIT_SUCCESS) -> Never {
    Glibc.exit(status)
  }
}
