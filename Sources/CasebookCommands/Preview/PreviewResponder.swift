// Stage: CLI (serve). Answers a browser's requests from the built site folder.

internal import Foundation
internal import Hummingbird
internal import NIOCore

/// Serves the files of a built site as they are, with one difference: an HTML page gets the
/// live-reload script before `</body>` (the file on disk never holds it). Two paths are the
/// preview's own: `/__casebook/live.js` (the script) and `/__casebook/events` (server-sent
/// events, ``LiveReload``).
///
/// ```
/// GET /                      →  200 index.html, with the script
/// GET /cases/a               →  301 Location: /cases/a/
/// GET /assets/site.css       →  200 the file, byte for byte
/// GET /../etc/passwd, /nope  →  404 the site's 404.html
/// GET / before a first build →  503 "Building the site …", which reloads once it is built
/// ```
struct PreviewResponder: HTTPResponder {
  typealias Context = BasicRequestContext

  /// The folder the site is built into.
  let folder: String
  let live: LiveReload

  static let scriptPath = "/__casebook/live.js"
  static let eventsPath = "/__casebook/events"

  func respond(to request: Request, context: Context) async throws -> Response {
    guard request.method == .get || request.method == .head else {
      return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
    }
    let response: Response
    switch request.uri.path {
    case Self.eventsPath:
      return await events()
    case Self.scriptPath:
      response = Self.bytes(Array(Self.script.utf8), type: "text/javascript; charset=utf-8")
    default:
      response = try await file(request.uri.path)
    }
    guard request.method == .head else { return response }
    return Response(status: response.status, headers: response.headers)
  }

  /// Where a request path leads in the site folder.
  enum Target: Equatable {
    case file(String)
    case redirect(String)
    case notFound
  }

  /// The file a request path names in `folder`: percent-decoded, never outside the folder,
  /// a folder's `index.html` (a folder asked for without its `/` is redirected to it first).
  ///
  /// ```
  /// "/cases/a/"  →  .file("<folder>/cases/a/index.html")
  /// "/cases/a"   →  .redirect("/cases/a/")
  /// "/a/../../x" →  .notFound
  /// "//cases"    →  .redirect("/cases/")
  /// ```
  static func target(of path: String, in folder: String) -> Target {
    let decoded = path.removingPercentEncoding ?? path
    let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    guard !parts.contains(where: { $0 == ".." || $0.contains("\0") }) else { return .notFound }
    let full = ([folder] + parts.map(String.init)).joined(separator: "/")
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { return .notFound }
    let file: String
    if isFolder.boolValue {
      // Redirected to the path spelt plainly: "//cases" must not become "//cases/", another host.
      guard path.hasSuffix("/") else { return .redirect("/" + parts.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }.joined(separator: "/") + "/") }
      file = full + "/index.html"
    } else {
      file = full
    }
    // A link inside the site that leads out of it is not followed.
    let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path + "/"
    guard URL(fileURLWithPath: file).resolvingSymlinksInPath().path.hasPrefix(root), FileManager.default.isReadableFile(atPath: file) else { return .notFound }
    return .file(file)
  }

  private func file(_ path: String) async throws -> Response {
    switch Self.target(of: path, in: folder) {
    case .redirect(let location):
      return Response(status: .movedPermanently, headers: [.location: location])
    case .file(let file):
      guard let data = FileManager.default.contents(atPath: file) else { return try await notFound() }
      return await page(Array(data), type: Self.mediaType(of: file), status: .ok)
    case .notFound:
      return try await notFound()
    }
  }

  private func notFound() async throws -> Response {
    if let data = FileManager.default.contents(atPath: folder + "/404.html") {
      return await page(Array(data), type: Self.mediaType(of: "404.html"), status: .notFound)
    }
    if !FileManager.default.fileExists(atPath: folder + "/index.html") {
      let waiting = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Building the site …</title></head>\n<body><p>casebook is building the site; this page reloads when it is ready.</p></body></html>\n"
      return await page(Array(waiting.utf8), type: "text/html; charset=utf-8", status: .serviceUnavailable)
    }
    return Self.bytes(Array("Not found\n".utf8), type: "text/plain; charset=utf-8", status: .notFound)
  }

  /// A file as it is, or for an HTML page with the live-reload script of this generation.
  private func page(_ bytes: [UInt8], type: String, status: HTTPResponse.Status) async -> Response {
    guard type.hasPrefix("text/html") else { return Self.bytes(bytes, type: type, status: status) }
    return Self.bytes(Self.injecting(await live.generation, into: bytes), type: type, status: status)
  }

  /// A page with the live-reload script tag before its last `</body>` (at its end if none).
  ///
  /// ```
  /// "<body><p>x</p></body></html>"  →  "<body><p>x</p><script src=\"/__casebook/live.js\" data-generation=\"5-1\"></script></body></html>"
  /// ```
  static func injecting(_ generation: String, into page: [UInt8]) -> [UInt8] {
    let tag = Array("<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>".utf8)
    let end = Array("</body>".utf8)
    var at = page.count
    if page.count >= end.count {
      for start in stride(from: page.count - end.count, through: 0, by: -1) where page[start..<(start + end.count)].elementsEqual(end) {
        at = start
        break
      }
    }
    return Array(page[..<at]) + tag + Array(page[at...])
  }

  private func events() async -> Response {
    let stream = await live.subscribe()
    return Response(
      status: .ok,
      headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
      body: ResponseBody { writer in
        for await event in stream { try await writer.write(ByteBuffer(string: event)) }
        try await writer.finish(nil)
      })
  }

  private static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status,
      headers: [.contentType: type, .cacheControl: "no-store", .contentLength: String(bytes.count)],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// The media type a site file is served with; man pages and anything unknown as text.
  static func mediaType(of file: String) -> String {
    switch (file as NSString).pathExtension.lowercased() {
    case "html": "text/html; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "js": "text/javascript; charset=utf-8"
    case "json": "application/json"
    case "xml": (file as NSString).lastPathComponent == "opensearch.xml" ? "application/opensearchdescription+xml" : "application/atom+xml; charset=utf-8"
    case "svg": "image/svg+xml"
    case "png": "image/png"
    default: "text/plain; charset=utf-8"
    }
  }
}
