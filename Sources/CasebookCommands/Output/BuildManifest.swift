// Stage: Write. What the last build read and wrote, so the next one can skip or write less.

internal import CasebookCore
internal import CasebookRender
internal import CasebookSearch
internal import Foundation
internal import Glibc

/// A file's identity on disk without reading it: size, modification and change times, inode.
///
/// The change time (`st_ctime`) is set by the system at every write, rename or change of
/// metadata and cannot be set back: a file rewritten in place and given its old modification
/// time again (`cp -p`, `rsync -t`, `touch -r`, an editor that keeps times) is still seen as
/// changed.
struct FileStamp: Equatable, Sendable {
  var size: Int
  var modified: Int
  var changed: Int
  var inode: UInt64

  /// The stamp of a file (following symbolic links), or nil when there is none.
  static func of(_ path: String) -> FileStamp? {
    of(path, in: AT_FDCWD)
  }

  /// The stamp of a file at a path relative to an open folder: the folder's own path is not
  /// looked up again for every file in it.
  static func of(_ path: String, in folder: Int32) -> FileStamp? {
    var info = stat()
    guard fstatat(folder, path, &info, 0) == 0 else { return nil }
    return FileStamp(
      size: Int(info.st_size), modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec),
      changed: Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec), inode: UInt64(info.st_ino))
  }
}

/// The record a build leaves in `.casebook-cache/` (never committed) for the next build.
///
/// It holds the stamps of every input (config, cases, templates, assets, and the casebook
/// binary itself), for every output file its digest and stamp, every case's render keys
/// (``SiteRenderer/Keys``), and the digests of the caches saved beside it: the search index
/// state (``IndexState``), the parse results (``ParseCache``) and the similar cases
/// (``SimilarCases``). The next build:
/// - stops at once when every input and output stamp is unchanged ("up to date");
/// - otherwise keeps the pages and man pages of cases whose render key is unchanged, renders
///   the rest in memory and writes only the files whose digest changed, removing the ones no
///   longer produced.
///
/// A text format, one entry per line, because it is read before every build and must be quick:
///
/// ```
/// casebook-manifest 2
/// inputs 5b0e…d3
/// tool 41839672 1764180000000000000 1764180000000000000 9437211
/// warning Content/cases/a.md:12:5: warning: 'tags' lists 'go' twice [CB028]
/// in Content/casebook.yml 312 1764180000000000000 1764180000000000000 9437001
/// out index.html 9a3c…e1 20417 1764180000000000000 1764180000000000000 9437300
/// key page crio-fedora41-wazero-linkname 5d1f…07
/// key man crio-fedora41-wazero-linkname 80b2…c4
/// span crio-fedora41-wazero-linkname 4e7a…19 1822 9314
/// cache index 3f09…a2
/// cache parsed 77c1…0e
/// ```
struct BuildManifest: Equatable, Sendable {
  static let formatLine = "casebook-manifest 2"

  struct Output: Equatable, Sendable {
    var digest: UInt64
    var stamp: FileStamp
  }

  var tool: FileStamp?
  /// What the build that wrote it printed about warnings, line by line: a build that finds
  /// nothing to do prints them again.
  var warnings: [String] = []
  var inputs: [String: FileStamp] = [:]
  var outputs: [String: Output] = [:]
  var keys = SiteRenderer.Keys()
  /// The digests of the caches saved beside the manifest by the same build, by kind
  /// (``cachePath(_:_:)``): `index`, `parsed`, `similar`.
  var caches: [String: UInt64] = [:]

  /// Where the manifest of a build into `output` lives in a project.
  static func path(layout: ProjectLayout, output: String) -> String {
    let absolute = URL(fileURLWithPath: output).standardizedFileURL.path
    return layout.join(".casebook-cache/build-\(String(ContentDigest.of(Array(absolute.utf8)), radix: 16)).manifest")
  }

