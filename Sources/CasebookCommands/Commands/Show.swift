// Stage: CLI. `casebook show`: one case in the terminal.

package import ArgumentParser
internal import CasebookCore
internal import CasebookRender
internal import Foundation

#if canImport(Glibc)
  internal import Glibc
#endif

extension Casebook {
  /// Prints one case: through `man` on a terminal, as plain text otherwise.
  ///
  /// ```
  /// $ casebook show crio-fedora41-wazero-linkname --runbook
  /// Runbook: CRI-O 1.32 RPM fails to link on Fedora 41 …
  ///
  /// Solution 1: Disable strict symbol checks (considered, not adopted)
  ///
  ///   [ ] 1. redhat-rpm-config documents this switch …
  /// ```
  package struct Show: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Print one case in the terminal.",
      discussion: "On a terminal with man installed, the case's man page is shown; otherwise formatted plain text is printed. Exits 1 when there is no such case."
    )

    @OptionGroup package var options: ProjectOptions

    @Argument(help: ArgumentHelp("The case id.", valueName: "id"))
    var id: String

    @Flag(help: "Print only the solutions and the validation, as numbered steps.")
    var runbook = false

    @Flag(help: "Print plain text even on a terminal.")
    var plain = false

    package init() {}

    package func run() throws {
      try ErrorText.reporting {
        let layout = try options.layout()
        let checked = try ContentReader(layout: layout).check().checked
        let records = checked.loaded.compactMap(\.record)
        guard let record = records.first(where: { $0.id.rawValue == id }) else {
          let known = checked.loaded.compactMap(\.id?.rawValue)
          if known.contains(id) {
            Console.error("error: case '\(id)' has errors; run `casebook lint \(layout.casesPath)/\(id).md`.\n")
          } else {
            let hint = Suggestion.closest(to: id, in: known).map { "; did you mean '\($0)'?" } ?? ""
            Console.error("error: no case '\(id)'\(hint)\n")
          }
          throw ExitCode.failure
        }
        let config = checked.config ?? SiteConfig(title: "Casebook", description: "")
        if runbook {
          Console.output(PlainTextRenderer().renderRunbook(record))
          return
        }
        if !plain, isatty(STDOUT_FILENO) == 1, let man = Executable.find("man") {
          let page = ManPageRenderer(knowledgeBase: KnowledgeBase(config: config, cases: records)).render(record)
          let file = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(ProcessInfo.processInfo.processIdentifier)-\(record.id).7")
          try Data(page.utf8).write(to: file)
          defer { try? FileManager.default.removeItem(at: file) }
          if Executable.run(man, ["-l", file.path], environment: Executable.utf8Locale()) == 0 { return }
        }
        Console.output(PlainTextRenderer().render(record, config: config))
      }
    }
  }
}
