// Stage: CLI. `casebook serve`: the contributor's preview, rebuilt and reloaded on every save.

package import ArgumentParser
internal import CasebookCore
internal import Dispatch

extension Casebook {
  /// Serves the site over HTTP while you edit: every saved change is built (incrementally) and
  /// open pages reload; errors show in the terminal and over the pages.
  ///
  /// ```
  /// $ casebook serve
  /// Serving .casebook-cache/serve at http://127.0.0.1:7777/ — pages reload when … (Ctrl-C to stop).
  /// Built: 437 files written, 0 removed (1.92 s).
  /// Content/cases/nginx-reload.md changed: 9 files written, 0 removed (0.31 s).
  /// ```
  package struct Serve: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Serve the site for preview, rebuilding it and reloading open pages on every save.",
      discussion: """
        Builds the site as `casebook build` does, into .casebook-cache/serve/ (Site/ is not \
        touched unless --write is given), serves it at http://127.0.0.1:7777/, and watches \
        Content/ and Templates/: each saved change is built again and open pages reload. When \
        a change has errors they are printed here and shown over every open page, and the last \
        good site is still served. Pages get a small live-reload script when served; no file \
        holds it. Ctrl-C stops the server.
        """
    )

    @OptionGroup package var options: ProjectOptions

    @Option(help: ArgumentHelp("The address to listen on; anything but loopback shows the preview to other machines.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    var port = 7777

    @Flag(help: "Build into Site/ (as casebook build does) instead of .casebook-cache/serve/.")
    var write = false

    package init() {}

    /// Serves until Ctrl-C. The command line stays synchronous (a process whose main thread
    /// parks in the async runtime's main queue cannot be run under valgrind, which measures
    /// builds): the server runs on the async runtime's threads while this one waits for it.
    package func run() throws {
      let preview = try ErrorText.reporting { try server(signals: true) }
      _ = try ErrorText.reporting { try Self.waiting { try await preview.run() } }
    }

    /// Runs async work to its end from synchronous code, on the async runtime's threads.
    static func waiting<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
      let outcome = Outcome<T>()
      Task.detached {
        do { outcome.result = .success(try await work()) } catch { outcome.result = .failure(error) }
        outcome.done.signal()
      }
      outcome.done.wait()
      return try outcome.result!.get()
    }

    package func validate() throws {
      guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
    }

    /// The server these options describe (not yet running); a folder that holds no cases is
    /// refused here, as `casebook build` refuses it, before anything listens.
    package func server(signals: Bool = false) throws -> PreviewServer {
      let layout = try options.layout()
      try ContentReader(layout: layout).checkCasesFolder()
      if !["127.0.0.1", "localhost", "::1"].contains(host) {
        Console.error("warning: --host \(host) shows the preview, and the errors of unsaved work, to any machine that can reach this one; it has no access control.\n")
      }
      let folder = write ? layout.sitePath : Self.scratchFolder(layout)
      return try PreviewServer(layout: layout, host: host, port: port, folder: folder, signals: signals, announce: true)
    }

    /// Where the preview builds when it leaves `Site/` alone: in the build cache, which git ignores.
    static func scratchFolder(_ layout: ProjectLayout) -> String {
      layout.cachePath + "/serve"
    }
  }
}

/// What async work gave, handed to the thread waiting for it (``Casebook/Serve/waiting(_:)``).
private final class Outcome<T: Sendable>: @unchecked Sendable {
  // Written once by the task before `done` is signalled; read only after waiting on it.
  var result: Result<T, any Error>?
  let done = DispatchSemaphore(value: 0)
}
