// Stage: CLI. The command tree; the only layer that touches the disk.

package import ArgumentParser

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
    subcommands: [Init.self, Build.self, Serve.self, Lint.self, New.self, Import.self, Search.self, Show.self, Man.self]
  )

  package init() {}
}