  /// The stamp of the running casebook binary: a rebuilt tool may render differently.
  static var toolStamp: FileStamp? { FileStamp.of("/proc/self/exe") }

  /// The stamps of every file a build of this project reads, found as the readers find them;
  /// a file added or removed changes the set of paths.
  static func scanInputs(layout: ProjectLayout) -> [String: FileStamp] {
    var inputs: [String: FileStamp] = [:]
    func add(_ path: String) { inputs[path] = FileStamp.of(path) ?? FileStamp(size: -1, modified: 0, changed: 0, inode: 0) }
    add(layout.configPath)
    let cases = ContentReader(layout: layout).caseFiles(in: layout.casesPath)
    inputs.reserveCapacity(cases.count + 64)
    cases.forEach(add)
    let templates = TemplateReader(folder: layout.templatesPath)
    TemplateReader.templateNames((try? FileManager.default.contentsOfDirectory(atPath: layout.templatesPath)) ?? []).forEach { add(layout.templatesPath + "/" + $0) }
    templates.assetPaths().forEach { add(layout.templatesPath + "/assets/" + $0) }
    return inputs
  }

  /// The first output (in path order) that is not the file this manifest describes (changed
  /// or missing), or nil when every one is.
  func firstChangedOutput(in folder: String) -> String? {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return outputs.keys.min() }
    defer { close(descriptor) }
    // One core: the build goes on on the other while this runs.
    return outputs.compactMap { FileStamp.of($0.key, in: descriptor) == $0.value.stamp ? nil : $0.key }.min()
  }

  // MARK: - Text form

  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The manifest as written, built straight into one buffer (a large site's has 250,000
  /// lines): numbers are written as digits without making a string of each, and each group
  /// of lines is sorted by path or id so that the same build leaves the same manifest.
  var bytes: [UInt8] { bodyBytes + Self.cacheLines(caches) }

  /// Every line but those naming the caches.
  private var bodyBytes: [UInt8] {
    var out = LineWriter()
    out.bytes.reserveCapacity(64 * (inputs.count + outputs.count + warnings.count + keys.pages.count * 4 + 2))
    out.line(Self.formatLine, nil)
    out.line("inputs", nil, .hex(Self.digest(of: inputs)))
    if let tool { out.bytes += Self.toolLine(tool) }
    for warning in warnings { out.line("warning", warning) }
    for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) {
      out.line("in", path, .decimal(stamp.size), .decimal(stamp.modified), .decimal(stamp.changed), .natural(stamp.inode))
    }
    for (path, output) in outputs.sorted(by: { $0.key < $1.key }) {
      out.line("out", path, .hex(output.digest), .decimal(output.stamp.size), .decimal(output.stamp.modified), .decimal(output.stamp.changed), .natural(output.stamp.inode))
    }
    for (group, keys) in [("key page", keys.pages), ("key man", keys.man), ("key listing", keys.listings)] {
      for (id, key) in keys.sorted(by: { $0.key < $1.key }) { out.line(group, id, .hex(key)) }
    }
    for (id, span) in keys.casesJSON.sorted(by: { $0.key < $1.key }) {
      out.line("span", id, .hex(span.key), .decimal(span.start), .decimal(span.count))
    }
    return out.bytes
  }

  /// The lines naming the caches, last: a build writes its caches while it makes the rest.
  private static func cacheLines(_ caches: [String: UInt64]) -> [UInt8] {
    var out = LineWriter()
    for (kind, digest) in caches.sorted(by: { $0.key < $1.key }) { out.line("cache", kind, .hex(digest)) }
    return out.bytes
  }

  /// Writes lines of space-separated fields: a kind, text, then numbers.
  private struct LineWriter {
    var bytes: [UInt8] = []

    /// A number field: decimal (signed or not) or a hexadecimal digest.
    enum Number {
      case decimal(Int)
      case natural(UInt64)
      case hex(UInt64)
    }

    mutating func line(_ kind: String, _ text: String?, _ numbers: Number...) {
      append(kind)
      if let text {
        bytes.append(UInt8(ascii: " "))
        append(text)
      }
      for number in numbers {
        bytes.append(UInt8(ascii: " "))
        switch number {
        case .decimal(let value): digits(UInt64(value.magnitude), hex: false, negative: value < 0)
        case .natural(let value): digits(value, hex: false, negative: false)
        case .hex(let value): digits(value, hex: true, negative: false)
        }
      }
      bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func append(_ text: String) {
      var text = text
      text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Writes a number's digits (lower-case for hexadecimal), as `String(value, radix:)` would.
    private mutating func digits(_ value: UInt64, hex: Bool, negative: Bool) {
      if negative { bytes.append(UInt8(ascii: "-")) }
      // Lowest digit first, from the end of a small buffer, then appended at once; each radix
      // on its own, so that division by a constant is a multiplication (a manifest has hundreds
      // of thousands of numbers, most of them 19 digits of a modification time).
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
        var start = buffer.count
        var rest = value
        if hex {
          repeat {
            let digit = UInt8(truncatingIfNeeded: rest & 15)
            start -= 1
            buffer[start] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            rest >>= 4
          } while rest > 0
        } else {
          repeat {
            start -= 1
            buffer[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
          } while rest > 0
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
      }
    }
  }

  /// Reads a manifest; nil when it is missing, of another format or damaged in any way.
  ///
  /// Paths hold no line breaks (they are ours), but may hold spaces: the numbers are read from
  /// the end of the line.
  init?(text: String) {
    var text = text
    guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
    self = parsed
  }

  /// Reads a manifest from its bytes, as ``init(text:)`` does.
  ///
  /// Read in place, a line at a time and each line from its end: a large site's manifest has
  /// a line per file and it is read before every build.
  init?(bytes: UnsafeBufferPointer<UInt8>) {
    guard let parsed = Self.parse(bytes) else { return nil }
    self = parsed
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> BuildManifest? {
    var manifest = BuildManifest()
    var lines = ManifestLines(bytes)
    guard let first = lines.next(), first.elementsEqual(formatLine.utf8) else { return nil }
    // Room for every entry at once: growing the tables as they fill rehashes every key
    // several times. Told apart by their first bytes ("in", "out", "key p", "key m", "span").
    var counts = (inputs: 0, outputs: 0, pages: 0, man: 0, spans: 0)
    for line in ManifestLines(bytes) where line.count > 5 {
      switch (line[line.startIndex], line[line.startIndex + 1], line[line.startIndex + 4]) {
      case (UInt8(ascii: "i"), UInt8(ascii: "n"), _): counts.inputs += 1
      case (UInt8(ascii: "o"), _, _): counts.outputs += 1
      case (UInt8(ascii: "k"), _, UInt8(ascii: "p")): counts.pages += 1
      case (UInt8(ascii: "k"), _, UInt8(ascii: "m")): counts.man += 1
      case (UInt8(ascii: "s"), _, _): counts.spans += 1
      default: break
      }
    }
    manifest.inputs.reserveCapacity(counts.inputs)
    manifest.outputs.reserveCapacity(counts.outputs)
    manifest.keys.pages.reserveCapacity(counts.pages)
    manifest.keys.man.reserveCapacity(counts.man)
    manifest.keys.casesJSON.reserveCapacity(counts.spans)
    func text(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self) }
    while let line = lines.next() {
      guard let space = line.firstIndex(of: UInt8(ascii: " ")) else { return nil }
      let kind = line[..<space]
      var fields = TrailingFields(line[(space + 1)...])
      func equals(_ name: StaticString) -> Bool {
        kind.count == name.utf8CodeUnitCount && kind.elementsEqual(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
      }
      // Each kind's fields are taken from the end; what is left before them is the path or id.
      if equals("out") {
        guard let stamp = fields.stamp(), let digest = fields.hex(), let path = fields.head() else { return nil }
        manifest.outputs[text(path)] = Output(digest: digest, stamp: stamp)
      } else if equals("in") {
        guard let stamp = fields.stamp(), let path = fields.head() else { return nil }
        manifest.inputs[text(path)] = stamp
      } else if equals("key") {
        guard let key = fields.hex(), let head = fields.head(), let gap = head.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let id = text(head[(gap + 1)...])
        switch text(head[..<gap]) {
        case "page": manifest.keys.pages[id] = key
        case "man": manifest.keys.man[id] = key
        case "listing": manifest.keys.listings[id] = key
        default: return nil
        }
      } else if equals("span") {
        guard let count = fields.number(), let start = fields.number(), let key = fields.hex(), let id = fields.head() else { return nil }
        manifest.keys.casesJSON[text(id)] = CasesJSON.Span(key: key, start: start, count: count)
      } else if equals("warning") {
        manifest.warnings.append(text(fields.rest))
      } else if equals("cache") {
        guard let digest = fields.hex(), let kind = fields.head() else { return nil }
        manifest.caches[text(kind)] = digest
      } else if equals("tool") {
        // No path: the size is a field too, after the space that ends the kind.
        fields = TrailingFields(line[space...])
        guard let stamp = fields.stamp(), fields.rest.isEmpty else { return nil }
        manifest.tool = stamp
      } else if equals("inputs") {
        guard hex(fields.rest) != nil else { return nil }  // read on its own (inputsDigest(at:tool:))
      } else {
        return nil
      }
    }
    return manifest
  }

  /// The lines of a manifest, without their line breaks; empty lines are skipped.
  private struct ManifestLines: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    var start = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
      while start < bytes.count {
        let from = start
        let end: Int
        if let base = bytes.baseAddress, let found = memchr(base + from, Int32(UInt8(ascii: "\n")), bytes.count - from) {
          end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        } else {
          end = bytes.count
        }
        start = end + 1
        if end > from { return bytes[from..<end] }
      }
      return nil
    }
  }

  /// A line's space-separated fields taken from its end, and what is left before them.
  private struct TrailingFields {
    /// What is not yet taken: the path (which may hold spaces) once every number is.
    var rest: Slice<UnsafeBufferPointer<UInt8>>

    init(_ rest: Slice<UnsafeBufferPointer<UInt8>>) { self.rest = rest }

    /// The last field, taken off; nil when there is only one field left (the head).
    mutating func last() -> Slice<UnsafeBufferPointer<UInt8>>? {
      guard let gap = rest.lastIndex(of: UInt8(ascii: " ")) else { return nil }
      let field = rest[(gap + 1)...]
      rest = rest[..<gap]
      return field
    }

    mutating func number() -> Int? { last().flatMap(BuildManifest.number) }
    mutating func hex() -> UInt64? { last().flatMap(BuildManifest.hex) }

    /// A stamp from the last four fields: size, modified, changed, inode.
    mutating func stamp() -> FileStamp? {
      guard let inode = last().flatMap({ BuildManifest.unsigned($0, radix: 10) }), let changed = number(), let modified = number(), let size = number() else { return nil }
      return FileStamp(size: size, modified: modified, changed: changed, inode: inode)
    }

    /// What is left once the numbers are taken: the path or id; nil when empty.
    func head() -> Slice<UnsafeBufferPointer<UInt8>>? { rest.isEmpty ? nil : rest }
  }

  /// A decimal integer (with an optional minus sign), or nil (also when it overflows).
  private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
    var rest = digits[...]
    let negative = rest.first == UInt8(ascii: "-")
    if negative { rest = rest.dropFirst() }
    guard let magnitude = unsigned(rest, radix: 10), magnitude <= UInt64(Int.max) else { return nil }
    return negative ? -Int(magnitude) : Int(magnitude)
  }

  /// A hexadecimal digest, or nil.
  private static func hex(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
    unsigned(digits, radix: 16)
  }

  /// Digits (0-9, and a-f or A-F in base 16) as an unsigned number; nil when empty, not digits
  /// or too large.
  private static func unsigned(_ digits: Slice<UnsafeBufferPointer<UInt8>>, radix: UInt64) -> UInt64? {
    guard !digits.isEmpty else { return nil }
    var value: UInt64 = 0
    for byte in digits {
      let digit: UInt64
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt64(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = UInt64(byte - UInt8(ascii: "A") + 10)
      default: return nil
      }
      let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
      guard !overflow else { return nil }
      let (sum, carry) = shifted.addingReportingOverflow(digit)
      guard !carry else { return nil }
      value = sum
    }
    return value
  }

  init() {}

  static func load(_ path: String) -> BuildManifest? {
    if case .read(let manifest) = find(path) { return manifest }
    return nil
  }

  /// What is at a manifest's path.
  enum Found {
    case none
    /// A file that is not a manifest this casebook reads: damaged, or of another format.
    case unreadable
    case read(BuildManifest)
  }

  /// The manifest at `path`, or whether there is none or one that cannot be read.
  static func find(_ path: String) -> Found {
    guard FileManager.default.fileExists(atPath: path) else { return .none }
    guard case .bytes(let bytes) = ContentReader.contents(of: path, limit: 1 << 40),
      let manifest = bytes.withUnsafeBufferPointer({ BuildManifest(bytes: $0) })
    else { return .unreadable }
    return .read(manifest)
  }

  /// A digest of the stamps of every input, in path order: the manifest's second line, so that
  /// a build can tell whether any input changed from the first bytes of the file.
  static func digest(of inputs: [String: FileStamp]) -> UInt64 {
    var digest = ContentDigest.Stream()
    for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) {
      digest.add(field: path)
      for number in [stamp.size, stamp.modified, stamp.changed] { digest.add(field: UInt64(bitPattern: Int64(number))) }
      digest.add(field: stamp.inode)
    }
    return digest.value
  }

  /// The inputs digest the manifest at `path` records (``digest(of:)``), read from its first
  /// line but one; nil when there is no such manifest, or when it was written by another
  /// binary than this one (`tool`, its third line), whose caches this build does not use.
  static func inputsDigest(at path: String, tool: FileStamp?) -> UInt64? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var head = [UInt8](repeating: 0, count: 256)
    let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    let lines = head[..<count].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let prefix = Array("inputs ".utf8)
    guard lines.count > 3, lines[0].elementsEqual(formatLine.utf8), lines[1].starts(with: prefix), let tool, lines[2].elementsEqual(toolLine(tool).dropLast()) else {
      return nil
    }
    return head.withUnsafeBufferPointer { buffer in
      unsigned(Slice(base: buffer, bounds: (lines[1].startIndex + prefix.count)..<lines[1].endIndex), radix: 16)
    }
  }

  /// The line that names the binary that wrote a manifest.
  private static func toolLine(_ tool: FileStamp) -> [UInt8] {
    var out = LineWriter()
    out.line("tool", nil, .decimal(tool.size), .decimal(tool.modified), .decimal(tool.changed), .natural(tool.inode))
    return out.bytes
  }

  /// Where a cache the build with this manifest left lives: beside it, with its kind as its
  /// extension (`index`, `parsed`, `similar`).
  static func cachePath(_ manifestPath: String, _ kind: String) -> String {
    (manifestPath.hasSuffix(".manifest") ? String(manifestPath.dropLast(".manifest".count)) : manifestPath) + "." + kind
  }

  /// Writes a cache beside the manifest as `produce` hands its parts over, and returns its
  /// digest, for the manifest; nil (and no cache left behind) when it cannot be written.
  static func saveCache(_ manifestPath: String, _ kind: String, _ produce: @escaping (_ write: ([UInt8]) throws -> Void) throws -> Void) -> UInt64? {
    let path = cachePath(manifestPath, kind)
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    var digest = ContentDigest.Stream()
    do {
      try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      let fileSystem = LocalFileSystem()
      var started = false
      try produce { part in
        digest.add(part)
        try fileSystem.write(part, to: temporary, appending: started)
        started = true
      }
      if !started { try fileSystem.write([], to: temporary) }
      try LocalFileSystem().replace(temporary, with: path)
      return digest.value
    } catch {
      // The cache the last build left stays: the new manifest does not name it, so it is not
      // taken for this build's, and the next build may still read it with the old manifest.
      try? FileManager.default.removeItem(atPath: temporary)
      return nil
    }
  }

  /// Removes the temporary files (`<name>.tmp-<pid>`) that builds killed while writing a
  /// cache or a manifest left in the folder of `manifestPath`; those of a process still
  /// running are another build's, and stay.
  static func removeLeftovers(besides manifestPath: String) {
    let folder = (manifestPath as NSString).deletingLastPathComponent
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      guard let mark = name.range(of: ".tmp-", options: .backwards), let pid = Int32(name[mark.upperBound...]), pid > 0 else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(atPath: folder + "/" + name) }
    }
  }

  /// The bytes of the cache the manifest names by digest, or nil when it is missing or another one.
  static func loadCache(_ manifestPath: String, _ kind: String, digest: UInt64?) -> [UInt8]? {
    guard let digest, let read = readCache(manifestPath, kind), read.digest == digest else { return nil }
    return read.bytes
  }

  /// The bytes of a cache and their digest, whichever build left it: to be checked against
  /// the manifest's digest before use.
  static func readCache(_ manifestPath: String, _ kind: String) -> (digest: UInt64, bytes: [UInt8])? {
    guard case .bytes(let bytes) = ContentReader.contents(of: cachePath(manifestPath, kind), limit: 1 << 40) else { return nil }
    return (ContentDigest.of(bytes), bytes)
  }

  /// The parse results in a cache this manifest's build saved (`read`: the cache's digest and
  /// its entries) that still stand: those of case files whose stamp is the one the build read,
  /// when the config's is too. None when the cache is another build's.
  func standingParseResults(_ read: (digest: UInt64, cache: ParseCache?), inputs: [String: FileStamp], configPath: String) -> ParseCache {
    guard read.digest == caches["parsed"], let cache = read.cache, self.inputs[configPath] == inputs[configPath] else { return ParseCache() }
    return cache.filter { self.inputs[$0] != nil && self.inputs[$0] == inputs[$0] }
  }

  /// The parse results the last build into `output` left for case files unchanged since (see
  /// ``standingParseResults(_:inputs:configPath:)``), when it was made by this casebook binary;
  /// empty otherwise.
  static func standingParseResults(layout: ProjectLayout, output: String) -> ParseCache {
    let path = Self.path(layout: layout, output: output)
    guard let manifest = load(path), manifest.tool == toolStamp, let read = readCache(path, "parsed") else { return ParseCache() }
    return manifest.standingParseResults((read.digest, ParseCache(bytes: read.bytes)), inputs: scanInputs(layout: layout), configPath: layout.configPath)
  }

  /// Writes the manifest atomically (a temporary file renamed over the old one). `caches`
  /// gives the digests of the caches saved with it (``caches``), asked for once the rest of the
  /// manifest is made: they may still be being written.
  func save(_ path: String, caches: () -> [String: UInt64] = { [:] }) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let ignore = folder + "/.gitignore"
    if !FileManager.default.fileExists(atPath: ignore) { try LocalFileSystem().write(Array("*\n".utf8), to: ignore) }
    let body = bodyBytes
    try LocalFileSystem().writeAtomically(body + Self.cacheLines(self.caches.merging(caches()) { _, saved in saved }), to: path)
  }
}
