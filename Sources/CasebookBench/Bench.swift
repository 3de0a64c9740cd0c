// Benchmarks: `casebook-bench`, the documented way to measure Casebook (docs/performance.md).

package import ArgumentParser
internal import CasebookCore
internal import CasebookSearch
internal import Foundation

/// Generates corpora and measures builds and search on them.
package struct Bench: ParsableCommand {
  package static let configuration = CommandConfiguration(
    commandName: "casebook-bench",
    abstract: "Generate benchmark corpora and measure Casebook on them.",
    subcommands: [Corpus.self, Search.self, Quality.self, Build.self, Compare.self, Serve.self]
  )

  package init() {}

  /// Writes a generated project (Content/ and the repository's Templates/).
  package struct Corpus: ParsableCommand {
    package static let configuration = CommandConfiguration(abstract: "Write a deterministic corpus of N cases as a Casebook project.")

    @Option(help: "How many cases.")
    var count = 1000

    @Option(help: "The project folder to create.")
    var output: String

    @Option(help: "The Templates folder to copy (default: Templates in the current folder).")
    var templates = "Templates"

    @OptionGroup var prose: ProseOption

    package init() {}

    package func run() throws {
      try Project.write(count: count, to: output, templates: templates, prose: prose.prose)
      print("Wrote \(count) cases to \(output)/Content")
    }
  }

  /// Measures the search index and queries on a generated corpus.
  package struct Search: ParsableCommand {
    package static let configuration = CommandConfiguration(abstract: "Measure index build, index size, bytes per query and query times.")

    @Option(help: "How many cases.")
    var count = 1000

    @Option(help: "Runs per timing; the median is reported.")
    var runs = 5

    @Option(help: "The Templates folder to copy.")
    var templates = "Templates"

    @Flag(help: "Skip the headless Chromium timing (and Pagefind side by side, which runs in Chromium too).")
    var noBrowser = false

    @Flag(help: "List the files each query loads (the heaviest of each quality kind too); reuses the corpus a run left.")
    var explain = false

    @OptionGroup var prose: ProseOption

    package init() {}

    package func run() throws {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-bench-\(count)").path
      let built = FileManager.default.fileExists(atPath: folder + "/Site/search/meta.js")
      if !explain || !built {
        try? FileManager.default.removeItem(atPath: folder)
        try Project.write(count: count, to: folder, templates: templates, prose: prose.prose)
      }
      let casebook = Project.sibling("casebook")

      // --explain reuses the corpus and site a run left, and builds them once if there are none.
      var buildTimes: [Double] = []
      for _ in 0..<(explain ? (built ? 0 : 1) : runs) {
        try? FileManager.default.removeItem(atPath: folder + "/Site")
        buildTimes.append(try Project.time { try Project.run(casebook, ["build", "--quiet"], in: folder) })
      }

      // The index alone, in process: from checked cases to files.
      let kb = try Project.knowledgeBase(folder)
      var indexTimes: [Double] = []
      var fileCount = 0
      for _ in 0..<runs {
        indexTimes.append(try Project.time {
          let files = try IndexFiles.write(kb.searchIndex(contentHash: ""))
          fileCount = files.count
        })
      }
      let indexBytes = Project.fileCount(folder + "/Site/search").bytes

      var rows: [String] = []
      for (label, queries) in [("one word", Queries.oneWord), ("five words", Queries.fiveWords), ("pasted line", Queries.pastedLines)] {
        var loaded: [Int] = [], times: [Double] = []
        for query in queries {
          let index = try IndexFolder(folder: folder + "/Site/search")
          let engine = SearchEngine(source: index)
          let found = try engine.search(query)
          for result in found.results.prefix(10) { _ = try index.document(result.document) }
          loaded.append(index.bytesRead)
          if explain {
            print("\(query): \(index.bytesRead) bytes; " + index.filesRead.sorted { $0.bytes > $1.bytes }.prefix(6).map { "\($0.path) \($0.bytes)" }.joined(separator: ", "))
          }
          for _ in 0..<runs { times.append(try Project.time { _ = try engine.search(query) }) }
        }
        rows.append("| \(label) | \(Project.kB(Project.median(loaded.map(Double.init)))) | \(Project.kB(loaded.max().map(Double.init) ?? 0)) | \(Project.ms(Project.median(times))) | \(Project.ms(Project.percentile(times, 0.95))) |")
      }

      var cli: [Double] = []
      for query in Queries.oneWord.prefix(3) {
        cli.append(try Project.time { try Project.run(casebook, ["search", "--limit", "10", query], in: folder, allowFailure: true) })
      }

      print("## \(count) cases\n")
      print("| measure | value |\n|---|---|")
      print("| casebook build (site, man pages, index), median of \(runs) | \(Project.seconds(Project.median(buildTimes))) |")
      print("| index build (tokenize, weigh, shard), median of \(runs) | \(Project.seconds(Project.median(indexTimes))) |")
      print("| index size on disk | \(Project.kB(Double(indexBytes))) in \(fileCount) files |")
      print("| casebook search (process, median of 3 queries) | \(Project.ms(Project.median(cli))) |")
      print("\n| query | kB loaded (median) | kB loaded (max) | Swift median | Swift p95 |\n|---|---|---|---|---|")
      rows.forEach { print($0) }
      let quality = SearchQuality(index: kb.searchIndex(contentHash: ""))
      print("\n" + Quality.table(try quality.measure(), count: count))
      print("| query kind (\(count) cases) | kB loaded (median) | kB loaded (max) |\n|---|---|---|")
      for row in try quality.bytesLoaded(folder: folder + "/Site/search", explain: explain) {
        print("| \(row.kind.rawValue) | \(Project.kB(row.median)) | \(Project.kB(Double(row.max))) |")
      }
      if !noBrowser {
        let queries = Queries.oneWord + Queries.fiveWords + Queries.pastedLines + quality.queries.map(\.text)
        let (first, warm) = try Browser.queryTimes(site: folder + "/Site", queries: queries)
        print("\nHeadless Chromium, \(queries.count) queries (the lists above and the quality set): first run of each (its shards loading) median \(Project.ms(first.median)), max \(Project.ms(first.max)); shards loaded, three more runs: median \(Project.ms(warm.median)), p95 \(Project.ms(warm.p95)).")
        let pageQueries = Queries.oneWord.prefix(3) + Queries.fiveWords.prefix(3) + Queries.pastedLines.prefix(3)
        let pageBytes = try pageQueries.map { Double(try Browser.searchPageBytes(site: folder + "/Site", query: $0)) }
        print("\n`search.html?q=…` in Chromium, \(pageQueries.count) queries (the page and every script it loads): median \(Project.kB(Project.median(pageBytes))), max \(Project.kB(pageBytes.max() ?? 0)).")
        // Side by side, where it is installed: Pagefind on the same case pages.
        if let version = PagefindComparison.installedVersion() {
          print("\n" + (try PagefindComparison.measure(site: folder + "/Site", quality: quality, version: version)).report)
        } else {
          print("\nPagefind is not installed (pip install 'pagefind[extended]'): no comparison.")
        }
      }
    }
  }
}

