// Benchmarks: `casebook-bench build`, whole builds side by side with Hugo.

internal import ArgumentParser
internal import Foundation

extension Bench {
  /// Measures clean builds, rebuilds and lint on a generated corpus, and Hugo on the same files.
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure casebook build (clean, unchanged, one case edited) and lint, and Hugo on the same corpus.",
      discussion: """
        Every figure is the median of --runs runs; casebook and Hugo alternate within each run, \
        so the ratio compares them under the same machine load. CPU time and peak memory are the \
        build process's own (wait4), as /usr/bin/time -v reports them.
        """
    )

    @Option(help: "Runs per measure; the median is reported.")
    var runs = 3

    @Flag(help: "Do not run Hugo even when it is installed.")
    var noHugo = false

    @Option(name: .customLong("hugo"), help: ArgumentHelp("The Hugo program to compare with (default: hugo on the PATH).", valueName: "path"))
    var hugoProgram: String?

    @OptionGroup var corpus: CorpusOptions

    init() {}

    func run() throws {
      let folder = try corpus.writeCorpus(named: "casebook-bench-build")
      let casebook = Project.sibling("casebook")
      var hugo = noHugo ? nil : hugoProgram ?? ChildProcess.find("hugo")
      let hugoFolder = folder + "/hugo"
      if hugo != nil { try HugoProject.write(casesFrom: folder + "/Content/cases", to: hugoFolder) }
      defer { try? FileManager.default.removeItem(atPath: folder) }

      var clean: [ChildProcess] = [], hugoClean: [ChildProcess] = [], unchanged: [ChildProcess] = [], edited: [ChildProcess] = [], lint: [ChildProcess] = [], fullLint: [ChildProcess] = []
      // Hugo failing (at 50,000 cases it needs some 12 GB, and is killed when the machine has
      // less) leaves casebook's figures standing: they are reported without a ratio.
      var hugoFailure: String?
      let cases = try FileManager.default.contentsOfDirectory(atPath: folder + "/Content/cases").sorted()
      for run in 0..<runs {
        clean.append(try Project.cleanBuild(casebook, in: folder))
        if let program = hugo {
          try? FileManager.default.removeItem(atPath: hugoFolder + "/public")
          try? FileManager.default.removeItem(atPath: hugoFolder + "/resources")
          let result = try ChildProcess.run(program, ["--quiet"], in: hugoFolder)
          if result.status == 0 {
            hugoClean.append(result)
          } else {
            let killed = result.status == 137 ? " (killed: out of memory?)" : ""
            hugoFailure = "Hugo (\(program) --quiet) failed in run \(run + 1) with status \(result.status)\(killed), so there is no ratio."
            hugoClean = []
            hugo = nil
          }
        }
        unchanged.append(try ChildProcess.succeed(casebook, ["build", "--quiet"], in: folder))
        // One case's body gains a paragraph: a different case each run.
        let path = folder + "/Content/cases/" + cases[(run * 7919) % cases.count]
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("\nOne more observation from run \(run).\n".utf8))
        try handle.close()
        edited.append(try ChildProcess.succeed(casebook, ["build", "--quiet"], in: folder))
        lint.append(try ChildProcess.succeed(casebook, ["lint"], in: folder))
        fullLint.append(try ChildProcess.succeed(casebook, ["lint", "--full"], in: folder))
      }
      let (files, bytes) = Project.fileCount(folder + "/Site")

      print("## \(corpus.count) cases (median of \(runs) runs)\n")
      print("| measure | wall | CPU | peak memory |\n|---|---|---|---|")
      func row(_ label: String, _ runs: [ChildProcess]) {
        guard !runs.isEmpty else { return }
        print("| \(label) | \(Project.seconds(Project.median(runs.map(\.wall)))) | \(Project.seconds(Project.median(runs.map(\.cpu)))) | \(Self.megabytes(Project.median(runs.map { Double($0.peakMemory) }))) |")
      }
      row("casebook build, clean (site, man pages, index)", clean)
      row("hugo, clean (default build, minimal layout)", hugoClean)
      row("casebook build, nothing changed", unchanged)
      row("casebook build, one case edited", edited)
      row("casebook lint, after the build (unchanged files not parsed again)", lint)
      row("casebook lint --full (every file parsed)", fullLint)
      print("\ncasebook wrote \(files) files, \(Self.megabytes(Double(bytes))).")
      if let hugoFailure {
        print(hugoFailure)
      } else if !hugoClean.isEmpty {
        let (hugoFiles, hugoBytes) = Project.fileCount(hugoFolder + "/public")
        print("Hugo wrote \(hugoFiles) files, \(Self.megabytes(Double(hugoBytes))).")
        let ratios = zip(clean, hugoClean).map { $0.wall / $1.wall }
        print(String(format: "Clean build, casebook / Hugo wall time: %.2f (median of the per-run ratios; guard rail ≤ 0.60, docs/performance.md).", Project.median(ratios)))
      } else {
        print("Hugo is not installed (apt-get install hugo), so there is no ratio.")
      }

      // Where a clean build spends its time, stage by stage.
      try? FileManager.default.removeItem(atPath: folder + "/Site")
      let stages = try Project.capture(casebook, ["build", "--full", "--timings"], in: folder)
      print("\nStages of one clean build (`casebook build --timings`):\n\n```\n\(stages)```")
    }

    static func megabytes(_ bytes: Double) -> String { String(format: "%.0f MB", bytes / 1_000_000) }
  }
}

/// A Hugo site over the same case files, with the smallest layout that renders every page.
enum HugoProject {
  static let config = """
    baseURL = "https://example.org/"
    title = "Generated corpus"
    [taxonomies]
      tag = "tags"
      component = "components"

    """
  static let single = """
    <!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
    <body><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}</body></html>

    """
  static let list = """
    <!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
    <body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul></body></html>

    """

  static func write(casesFrom cases: String, to folder: String) throws {
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/layouts/_default", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
    try Data(config.utf8).write(to: URL(fileURLWithPath: folder + "/hugo.toml"))
    try Data(single.utf8).write(to: URL(fileURLWithPath: folder + "/layouts/_default/single.html"))
    try Data(list.utf8).write(to: URL(fileURLWithPath: folder + "/layouts/_default/list.html"))
    try Data(list.utf8).write(to: URL(fileURLWithPath: folder + "/layouts/index.html"))
    try manager.copyItem(atPath: cases, toPath: folder + "/content/cases")
  }
}
