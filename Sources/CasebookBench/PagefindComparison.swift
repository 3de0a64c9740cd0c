// Benchmarks: Pagefind on the same built site, side by side with our search.

internal import CasebookSearch
internal import Foundation

/// Pagefind (`python3 -m pagefind`, from PyPI's `pagefind[extended]`), run on the case pages
/// of the site `casebook build` made: how long it takes to index them, how large its index is,
/// and, in headless Chromium, what each query of the quality set loads and where its case ranks.
///
/// Each query runs as a reader's first (an instance of Pagefind of its own), against a local HTTP
/// server that forbids caching and counts the bytes it sends of the index files (`pf_meta`, index
/// chunks, the fragments of the ten results shown), as our own figures count `meta.js`, shards
/// and document files; the code of each engine (Pagefind's script, worker and WebAssembly; our
/// `search.js`) is apart. Pagefind searches the pages in the language of the page it runs in
/// (English here), so the Chinese cases are out of its reach.
///
/// ```
/// Pagefind <version> on the same case pages: index <seconds>, <kB> in <files> files; …
/// | query kind, Pagefind | queries | failed | hit@1 … | kB loaded (median) | kB loaded (max) |
/// ```
struct PagefindComparison {
  /// What one kind of query gave.
  struct Row {
    var kind: SearchQuality.Kind
    var queries = 0
    var equivalent = [0, 0, 0]
    var bytes: [Int] = []
    /// Queries that failed or gave no answer within ten seconds.
    var failed = 0
  }

  var version: String
  var indexSeconds: Double
  var indexBytes: Int
  var indexFiles: Int
  var engineBytes: Int
  var rows: [Row]