extension Bench {
  /// Measures how often search finds the case a query was drawn from.
  package struct Quality: ParsableCommand {
    package static let configuration = CommandConfiguration(abstract: "Measure hit@1/@3/@10 by query kind on queries drawn from a generated corpus.")

    @Option(help: "How many cases.")
    var count = 1000

    @Option(help: "Queries of each kind.")
    var perKind = 40

    @Option(help: "List the queries whose case is not in the first N results, with the rank it has.")
    var misses: Int?

    @OptionGroup var prose: ProseOption

    package init() {}

    package func run() throws {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-quality-\(count)").path
      try? FileManager.default.removeItem(atPath: folder)
      try Project.write(count: count, to: folder, templates: nil, prose: prose.prose)
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let quality = SearchQuality(index: try Project.knowledgeBase(folder).searchIndex(contentHash: ""), perKind: perKind)
      print(Self.table(try quality.measure(), count: count))
      if let cutoff = misses {
        for (query, rank) in try quality.misses(cutoff: cutoff) {
          print("\(query.kind.rawValue): \(query.text) → \(rank.map { "rank \($0)" } ?? "not found") (case \(quality.index.documents[query.source].id))")
        }
      }
    }

    /// The rows as a Markdown table: hit@k of the source case, then of it or an equivalent one.
    static func table(_ rows: [SearchQuality.Row], count: Int) -> String {
      func percent(_ hits: Int, _ of: Int) -> String { of == 0 ? "–" : "\(hits * 100 / of) %" }
      var text = "## Search quality, \(count) cases\n\n| query kind | queries | hit@1 | hit@3 | hit@10 | hit@1 (or equivalent) | hit@3 (or equivalent) | hit@10 (or equivalent) |\n|---|---|---|---|---|---|---|---|\n"
      for row in rows {
        text += "| \(row.kind.rawValue) | \(row.queries) | " + (row.source + row.equivalent).map { percent($0, row.queries) }.joined(separator: " | ") + " |\n"
      }
      return text
    }
  }
}

/// The fixed query lists the benchmark runs (the browser parity test runs them too).
package enum Queries {
  package static var all: [String] { oneWord + fiveWords + pastedLines + typing }
  static let typing = ["ngin", "certifcate", "\"connection drops\"", "kubelet \"the node\" restart", "缓存 超时"]
  static let oneWord = ["nginx", "certificate", "timeout", "epoll_wait", "kubelet", "replica", "journalctl", "ENOMEM", "缓存", "deadlock"]
  static let fiveWords = [
    "nginx fails to start after upgrade", "etcd leader timeout after node reboot", "openssl certificate rejected chain trust",
    "containerd image pull registry timeout", "postgresql shared_buffers memory limit oom", "kubelet probe fails health check",
    "glibc symbol version linker error", "redis connection drops backend latency", "systemd unit exit status code",
    "证书 过期 连接 失败 重启",
  ]
  static let pastedLines = [
    "/usr/bin/ld: /tmp/nginx-build-1234567890/socket.o: undefined reference to `SSL_CTX_use_certificate'",
    "panic: runtime error: invalid memory address or nil pointer dereference [recovered] goroutine 77 at 0xdeadbe",
  ]
}

extension CorpusGenerator.Prose: ExpressibleByArgument {}

/// `--prose`, shared by the commands that make a corpus for search.
struct ProseOption: ParsableArguments {
  @Option(help: "What the English prose is made of: few (140 words, each in nearly every case) or zipf (closer to real text).")
  var prose = CorpusGenerator.Prose.few

  init() {}
}
