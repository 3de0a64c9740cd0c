// Stage: CLI (serve). What open pages are told: reload, or the errors of the last change.

internal import Foundation

/// The state of the previewed site, and the pages listening to it (server-sent events).
///
/// Every page the preview serves carries the *generation* of the site it came from. A build
/// that changed files starts a new generation and tells every open page, which reloads; a build
/// stopped by errors tells them the errors, and they show them over the page until a build
/// succeeds. A page that connects (or reconnects) is told the current state first, so a page
/// served just before a build, or by a server since restarted, still catches up.
///
/// ```
/// subscribe()                 →  "event: ready\ndata: 1733292000-1\n\n"
/// built(changed: true)        →  "event: ready\ndata: 1733292000-2\n\n" to every page (each reloads)
/// failed("a.md:3:1: error: …") →  "event: problems\ndata: {\"text\":\"a.md:3:1: error: …\"}\n\n"
/// ```
actor LiveReload {
  /// Names a generation of the site: the server's start and a count, so that a page from an
  /// earlier run of the server never takes a new one for its own.
  private let run = Int(Date().timeIntervalSince1970)
  private var count = 0
  private var problems: String?
  private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
  private var nextListener = 0
  private var closed = false
  private(set) var report = ServeReport()

  /// The generation pages served now carry.
  var generation: String { "\(run)-\(count)" }

  /// The events for one page, starting with the current state; it ends when the server stops.
  func subscribe() -> AsyncStream<String> {
    let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(8))
    guard !closed else {
      continuation.finish()
      return stream
    }
    let id = nextListener
    nextListener += 1
    listeners[id] = continuation
    continuation.onTermination = { _ in Task { await self.forget(id) } }
    continuation.yield("retry: 1000\n\n" + state)
    return stream
  }

  /// A build succeeded; if it changed the site, open pages reload.
  func built(changed: Bool) {
    report.builds += 1
    if changed {
      count += 1
      report.reloads += 1
    }
    let hadProblems = problems != nil
    problems = nil
    if changed || hadProblems { broadcast(state) }
  }

  /// A build was stopped: open pages show why, over the last good site.
  func failed(_ text: String) {
    report.builds += 1
    report.failed += 1
    problems = text
    broadcast(state)
  }

  /// Ends every page's events, and refuses new listeners: the server is stopping.
  func close() {
    closed = true
    for listener in listeners.values { listener.finish() }
    listeners = [:]
  }

  private var state: String {
    guard let problems else { return "event: ready\ndata: \(generation)\n\n" }
    let json = (try? JSONEncoder().encode(["text": problems])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    return "event: problems\ndata: \(json)\n\n"
  }

  private func broadcast(_ event: String) {
    for listener in listeners.values { listener.yield(event) }
  }

  private func forget(_ id: Int) {
    listeners[id] = nil
  }
}
