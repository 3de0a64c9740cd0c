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
struct FileStamp: Equatable, Sendable, Codable {
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
  static func of(_ path: String, in folder: Int32, followingLinks: Bool = true) -> FileStamp? {
    var info = stat()
    guard fstatat(folder, path, &info, followingLinks ? 0 : AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    return FileStamp(info)
  }

  init(size: Int, modified: Int, changed: Int, inode: UInt64) {
    self.size = size
    self.modified = modified
    self.changed = changed
    self.inode = inode
  }

  /// The stamp of what `stat` found.
  init(_ info: stat) {
    self.init(
      size: Int(info.st_size), modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec),
      changed: Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec), inode: UInt64(info.st_ino))
  }
}

/// The record a build leaves in `.casebook-cache/` (never committed) for the next build.
///
/// It holds the stamps of every input (config, cases, templates, assets, and the casebook
/// binary itself), for every output file its digest and stamp, the stamp of every folder of the
/// site (a file added to or removed from a folder changes it), every case's render keys
/// (``SiteRenderer/Keys``), and the digests of the caches saved beside it: the search index
/// state (``IndexState``), the parse results (``ParseCache``) and the similar cases
/// (``SimilarCases``). The next build:
/// - stops at once when every input and output stamp is unchanged ("up to date");
/// - otherwise keeps the pages and man pages of cases whose render key is unchanged, renders
///   the rest in memory and writes only the files whose digest changed, removing the ones no
///   longer produced.
///
/// Saved with ``CacheCoder`` like every cache, so that a damaged manifest, or one of another
/// format, is found and ignored.
struct BuildManifest: Equatable, Sendable, Codable {
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
  /// The stamps of the site's folders (``folderStamps(in:outputs:previous:touched:)``), the
  /// site's own as `""`.
  var folders: [String: FileStamp] = [:]
  var keys = SiteRenderer.Keys()
  /// The digests of the caches saved beside the manifest by the same build, by kind
  /// (``cachePath(_:_:)``): `index`, `parsed`, `similar`.
  var caches: [String: UInt64] = [:]

  init() {}

  /// Saved as columns (paths, then each field of every stamp as one list): a large site's
  /// manifest has a stamp per file, and the columns are copied in blocks.
  private enum CodingKeys: String, CodingKey { case tool, warnings, inputs, outputs, digests, folders, keys, caches }

  private struct Stamps: Codable {
    var paths: [String] = []
    var sizes: [Int] = [], modified: [Int] = [], changed: [Int] = [], inodes: [UInt64] = []

    init(_ stamps: [(String, FileStamp)]) {
      for (path, stamp) in stamps {
        paths.append(path)
        sizes.append(stamp.size)
        modified.append(stamp.modified)
        changed.append(stamp.changed)
        inodes.append(stamp.inode)
      }
    }

