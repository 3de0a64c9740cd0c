// Stage: CLI. `casebook new`: a new case from the skeleton in Templates/case.md.

package import ArgumentParser
internal import CasebookCore
internal import Foundation
internal import Mustache

extension Casebook {
  /// Writes a new case file from `Templates/case.md`, with its title and today's date filled in.
  ///
  /// ```
  /// $ casebook new nginx-reload-loses-upstreams --title "nginx reload drops upstreams"
  /// Content/cases/nginx-reload-loses-upstreams.md
  /// ```
  package struct New: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Start a new case record from the skeleton in Templates/case.md (or the built-in one).",
      discussion: "Prints the path of the new file. Its sections are empty: fill them in, then run `casebook lint`."
    )

    @OptionGroup package var options: ProjectOptions

    @Argument(help: ArgumentHelp("The case id: lowercase words joined by dashes, as nginx-reload-drops-upstreams.", valueName: "id"))
    var id: String

    @Option(help: "The case title, one line.")
    var title: String

    @Option(help: "The one-line summary shown in listings, search results and man pages (default: the title).")
    var summary: String?

    @Option(help: ArgumentHelp("The recorded date, YYYY-MM-DD (default: today).", visibility: .hidden))
    var date: String?

    package init() {}

    package func validate() throws {
      if let problem = CaseID.problem(with: id) {
        let hint = CaseID.suggestion(for: id).map { " Try '\($0)'." } ?? ""
        throw ValidationError("'\(id)' is not a valid case id: it \(problem).\(hint)")
      }
      let trimmed = title.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || title.contains(where: \.isNewline) || trimmed.count > 120 {
        throw ValidationError("--title must be one line of 1 to 120 characters.")
      }
      if let summary {
        let trimmed = summary.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || summary.contains(where: \.isNewline) || trimmed.count > 200 {
          throw ValidationError("--summary must be one line of 1 to 200 characters.")
        }
      }
      if let date, CaseDate(date) == nil { throw ValidationError("--date must be a calendar date written YYYY-MM-DD.") }
    }

    package func run() throws {
      try ErrorText.reporting {
        let layout = try options.layout()
        let path = layout.casesPath + "/" + id + ".md"
        if FileManager.default.fileExists(atPath: path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
          Console.error("error: \(path) already exists; choose another id or edit that case.\n")
          throw ExitCode.failure
        }
        guard let skeleton = try TemplateReader(folder: layout.templatesPath).file("case.md") else {
          preconditionFailure("casebook is built with Templates/case.md, the skeleton of a new case")
        }
        let template = try MustacheTemplate(string: String(decoding: skeleton, as: UTF8.self))
        let values: [String: String] = [
          "id": id,
          "title": YAMLText.doubleQuoted(title.trimmingCharacters(in: .whitespaces)),
          "summary": YAMLText.doubleQuoted((summary ?? title).trimmingCharacters(in: .whitespaces)),
          "date": Today.date(given: date).description,
        ]
        let text = template.render(values)
        try FileManager.default.createDirectory(atPath: layout.casesPath, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        Console.output(path + "\n")
      }
    }
  }
}
