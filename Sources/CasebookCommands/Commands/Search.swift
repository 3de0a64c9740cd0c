// Stage: CLI. `casebook search`: the same engine as the site's search box, in the terminal.

package import ArgumentParser
internal import CasebookCore
internal import CasebookRender
internal import CasebookSearch
internal import Foundation

#if canImport(Glibc)
  internal import Glibc
#endif

extension Casebook {
  /// Finds cases by words, phrases, error lines or a whole pasted log.
  ///
  /// ```
  /// $ casebook search afterGoFunctionCallEntrypoint
  /// 1. crio-fedora41-wazero-linkname  CRI-O 1.32 RPM fails to link on Fedora 41 …
  ///    Symptom · Site/cases/crio-fedora41-wazero-linkname/index.html#symptom
  ///    … Line 302 of the vendored call_engine.go calls afterGoFunctionCallEntrypoint, so …
  /// ```
  package struct Search: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Search the cases from the terminal.",
      discussion: """
        Words, "quoted phrases", an error line or, with -, a whole log on standard input. Answers \
        from Site/search when it was built from the current content, from Content/ otherwise. \
        Exits 1 when nothing matches.
        """
    )

    @OptionGroup package var options: ProjectOptions

    @Option(help: "How many results to print.")
    var limit = 10

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Option(help: "Only cases with this component.")
    var component: String?

    @Option(help: "Only cases with this tag.")
    var tag: String?

    @Option(help: "Only cases with this status (resolved, workaround, open).")
    var status: String?

    @Option(
      name: .customLong("where"),
      help: ArgumentHelp("Only cases about this component that apply to this version; a case fixed in it comes last. Repeatable.", valueName: "component=version"))
    var versions: [String] = []

    @Flag(help: "Only cases past their review date.")
    var needsReview = false

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The query; - reads it from standard input.", valueName: "query"))
    var query: [String] = []

    package init() {}

    package func validate() throws {
      if query.isEmpty || (query != ["-"] && query.allSatisfy { $0.allSatisfy(\.isWhitespace) }) {
        throw ValidationError("Give a query, or - to read one from standard input.")
      }
      if limit < 1 { throw ValidationError("--limit must be at least 1.") }
      if let status, CaseStatus(rawValue: status) == nil {
        let names = CaseStatus.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: status, in: names).map { "; did you mean '\($0)'?" } ?? ""
        throw ValidationError("--status '\(status)' is not one of \(names.joined(separator: ", "))\(hint)")
      }
      for text in versions where VersionCondition(text) == nil {
        throw ValidationError("--where '\(text)' must be a component and a version, as cri-o=1.32.4 or fedora=rawhide")
      }
    }

    /// The most a query may hold, from the arguments or standard input: a case file's limit.
    static let maximumQuery = SourceFile.maximumSize

    /// The query: the arguments, or what standard input holds for `-`; nil, with the reason
    /// printed, when there is none or it is too long.
    private func queryText() -> String? {
      func refuse(_ reason: String) -> String? {
        Console.error("error: \(reason)\n")
        return nil
      }
      guard query == ["-"] else {
        let text = query.joined(separator: " ")
        return text.utf8.count <= Self.maximumQuery ? text : refuse("the query is longer than 1 MiB; give the lines around the error")
      }
      // One byte past the limit tells that it is too long; nothing more is read.
      let data = FileHandle.standardInput.readData(ofLength: Self.maximumQuery + 1)
      guard data.count <= Self.maximumQuery else { return refuse("standard input holds more than 1 MiB; give the lines around the error") }
      let text = String(decoding: data, as: UTF8.self)
      return text.allSatisfy(\.isWhitespace) ? refuse("standard input is empty; paste a log or an error line into it") : text
    }

    package func run() throws {
      try ErrorText.reporting {
        guard let text = queryText() else { throw ExitCode(64) }
        let layout = try options.layout()
        let source: any TermSource
        if let built = try Self.freshIndex(layout) {
          source = built
        } else {
          let (content, checked) = try ContentReader(layout: layout).check()
          let contentHash = content.contentHash
          let config = checked.config ?? SiteConfig(title: "Casebook", description: "")
          source = KnowledgeBase(config: config, cases: checked.loaded.compactMap(\.record)).searchIndex(contentHash: contentHash)
        }
        let found = try SearchEngine(source: source).search(text, filters: SearchFilters(status: status, component: component, tag: tag, versions: versions.compactMap(VersionCondition.init), needsReview: needsReview ? Today.date() : nil))
        let shown = Array(found.results.prefix(limit))
        if json {
          try printJSON(shown, source: source, layout: layout)
        } else {
          try printText(shown, total: found.total, source: source, layout: layout)
          if shown.isEmpty, found.outsideVersions > 0 {
            let asked = versions.compactMap(VersionCondition.init).map { "\($0.component) \($0.version)" }.joined(separator: " and ")
            Console.error("\(found.outsideVersions) \(found.outsideVersions == 1 ? "case matches" : "cases match") the query but not \(asked).\n")
          }
        }
        if shown.isEmpty { throw ExitCode.failure }
      }
    }

    /// The built index in `Site/search`, when it describes the current content.
    ///
    /// When no input changed since the last build (its manifest's stamps match, which needs no
    /// file to be read), the index that build wrote is fresh. Otherwise the index's content
    /// hash is compared with one of the files as they are now.
    static func freshIndex(_ layout: ProjectLayout) throws -> IndexFolder? {
      let folder = layout.sitePath + "/" + SiteRoutes.searchIndexFolder
      guard let built = try? IndexFolder(folder: folder), built.meta.version == SearchIndex.version else { return nil }
      if let manifest = BuildManifest.load(BuildManifest.path(layout: layout, output: layout.sitePath)),
        let meta = manifest.outputs[IndexFiles.path("meta")], meta.stamp == FileStamp.of(folder + "/meta.js"),
        manifest.inputs == BuildManifest.scanInputs(layout: layout)
      {
        return built
      }
      return built.meta.contentHash == (try ContentReader(layout: layout).read()).contentHash ? built : nil
    }

    private func location(_ document: SearchDocument, anchor: String, layout: ProjectLayout) -> String {
      layout.sitePath + "/" + document.url + (anchor.isEmpty ? "" : "#" + anchor)
    }

    private func printText(_ results: [SearchResult], total: Int, source: any TermSource, layout: ProjectLayout) throws {
      let terminal = isatty(STDOUT_FILENO) == 1
      guard !results.isEmpty else {
        Console.error("No case matches.\n")
        return
      }
      var out = ""
      for (rank, result) in results.enumerated() {
        let document = try source.document(result.document)
        let (anchor, snippet) = Snippet.shown(result, in: document)
        let section = document.sections.first { $0.anchor == anchor }?.heading ?? (anchor == "signatures" ? "Error signatures" : "Summary")
        out += "\(rank + 1). \(terminal ? "\u{1B}[1m" : "")\(document.id)\(terminal ? "\u{1B}[0m" : "")  \(document.title)\n"
        if let fixed = result.fixedIn { out += "   fixed in \(fixed)\n" }
        out += "   \(section) · \(location(document, anchor: anchor, layout: layout))\n"
        out += "   " + snippet.parts.map { part in
          part.marked && terminal ? "\u{1B}[1;33m\(part.text)\u{1B}[0m" : part.text
        }.joined() + "\n"
      }
      if total > results.count { out += "(\(total - results.count) more; use --limit)\n" }
      Console.output(out)
    }

    private func printJSON(_ results: [SearchResult], source: any TermSource, layout: ProjectLayout) throws {
      struct Item: Encodable {
        var id, title, url, section, snippet: String
        var score: Double
        var highlights: [String]
        var fixedIn: String?
        enum CodingKeys: String, CodingKey { case id, title, url, section, snippet, score, highlights, fixedIn = "fixed_in" }
      }
      let items = try results.map { result -> Item in
        let document = try source.document(result.document)
        let (anchor, snippet) = Snippet.shown(result, in: document)
        return Item(id: document.id, title: document.title, url: location(document, anchor: anchor, layout: layout), section: anchor, snippet: snippet.plainText, score: (result.score * 1000).rounded() / 1000, highlights: snippet.parts.filter(\.marked).map(\.text), fixedIn: result.fixedIn)
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      Console.output(String(decoding: try encoder.encode(items), as: UTF8.self) + "\n")
    }
  }
}