    var stamps: [FileStamp]? {
      guard [sizes.count, modified.count, changed.count, inodes.count].allSatisfy({ $0 == paths.count }) else { return nil }
      return paths.indices.map { FileStamp(size: sizes[$0], modified: modified[$0], changed: changed[$0], inode: inodes[$0]) }
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(tool, forKey: .tool)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(Stamps(inputs.sorted { $0.key < $1.key }), forKey: .inputs)
    let outputs = self.outputs.sorted { $0.key < $1.key }
    try container.encode(Stamps(outputs.map { ($0.key, $0.value.stamp) }), forKey: .outputs)
    try container.encode(outputs.map(\.value.digest), forKey: .digests)
    try container.encode(Stamps(folders.sorted { $0.key < $1.key }), forKey: .folders)
    try container.encode(keys, forKey: .keys)
    try container.encode(caches, forKey: .caches)
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    tool = try container.decodeIfPresent(FileStamp.self, forKey: .tool)
    warnings = try container.decode([String].self, forKey: .warnings)
    let inputs = try container.decode(Stamps.self, forKey: .inputs)
    let outputs = try container.decode(Stamps.self, forKey: .outputs)
    let digests = try container.decode([UInt64].self, forKey: .digests)
    let folders = try container.decode(Stamps.self, forKey: .folders)
    guard let inputStamps = inputs.stamps, let outputStamps = outputs.stamps, let folderStamps = folders.stamps, digests.count == outputStamps.count else {
      throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "columns of different lengths"))
    }
    self.inputs = Dictionary(zip(inputs.paths, inputStamps), uniquingKeysWith: { first, _ in first })
    self.outputs = Dictionary(zip(outputs.paths, zip(digests, outputStamps).map { Output(digest: $0, stamp: $1) }), uniquingKeysWith: { first, _ in first })
    self.folders = Dictionary(zip(folders.paths, folderStamps), uniquingKeysWith: { first, _ in first })
    keys = try container.decode(SiteRenderer.Keys.self, forKey: .keys)
    caches = try container.decode([String: UInt64].self, forKey: .caches)
  }

  /// The manifest as saved.
  var bytes: [UInt8] { (try? CacheCoder.encode(self, kind: "manifest")) ?? [] }

  /// A manifest read back; nil when the bytes are of another format or damaged.
  init?(bytes: [UInt8]) {
    guard let manifest = CacheCoder.decode(BuildManifest.self, from: bytes, kind: "manifest") else { return nil }
    self = manifest
  }

  /// Where the manifest of a build into `output` lives in a project.
  static func path(layout: ProjectLayout, output: String) -> String {
    let absolute = URL(fileURLWithPath: output).standardizedFileURL.path
    return layout.cachePath + "/build-\(String(ContentDigest.of(Array(absolute.utf8)), radix: 16)).manifest"
  }

  /// The stamp of the running casebook binary: a rebuilt tool may render differently.
  static var toolStamp: FileStamp? { FileStamp.of("/proc/self/exe") }

  /// The stamps of every file a build of this project reads, found as the readers find them;
  /// a file added or removed changes the set of paths.
  static func scanInputs(layout: ProjectLayout) -> [String: FileStamp] {
    var inputs: [String: FileStamp] = [:]
    // Named relative to the project root, whichever folder this runs in.
    func add(_ path: String) { inputs[layout.relative(path)] = FileStamp.of(path) ?? FileStamp(size: -1, modified: 0, changed: 0, inode: 0) }
    add(layout.configPath)
    let cases = ContentReader(layout: layout).caseFiles(in: layout.casesPath)
    inputs.reserveCapacity(cases.count + 64)
    cases.forEach(add)
    let templates = TemplateReader(folder: layout.templatesPath)
    TemplateReader.templateNames((try? FileManager.default.contentsOfDirectory(atPath: layout.templatesPath)) ?? []).forEach { add(layout.templatesPath + "/" + $0) }
    templates.assetPaths().forEach { add(layout.templatesPath + "/assets/" + $0) }
    return inputs
  }

  /// The first output (in path order) that is not the file this manifest describes (changed,
  /// missing, or in a folder that is now a symbolic link), or else the first folder of the site
  /// (as `cases/a/`, the site's own as `/`) whose stamp changed: a file was added to it or
  /// removed from it since; nil when everything is as the last build left it.
  ///
  /// A folder of the site replaced by a link is never written or deleted through: the build
  /// that finds it is made whole, and the whole site swapped in takes the link's place, as it
  /// removes a file that is not the build's.
  func firstChangedOutput(in folder: String) -> String? {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return outputs.keys.min() }
    defer { close(descriptor) }
    // One core: the build goes on on the other while this runs. A folder's stamp is taken
    // without following a link, so a folder that became a link has another.
    var changedFolders: [String] = []
    var linked: [String] = []
    for path in Self.folders(of: outputs.keys).sorted() {
      var info = stat()
      let found = fstatat(descriptor, path.isEmpty ? "." : path, &info, AT_SYMLINK_NOFOLLOW) == 0
      if found, (info.st_mode & S_IFMT) == S_IFLNK {
        linked.append(path)
      } else if let recorded = folders[path], !found || FileStamp(info) != recorded {
        changedFolders.append(path + "/")
      }
    }
    if !linked.isEmpty { return outputs.keys.filter { path in linked.contains { path.hasPrefix($0 + "/") } }.min() }
    return outputs.compactMap { FileStamp.of($0.key, in: descriptor) == $0.value.stamp ? nil : $0.key }.min() ?? changedFolders.first
  }

  /// The folders that hold these paths of a site, every level of them, the site's own as `""`.
  ///
  /// ```
  /// ["index.html", "cases/a/index.html"]  →  ["", "cases", "cases/a"]
  /// ```
  static func folders(of paths: some Sequence<String>) -> Set<String> {
    var folders: Set<Substring> = [""]
    for path in paths {
      var end = path.lastIndex(of: "/")
      while let slash = end, folders.insert(path[..<slash]).inserted { end = path[..<slash].lastIndex(of: "/") }
    }
    return Set(folders.map(String.init))
  }

  /// The stamps of the folders of a site just committed into `folder`, for the next build to
  /// find files added or removed by hand: those `previous` recorded for folders the commit
  /// did not `touch`, the others taken again (every one when `touched` or `previous` is nil).
  static func folderStamps(in folder: String, outputs: some Sequence<String>, previous: [String: FileStamp]?, touched: Set<String>?) -> [String: FileStamp] {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return [:] }
    defer { close(descriptor) }
    var stamps: [String: FileStamp] = [:]
    // `mandb` indexing the checkout's man pages in place adds to `man/` (``SiteWriter/isByProduct(_:)``).
    for path in folders(of: outputs) where path != "man" {
      if let touched, let before = previous?[path], !touched.contains(path) {
        stamps[path] = before
      } else {
        stamps[path] = FileStamp.of(path.isEmpty ? "." : path, in: descriptor, followingLinks: false)
      }
    }
    return stamps
  }

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
    guard case .bytes(let bytes) = ContentReader.contents(of: path, limit: 1 << 40), let manifest = BuildManifest(bytes: bytes) else { return .unreadable }
    return .read(manifest)
  }

  /// Makes the folder of the manifest at `path` (`.casebook-cache/`), which git ignores.
  static func makeFolder(of path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let ignore = folder + "/.gitignore"
    if !FileManager.default.fileExists(atPath: ignore) { try LocalFileSystem().write(Array("*\n".utf8), to: ignore) }
  }

  /// Where a cache the build with this manifest left lives: beside it, with its kind as its
  /// extension (`index`, `parsed`, `similar`).
  static func cachePath(_ manifestPath: String, _ kind: String) -> String {
    (manifestPath.hasSuffix(".manifest") ? String(manifestPath.dropLast(".manifest".count)) : manifestPath) + "." + kind
  }

  /// Writes a cache beside the manifest as ``CacheCoder`` hands its parts over, and returns
  /// its checksum, for the manifest; nil (and no cache left behind) when it cannot be encoded
  /// or written.
  ///
  /// ```
  /// saveCache(path, "index", state)  →  .casebook-cache/build-….index, written a megabyte at a time
  /// ```
  static func saveCache(_ manifestPath: String, _ kind: String, _ value: some Encodable) -> UInt64? {
    // On failure the cache the last build left stays: the new manifest does not name it, so it
    // is not taken for this build's, and the next build may still read it with the old manifest.
    try? write(value, kind: kind, to: cachePath(manifestPath, kind))
  }

  /// Writes a value with ``CacheCoder`` beside its path and renames it over it, a part at a
  /// time; returns its checksum. Nothing is left behind when it fails.
  private static func write(_ value: some Encodable, kind: String, to path: String) throws -> UInt64 {
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    let fileSystem = LocalFileSystem()
    do {
      try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      var started = false
      let checksum = try CacheCoder.encode(value, kind: kind) { part in
        try fileSystem.write(part, to: temporary, appending: started)
        started = true
      }
      try fileSystem.replace(temporary, with: path)
      return checksum
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
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

  /// The bytes of a cache and the checksum it records (``CacheCoder/checksum(of:)``; decoding
  /// it checks that the bytes match), whichever build left it: to be checked against the
  /// manifest's digest before use.
  static func readCache(_ manifestPath: String, _ kind: String) -> (digest: UInt64, bytes: [UInt8])? {
    guard case .bytes(let bytes) = ContentReader.contents(of: cachePath(manifestPath, kind), limit: 1 << 40), let checksum = CacheCoder.checksum(of: bytes) else { return nil }
    return (checksum, bytes)
  }

  /// The parse results in a cache this manifest's build saved (`read`: the cache's digest and
  /// its entries) that still stand: those of case files whose stamp is the one the build read,
  /// when the config's is too. None when the cache is another build's.
  ///
  /// The cache names files relative to the project root (as `inputs` does); the results are
  /// named as this run's `layout` names them.
  func standingParseResults(_ read: (digest: UInt64, cache: ParseCache?), inputs: [String: FileStamp], layout: ProjectLayout) -> ParseCache {
    let config = layout.relative(layout.configPath)
    guard read.digest == caches["parsed"], let cache = read.cache, self.inputs[config] == inputs[config] else { return ParseCache() }
    let standing = cache.filter { self.inputs[$0] != nil && self.inputs[$0] == inputs[$0] }
    return layout.isAtWorkingFolder ? standing : standing.relocated(layout.join)
  }

  /// The parse results the last build into `output` left for case files unchanged since (see
  /// ``standingParseResults(_:inputs:layout:)``), when it was made by this casebook binary;
  /// empty otherwise.
  static func standingParseResults(layout: ProjectLayout, output: String) -> ParseCache {
    let path = Self.path(layout: layout, output: output)
    guard let manifest = load(path), manifest.tool == toolStamp, let read = readCache(path, "parsed") else { return ParseCache() }
    return manifest.standingParseResults((read.digest, ParseCache(bytes: read.bytes)), inputs: scanInputs(layout: layout), layout: layout)
  }

  /// Writes the manifest atomically (a temporary file renamed over the old one). `caches`
  /// gives the digests of the caches saved with it (``caches``), asked for once the rest of the
  /// manifest is made: they may still be being written.
  func save(_ path: String, caches: () -> [String: UInt64] = { [:] }) throws {
    try Self.makeFolder(of: path)
    var manifest = self
    manifest.caches.merge(caches()) { _, saved in saved }
    _ = try Self.write(manifest, kind: "manifest", to: path)
  }
}
