// Stage: CLI (serve). The preview: an HTTP server, and a build after every change.

package import CasebookCore
internal import Foundation
internal import Hummingbird
internal import Logging
internal import NIOCore
internal import ServiceLifecycle
internal import UnixSignals

/// `casebook serve`'s two services, run together until stopped: the site over HTTP
/// (Hummingbird, ``PreviewResponder``) and a ``Rebuilder`` that builds the site once the server
/// listens, then again after every change of `Content/`, `Templates/` or the config, and tells
/// the open pages (``LiveReload``).
///
/// The site is built by `casebook build` itself (the same command, incremental), into
/// `.casebook-cache/serve/` or, when asked, into `Site/`; so what is served is byte for byte what
/// `casebook build` writes, but for the script the responder adds to each page. A build stopped
/// by errors writes nothing: the last good site is served, with the errors over every page.
///
/// ```
/// let server = try PreviewServer(layout: layout, host: "127.0.0.1", port: 0, folder: ".casebook-cache/serve")
/// async let report = server.run()    // until server.stop(), or Ctrl-C with signals: true
/// await server.port                  // 41234, once it listens
/// ```
package final class PreviewServer: Sendable {
  let live = LiveReload()
  private let group: ServiceGroup
  private let ports: AsyncStream<Int>
  /// The host and port asked for, to name them in a message.
  private let address: String

  /// A server for the project at `layout`, building into `folder`; with `signals`, Ctrl-C
  /// (SIGINT) and SIGTERM stop it gracefully.
  package init(layout: ProjectLayout, host: String, port: Int, folder: String, signals: Bool = false, announce: Bool = false) throws {
    let watcher = try FileWatcher(folders: [layout.contentPath, layout.templatesPath], parent: layout.root)
    var logger = Logger(label: "casebook-serve")
    logger.logLevel = .critical
    let (ports, forTest) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
    let (started, forRebuilder) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
    let shownHost = host.contains(":") ? "[\(host)]" : host
    let app = Application(
      responder: PreviewResponder(folder: folder, live: live),
      configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
      onServerRunning: { channel in
        let bound = channel.localAddress?.port ?? port
        if announce { Console.error("Serving \(folder) at http://\(shownHost):\(bound)/ — pages reload when a case or template is saved (Ctrl-C to stop).\n") }
        forTest.yield(bound)
        forRebuilder.yield(bound)
      },
      logger: logger)
    let rebuilder = Rebuilder(project: layout.root, folder: folder, allowsRemovals: folder != layout.sitePath, watcher: watcher, live: live, started: started)
    self.ports = ports
    self.address = "\(shownHost):\(port)"
    group = ServiceGroup(services: [app, rebuilder], gracefulShutdownSignals: signals ? [.sigint, .sigterm] : [], logger: logger)
  }

  /// Serves until stopped, then says what it did. A port in use is an error that says so.
  package func run() async throws -> ServeReport {
    do {
      try await group.run()
    } catch let error as IOError where error.errnoCode == EADDRINUSE {
      throw BuildError("\(address) is in use (another casebook serve?): stop what listens there, or choose another port with --port")
    } catch let error as IOError where error.errnoCode == EADDRNOTAVAIL {
      throw BuildError("\(address) is not an address of this machine: give --host one of its addresses, or 127.0.0.1")
    }
    return await live.report
  }

  /// The port the server listens on, once it does (what `--port 0` chose).
  package var port: Int? {
    get async {
      for await port in ports { return port }
      return nil
    }
  }

  /// Stops the server as Ctrl-C does: the build under way ends, open pages' events end,
  /// then the server closes.
  package func stop() async {
    await group.triggerGracefulShutdown()
  }
}
