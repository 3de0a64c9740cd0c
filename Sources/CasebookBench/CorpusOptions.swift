// Benchmarks: the options of the commands that make a corpus and build it.

internal import ArgumentParser
internal import Foundation

/// How many cases, from which templates, and where: shared by `build` and `compare`.
struct CorpusOptions: ParsableArguments {
  @Option(help: "How many cases.")
  var count = 1000

  @Option(help: "The Templates folder to copy.")
  var templates = "Templates"

  @Option(help: ArgumentHelp("Where to make the corpus (default: the temporary folder). /dev/shm keeps the disk out of the figures.", valueName: "dir"))
  var folder: String?

  init() {}

  /// A fresh corpus in a folder of its own (`name` and the count) under ``folder``; the
  /// caller removes it.
  func writeCorpus(named name: String) throws -> String {
    let path = (folder.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory).appendingPathComponent("\(name)-\(count)").path
    try? FileManager.default.removeItem(atPath: path)
    try Project.write(count: count, to: path, templates: templates)
    return path
  }
}
