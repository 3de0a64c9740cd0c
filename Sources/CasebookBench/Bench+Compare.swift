// Benchmarks: `casebook-bench compare`, this casebook against another, in alternating pairs.

internal import ArgumentParser
internal import Foundation

extension Bench {
  /// Compares clean builds of this casebook with another binary's on the same corpus, and
  /// checks that both build the same site.
  ///
  /// On a shared machine the same binary's build time moves by a tenth or more within
  /// minutes, so a change is measured in pairs run back to back, the order alternating from
  /// one pair to the next, and judged by the median of the per-pair ratios.
  ///
  /// ```
  /// casebook-bench compare --baseline /tmp/casebook-before --count 10000 --pairs 10
  ///   →  clean build, this / baseline: wall 0.91 (0.85 to 0.95), CPU 0.90 …
  ///      The two sites are byte-identical (44464 files).
  /// ```
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compare clean builds of this casebook with another casebook binary, in alternating pairs.",
      discussion: """
        Each pair builds the corpus from scratch with both binaries, back to back; the order \
        alternates from pair to pair. Reports the median of each binary's wall time, CPU time and \
        peak memory, the median (and range) of the per-pair ratios, and whether the two binaries \
        built byte-identical sites.
        """
    )

    @Option(help: ArgumentHelp("The casebook binary to compare with (this casebook is the one beside casebook-bench).", valueName: "path"))
    var baseline: String

    @Option(help: "How many pairs of clean builds.")
    var pairs = 5

    @OptionGroup var corpus: CorpusOptions

    init() {}

    func validate() throws {
      guard pairs >= 1 else { throw ValidationError("--pairs must be at least 1.") }
      guard FileManager.default.isExecutableFile(atPath: baseline) else { throw ValidationError("--baseline \(baseline) is not an executable file.") }
    }

    func run() throws {
      let folder = try corpus.writeCorpus(named: "casebook-bench-compare")
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let candidate = Project.sibling("casebook")

      var this: [ChildProcess] = [], other: [ChildProcess] = []
      var check = ""
      for pair in 0..<pairs {
        if pair % 2 == 0 {
          this.append(try Project.cleanBuild(candidate, in: folder))
          other.append(try Project.cleanBuild(baseline, in: folder))
        } else {
          other.append(try Project.cleanBuild(baseline, in: folder))
          this.append(try Project.cleanBuild(candidate, in: folder))
        }
        // The first pair ends with the baseline's site, which this casebook's `build --check`
        // compares with what it builds (silent when they are the same).
        if pair == 0 { check = try Project.capture(candidate, ["build", "--check", "--full", "--quiet"], in: folder) }
      }
      print("## \(corpus.count) cases, \(pairs) pairs of clean builds (each pair back to back, the order alternating)\n")
      print("| binary | wall | CPU | peak memory |\n|---|---|---|---|")
      for (label, runs) in [("this casebook", this), ("baseline (\(baseline))", other)] {
        print("| \(label) | \(Project.seconds(Project.median(runs.map(\.wall)))) | \(Project.seconds(Project.median(runs.map(\.cpu)))) | \(Build.megabytes(Project.median(runs.map { Double($0.peakMemory) }))) |")
      }
      func ratio(_ measure: (ChildProcess) -> Double) -> String {
        let ratios = zip(this, other).map { measure($0) / measure($1) }
        return String(format: "%.3f (%.3f to %.3f)", Project.median(ratios), ratios.min()!, ratios.max()!)
      }
      print("\nClean build, this / baseline, median of the per-pair ratios (range): wall \(ratio(\.wall)), CPU \(ratio(\.cpu)).")
      if check.isEmpty {
        print("The two sites are byte-identical (\(Project.fileCount(folder + "/Site").files) files).")
      } else {
        print("The two sites differ (this casebook's `build --check` against the baseline's site):\n\n```\n\(check)```")
      }
    }
  }
}
