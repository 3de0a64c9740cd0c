// Stage: CLI (serve). Builds the previewed site after every change, and tells the open pages.

internal import CasebookCore
internal import Foundation
internal import ServiceLifecycle

/// Runs `casebook build` once the server listens, then after each batch of changes the
/// ``FileWatcher`` reports, one build at a time; says in the terminal what each did, and tells
/// ``LiveReload`` whether the pages reload or show errors.
///
/// ```
/// Content/cases/a.md saved        →  "Content/cases/a.md changed: 9 files written (0.41 s)."  pages reload
/// Content/cases/a.md broken       →  the diagnostics, as `casebook build` prints them        pages show them
/// Content/cases/a.md fixed again  →  "… 0 files written"                                     the errors go
/// ```
struct Rebuilder: Service {
  /// The project root, and the folder the site is built into.
  let project: String
  let folder: String
  /// Whether a build may remove most published cases without being asked: in the preview's
  /// own folder, yes; into `Site/` (`--write`), only as `casebook build` would.
  let allowsRemovals: Bool
  let watcher: FileWatcher
  let live: LiveReload
  /// Yields once the server listens.
  let started: AsyncStream<Int>

  func run() async throws {
    var listening = started.makeAsyncIterator()
    guard await listening.next() != nil else { return }
    let changes = watcher.changes()
    await withGracefulShutdownHandler {
      await build(after: [])
      for await changed in changes { await build(after: changed) }
    } onGracefulShutdown: {
      watcher.stop()
    }
    await live.close()
  }

  /// One build, on a thread of its own (it is CPU work, and uses its own threads).
  private func build(after changed: [String]) async {
    let arguments = ["--project", project, "--output", folder, "--wait"] + (allowsRemovals ? ["--allow-removals"] : []) + (changed.isEmpty ? [] : ["--quiet"])
    let start = Date()
    let result = await Self.onThread { Result { try Casebook.Build.parse(arguments).execute() } }
    let seconds = String(format: "%.2f s", Date().timeIntervalSince(start))
    let cause = changed.isEmpty ? "Built:" : Self.describe(changed) + " changed:"
    switch result {
    case .success(let report) where report.outcome == .failed:
      // `casebook build` printed the diagnostics.
      Console.error("The last good site is still served; its pages show these errors until a build succeeds.\n")
      await live.failed(DiagnosticPrinter().text(report.diagnostics, summary: DiagnosticPrinter.summary(report.diagnostics, cases: report.work.cases)))
    case .success(let report):
      let written = report.write.map { $0.written + $0.removed } ?? 0
      let what = report.write.map { "\($0.written) \($0.written == 1 ? "file" : "files") written, \($0.removed) removed" } ?? "the site is up to date"
      Console.error("\(cause) \(what) (\(seconds)).\n")
      await live.built(changed: written > 0)
    case .failure(let error):
      let text = ErrorText.describe(error)
      Console.error("error: \(text)\n")
      await live.failed(text)
    }
  }

  /// The changed paths, for a line of the terminal.
  ///
  /// ```
  /// ["Content/cases/a.md"]              →  "Content/cases/a.md"
  /// ["Content/cases/a.md", "b.md", "c"] →  "Content/cases/a.md and 2 more"
  /// ```
  static func describe(_ changed: [String]) -> String {
    changed.count == 1 ? changed[0] : "\(changed[0]) and \(changed.count - 1) more"
  }

  /// Runs `work` on a new thread (with a main thread's stack) and waits for it without
  /// holding one of the few threads async code runs on.
  static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
      let thread = Thread { continuation.resume(returning: work()) }
      thread.stackSize = 8 << 20
      thread.start()
    }
  }
}

extension FileWatcher {
  /// The batches of changes, from a thread that waits for them; at most one waits while a
  /// build runs (a build reads every input anyway). Ending the sequence stops the watcher.
  func changes() -> AsyncStream<[String]> {
    let (stream, continuation) = AsyncStream.makeStream(of: [String].self, bufferingPolicy: .bufferingNewest(1))
    continuation.onTermination = { _ in self.stop() }
    let thread = Thread {
      while let batch = self.next() { continuation.yield(batch) }
      continuation.finish()
    }
    thread.start()
    return stream
  }
}