  /// Pagefind's version, or nil when it is not installed.
  static func installedVersion() -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-m", "pagefind", "--version"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let version = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return process.terminationStatus == 0 ? String(version.dropFirst(version.hasPrefix("pagefind ") ? 9 : 0)) : nil
  }

  /// Indexes the case pages of `site` into `site/pagefind` and runs the quality set's queries.
  static func measure(site: String, quality: SearchQuality, version: String) throws -> PagefindComparison {
    try? FileManager.default.removeItem(atPath: site + "/pagefind")
    let seconds = try Project.time {
      try Project.run("/usr/bin/env", ["python3", "-m", "pagefind", "--site", site, "--glob", "cases/*/index.html", "--output-subdir", "pagefind", "--quiet"], in: site)
    }
    let (index, engine) = Self.sizes(site + "/pagefind")
    let answers = try Self.run(queries: quality.queries.map(\.text), site: site)
    let ids = quality.index.documents.map(\.id)
    var rows = SearchQuality.Kind.allCases.map { Row(kind: $0) }
    for (query, answer) in zip(quality.queries, answers) {
      let row = SearchQuality.Kind.allCases.firstIndex(of: query.kind)!
      let relevant = Set(query.relevant.map { ids[$0] })
      rows[row].queries += 1
      rows[row].bytes.append(answer.bytes)
      if answer.ids.contains(where: { $0.hasPrefix("error: ") }) { rows[row].failed += 1 }
      for (slot, cutoff) in SearchQuality.cutoffs.enumerated() where answer.ids.prefix(cutoff).contains(where: relevant.contains) {
        rows[row].equivalent[slot] += 1
      }
    }
    return PagefindComparison(
      version: version, indexSeconds: seconds, indexBytes: index.bytes, indexFiles: index.files, engineBytes: engine, rows: rows.filter { $0.queries > 0 })
  }

  /// The index files of a Pagefind bundle (its metadata, index chunks and fragments), and its
  /// code a search loads (`pagefind.js`, its worker, its WebAssembly); its UI files are neither.
  static func sizes(_ bundle: String) -> (index: (files: Int, bytes: Int), engine: Int) {
    var index = (files: 0, bytes: 0), engine = 0
    for path in FileManager.default.enumerator(atPath: bundle)?.allObjects as? [String] ?? [] {
      let name = (path as NSString).lastPathComponent
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: bundle + "/" + path), attributes[.type] as? FileAttributeType == .typeRegular,
        let size = attributes[.size] as? Int, !name.hasSuffix(".css")
      else { continue }
      if name == "pagefind.js" || name == "pagefind-worker.js" || name.hasPrefix("wasm.") {
        engine += size
      } else if !name.hasSuffix(".js") {
        index.files += 1
        index.bytes += size
      }
    }
    return (index, engine)
  }

  /// Each query as a reader's first: the case ids of its first ten results and the bytes of
  /// index files it loaded. Each query imports Pagefind afresh, so it loads its metadata, chunks
  /// and fragments itself.
  static func run(queries: [String], site: String) throws -> [(ids: [String], bytes: Int)] {
    // Forty queries a Chromium run, each run given ten minutes of virtual time.
    try stride(from: 0, to: queries.count, by: 40).flatMap { start in
      try run(batch: Array(queries[start..<min(start + 40, queries.count)]), site: site)
    }
  }

  private static func run(batch queries: [String], site: String) throws -> [(ids: [String], bytes: Int)] {
    let list = String(decoding: try JSONEncoder().encode(queries), as: UTF8.self)
    let page = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>pagefind bench</title></head>
      <body><pre id="out">pending</pre><script type="module">
      const queries = \(list);
      const out = [];
      // Virtual time (which --dump-dom waits on) runs ahead while only Pagefind's worker is
      // busy; a request always open to the server holds it to about real time.
      let done = false;
      (async function () { while (!done) { await fetch("/tick", { cache: "no-store" }); } })();
      // Some queries never answer (Pagefind 1.5 on "step 3/7 failed: …"): ten seconds each,
      // and each query has an instance of its own (a module imported under another address).
      function within(promise) {
        return Promise.race([promise, new Promise(function (_, reject) { setTimeout(function () { reject(new Error("timed out")); }, 10000); })]);
      }
      for (const [number, query] of queries.entries()) {
        await fetch("/query?number=" + number, { cache: "no-store" });
        let ids = [];
        try {
          const pagefind = await import("/pagefind/pagefind.js?instance=" + number);
          await within(pagefind.init());
          const search = await within(pagefind.search(query));
          const shown = await within(Promise.all(search.results.slice(0, 10).map(function (r) { return r.data(); })));
          ids = shown.map(function (d) { const m = /\\/cases\\/([^\\/]+)\\//.exec(d.url); return m ? m[1] : d.url; });
        } catch (error) { ids = ["error: " + error]; }
        out.push({ ids: ids, bytes: 0 });
        document.getElementById("out").textContent = "pending " + out.length;
      }
      done = true;
      const sent = await (await fetch("/sent", { cache: "no-store" })).json();
      out.forEach(function (answer, number) { answer.bytes = sent[String(number)] || 0; });
      document.getElementById("out").textContent = JSON.stringify(out);
      </script></body></html>
      """
    try Data(page.utf8).write(to: URL(fileURLWithPath: site + "/pagefind-bench.html"))
    defer { try? FileManager.default.removeItem(atPath: site + "/pagefind-bench.html") }
    // A server of the site that forbids caching, so every file a query needs is fetched: it
    // counts the bytes of the index files it sends for each query (`/query?number=N` starts
    // one, `/sent` tells the counts; Pagefind's worker fetches them, out of the page's sight),
    // and answers `/tick` after a short sleep.
    let server = Process()
    server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    server.arguments = [
      "python3", "-c",
      """
      import http.server, functools, json, os, sys, threading, time
      query, sent = "-1", {}
      class Handler(http.server.SimpleHTTPRequestHandler):
          def end_headers(self):
              self.send_header("Cache-Control", "no-store")
              super().end_headers()
          def answer(self, body):
              self.send_response(200)
              self.send_header("Content-Length", str(len(body)))
              self.end_headers()
              self.wfile.write(body)
          def do_GET(self):
              global query
              path = self.path.split("?")[0]
              if path == "/tick":
                  time.sleep(0.05)
                  return self.answer(b"")
              if path == "/query":
                  query = self.path.split("=")[-1]
                  return self.answer(b"")
              if path == "/sent":
                  return self.answer(json.dumps(sent).encode())
              name = path.rsplit("/", 1)[-1]
              if path.startswith("/pagefind/") and not (name.endswith(".js") or name.endswith(".css") or name.startswith("wasm.")):
                  local = os.path.join(sys.argv[1], path.lstrip("/"))
                  if os.path.isfile(local):
                      sent[query] = sent.get(query, 0) + os.path.getsize(local)
              super().do_GET()
          def log_message(self, *args):
              pass
      # Gone when the bench closes its standard input (a launcher between them may take the signal).
      threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
      server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=sys.argv[1]))
      print(server.server_address[1], flush=True)
      server.serve_forever()
      """,
      site,
    ]
    let portPipe = Pipe(), input = Pipe()
    server.standardOutput = portPipe
    server.standardInput = input
    server.standardError = FileHandle.nullDevice
    try server.run()
    defer {
      try? input.fileHandleForWriting.close()
      server.terminate()
    }
    var portText = ""
    while !portText.contains("\n") {
      let chunk = portPipe.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      portText += String(decoding: chunk, as: UTF8.self)
    }
    guard let port = Int(portText.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw CleanExitError("the HTTP server for Pagefind did not start") }

    let output = try Browser.output(of: "http://127.0.0.1:\(port)/pagefind-bench.html", virtualTime: 600_000)
    struct Answer: Decodable {
      var ids: [String]
      var bytes: Int
    }
    guard let answers = try? JSONDecoder().decode([Answer].self, from: Data(output.utf8)), answers.count == queries.count else {
      throw CleanExitError("the Pagefind harness did not finish (\(output.prefix(40))…)")
    }
    return answers.map { ($0.ids, $0.bytes) }
  }

  /// The comparison as Markdown: a line for the index, a table by kind.
  var report: String {
    var text = "Pagefind \(version) on the same case pages: index \(Project.seconds(indexSeconds)), \(Project.kB(Double(indexBytes))) in \(indexFiles) files; the code a search loads (its script, worker and WebAssembly) \(Project.kB(Double(engineBytes))).\n\n"
    text += "| query kind, Pagefind | queries | failed | hit@1 (or equivalent) | hit@3 (or equivalent) | hit@10 (or equivalent) | kB loaded (median) | kB loaded (max) |\n|---|---|---|---|---|---|---|---|\n"
    for row in rows {
      let shares = row.equivalent.map { "\(Int((Double($0) / Double(row.queries) * 100).rounded())) %" }
      text += "| \(row.kind.rawValue) | \(row.queries) | \(row.failed) | \(shares.joined(separator: " | ")) | \(Project.kB(Project.median(row.bytes.map(Double.init)))) | \(Project.kB(Double(row.bytes.max() ?? 0))) |\n"
    }
    return text
  }
}
