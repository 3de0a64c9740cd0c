// Stage: CLI. What `casebook build` did, returned to its caller.

package import CasebookCore

/// The result of `casebook build`: what happened, with the diagnostics and what each stage did.
///
/// ``Casebook/Build/execute()`` returns it and prints nothing but progress and diagnostics;
/// `run()` turns it into the exit status, and tests read it instead of the progress lines.
///
/// ```
/// casebook build (one case edited)  →  .built, work.parsed == 1, work.pagesKept == 2, write.written == 9
/// casebook build (nothing changed)  →  .upToDate
/// casebook build --check            →  .checked(differences: ["index.html"])
/// ```
package struct BuildReport: Sendable {
  package enum Outcome: Sendable, Equatable {
    /// No input changed since the last build and every output is the file it wrote.
    case upToDate
    /// The site was built and committed.
    case built
    /// `--check`: the files of the output folder that differ from a build (empty: none).
    case checked(differences: [String])
    /// The content has errors: nothing was written.
    case failed
  }

  package var outcome: Outcome
  /// Every error and warning, sorted by file, line and column. Empty when up to date: the
  /// last build's warnings are then printed again as that build printed them.
  package var diagnostics: [Diagnostic] = []
  /// What the stages did, and what they took over from the last build.
  package var work = Work()
  /// What the Write stage did; nil when nothing was committed.
  package var write: Written?
  /// The output the last build wrote that had changed since, when that made this build start
  /// again and build every file.
  package var changedOutput: String?
  /// Why the build could not rely on the last one, one line each (a damaged manifest, another
  /// casebook binary), as printed.
  package var notes: [String] = []

  /// What the Write stage did to the output folder.
  package struct Written: Sendable, Equatable {
    package var written: Int
    package var removed: Int
    package var unchanged: Int
  }

  /// Whether the command succeeded: built, up to date, or checked with no difference.
  package var succeeded: Bool {
    switch outcome {
    case .upToDate, .built: true
    case .checked(let differences): differences.isEmpty
    case .failed: false
    }
  }

  /// What the stages did: how many cases and files, and how much they took over from the last
  /// build instead of making it again.
  package struct Work: Sendable, Equatable {
    package var cases = 0
    /// Case files parsed in this build, and those whose parse results came from the last one.
    package var parsed = 0
    /// Case bodies parsed by libcmark in the Cases stage (each once), and again for an index
    /// that had to be made whole after all.
    package var bodiesParsed = 0
    package var parseResultsKept = 0
    package var similarCasesKept = false
    /// Files handed to the output, and what was taken over as the last build left it.
    package var files = 0
    package var pagesKept = 0
    package var listingsKept = 0
    package var casesJSONEntriesCopied = 0
    package var manPagesKept = 0
    package var indexFilesKept = 0

    package init() {}
  }
}
