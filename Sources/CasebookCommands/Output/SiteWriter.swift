// Stage: Write. The only code that writes the site to disk.

internal import CasebookCore
internal import CasebookRender
internal import Foundation
internal import Glibc

/// The file operations the writer needs, so tests can make a write fail midway.
protocol SiteFileSystem: Sendable {
  func exists(_ path: String) -> Bool
  func isDirectory(_ path: String) -> Bool
  func list(_ path: String) throws -> [String]
  func createDirectory(_ path: String) throws
  /// Creates or truncates a file and writes `bytes`, or with `appending` adds them at its end.
  func write(_ bytes: [UInt8], to path: String, appending: Bool) throws
  func move(_ source: String, to destination: String) throws
  /// Renames a file over another, as `rename(2)` does: the destination is replaced at once.
  func replace(_ source: String, with destination: String) throws
  func remove(_ path: String) throws
  /// Whether entries can be added to and removed from a folder (`access(2)` with `W_OK`).
  func isWritable(_ path: String) -> Bool
  /// Makes a second name for a file, as `link(2)` does.
  func link(_ source: String, to destination: String) throws
  /// The names of the folders in a folder (not links to folders).
  func subfolders(_ path: String) -> [String]
}

extension SiteFileSystem {
  func write(_ bytes: [UInt8], to path: String) throws {
    try write(bytes, to: path, appending: false)
  }
}

/// The real file system.
struct LocalFileSystem: SiteFileSystem {
  private var manager: FileManager { .default }
  func exists(_ path: String) -> Bool { manager.fileExists(atPath: path) }
  func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return manager.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }
  func list(_ path: String) throws -> [String] { try manager.contentsOfDirectory(atPath: path) }
  func createDirectory(_ path: String) throws { try manager.createDirectory(atPath: path, withIntermediateDirectories: true) }
  /// A plain `open`/`write`/`close`: Foundation's `Data.write` syncs every file to the disk,
  /// which is slow for tens of thousands of files and buys nothing, since the swap of the whole
  /// folder is what makes a build atomic.
  func write(_ bytes: [UInt8], to path: String, appending: Bool) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | (appending ? O_APPEND : O_TRUNC) | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw BuildError("cannot create \(path): \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        throw BuildError("cannot write \(path): \(String(cString: strerror(errno)))")
      }
      offset += written
    }
  }
  func move(_ source: String, to destination: String) throws { try manager.moveItem(atPath: source, toPath: destination) }
  /// Writes a file beside its destination and renames it over it. (Foundation's `.atomic`
  /// option leaves an empty `TemporaryDirectory.*` folder in /tmp behind on Linux.)
  func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    do {
      try write(bytes, to: temporary)
      try replace(temporary, with: path)
    } catch {
      try? remove(temporary)
      throw error
    }
  }

  func replace(_ source: String, with destination: String) throws {
    guard rename(source, destination) == 0 else { throw BuildError("cannot move \(source) to \(destination): \(String(cString: strerror(errno)))") }
  }
  func remove(_ path: String) throws { try manager.removeItem(atPath: path) }
  func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }
  func link(_ source: String, to destination: String) throws {
    guard Glibc.link(source, destination) == 0 else { throw BuildError("cannot link \(source) to \(destination): \(String(cString: strerror(errno)))") }
  }
  /// From the entries' types as the folder lists them, without a `stat` of each.
  func subfolders(_ path: String) -> [String] {
    guard let folder = opendir(path) else { return [] }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      guard name != ".", name != ".." else { continue }
      var type = Int32(entry.pointee.d_type)
      if type == DT_UNKNOWN {
        var info = stat()
        type = lstat(path + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
      }
      if type == DT_DIR { names.append(name) }
    }
    return names
  }
}

/// Writes a built site so that it is never seen half written.
///
/// A build hands its files over part by part (``Session/accept(_:)``) into a staging folder
/// beside the output (`.Site.tmp-PID`), and ``Session/commit()`` makes them the site:
/// - **Full** (no usable manifest of the previous build): the staging folder holds the whole
///   site and is swapped in for the old one; files of removed cases disappear with it.
/// - **Incremental** (the previous build's manifest still matches the folder): only files whose
///   digest changed are staged. The commit first writes a journal into the staging folder, then
///   links each file it replaces or removes aside into the staging folder (`.casebook-old/`) and
///   renames each staged file into place. A commit that fails midway (a folder it cannot write,
///   a full disk) puts every file it set aside back and reports the failure; a build killed during
///   the renames is finished by the next one, which replays the journal (forward, or back if it
///   was undoing). Either way the site is the old one or the new one, never a mix of the two.
///
/// Before anything is moved, every folder the commit changes (for a swap, every folder of the
/// old site, which is then removed) must be writable, or the commit fails with nothing changed.
/// A failure before the commit removes the staging folder and leaves the old site untouched.
struct SiteWriter {
  var fileSystem: any SiteFileSystem = LocalFileSystem()

  /// The file every Casebook site has; a non-empty folder without it is not replaced.
  static let marker = SiteRoutes.casesJSON
  /// The journal of an incremental commit, inside the staging folder: a line per file, `w`
  /// (replaced), `n` (new) or `r` (removed), then its path.
  static let journal = ".casebook-commit"
  /// The journal once the commit is being undone.
  static let undoJournal = ".casebook-undo"
  /// Where an incremental commit keeps the files it replaces or removes until it is done.
  static let setAside = ".casebook-old"

  /// Writes a whole site in one go (tests, small sites).
  func write(_ output: SiteOutput, to folder: String) throws {
    var session = try begin(folder)
    do {
      try session.accept(output.sorted)
      _ = try session.commit()
    } catch {
      session.abandon()
      throw error
    }
  }

  /// Starts writing into `folder`, incrementally when `previous` describes what it holds.
  func begin(_ folder: String, previous: BuildManifest? = nil) throws -> Session {
    let target = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    let url = URL(fileURLWithPath: target)
    let parent = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    try fileSystem.createDirectory(parent)
    for leftover in ((try? fileSystem.list(parent)) ?? []).sorted() where leftover.hasPrefix(".\(name).tmp-") || leftover.hasPrefix(".\(name).old-") {
      let path = parent + "/" + leftover
      if leftover.hasPrefix(".\(name).tmp-") && fileSystem.exists(path + "/" + Self.undoJournal) {
        try Commit.undo(journal: try Commit.read(path + "/" + Self.undoJournal), staging: path, target: target, fileSystem: fileSystem)
      } else if leftover.hasPrefix(".\(name).tmp-") && fileSystem.exists(path + "/" + Self.journal) {
        try Commit.replay(journal: try Commit.read(path + "/" + Self.journal), staging: path, target: target, fileSystem: fileSystem)
      }
      if leftover.hasPrefix(".\(name).old-") && !fileSystem.exists(target) {
        // A swap stopped between its two moves: the old site goes back until this build is done.
        try fileSystem.move(path, to: target)
        continue
      }
      try? fileSystem.remove(path)
    }
    let exists = fileSystem.exists(target)
    if exists {
      guard fileSystem.isDirectory(target) else { throw BuildError("\(target) exists and is not a folder") }
      let entries = try fileSystem.list(target)
      if !entries.isEmpty && !entries.contains(Self.marker) {
        throw BuildError("refusing to replace \(target): it is not empty and holds no \(Self.marker), so it is not a Casebook site")
      }
    }
    let staging = parent + "/.\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)"
    try fileSystem.createDirectory(staging)
    return Session(fileSystem: fileSystem, target: target, parent: parent, name: name, staging: staging, previous: exists ? previous?.outputs : nil)
  }

  /// One build's writing, from its first file to its commit.
  struct Session: SiteSink {
    let fileSystem: any SiteFileSystem
    let target: String
    let parent: String
    let name: String
    let staging: String
    /// What the folder holds, when writing incrementally.
    let previous: [String: BuildManifest.Output]?
    /// Every file of the new site and its digest.
    private(set) var produced: [String: UInt64] = [:]
    /// The files staged (all of them in a full write, the changed ones otherwise).
    private(set) var staged: Set<String> = []
    private var madeDirectories: Set<String> = []
    /// How many produced files the previous site did not have.
    private var added = 0
    /// Files being written a part at a time (``append(_:to:)``): the write of the last part
    /// handed over, on another core, which gives the digest of the parts so far.
    private var partial: [String: Background<Result<ContentDigest.Stream, any Error>>] = [:]

    var isIncremental: Bool { previous != nil }

    init(fileSystem: any SiteFileSystem, target: String, parent: String, name: String, staging: String, previous: [String: BuildManifest.Output]?) {
      self.fileSystem = fileSystem
      self.target = target
      self.parent = parent
      self.name = name
      self.staging = staging
      self.previous = previous
      produced.reserveCapacity(previous?.count ?? 0)
    }

    mutating func accept(_ files: [OutputFile]) throws {
      let digests = files.concurrentMap { ContentDigest.of($0.bytes) }
      var toWrite: [OutputFile] = []
      for (file, digest) in zip(files, digests) {
        let before = previous?[file.path]
        if produced.updateValue(digest, forKey: file.path) == nil, before == nil { added += 1 }
        if before?.digest == digest, !staged.contains(file.path) { continue }
        let directory = SiteWriter.folder(of: staging + "/" + file.path)
        if madeDirectories.insert(directory).inserted { try fileSystem.createDirectory(directory) }
        toWrite.append(file)
        staged.insert(file.path)
      }
      // Folders first, then the files on every core; the first failure is thrown.
      let fileSystem = fileSystem
      let staging = staging
      _ = try toWrite.concurrentMap { file in try fileSystem.write(file.bytes, to: staging + "/" + file.path) }
    }

    /// Writes a part of a file made a part at a time (cases.json), digesting it on the way, on
    /// another core: the build goes on meanwhile. One part at a time is in flight (the one
    /// before is waited for), so parts do not pile up in memory.
    mutating func append(_ part: [UInt8], to path: String) throws {
      let staged = staging + "/" + path
      let before = partial[path]
      _ = before?.value
      if before == nil {
        let directory = SiteWriter.folder(of: staged)
        if madeDirectories.insert(directory).inserted { try fileSystem.createDirectory(directory) }
      }
      let fileSystem = fileSystem
      partial[path] = Background {
        Result {
          var digest = try before?.value.get() ?? ContentDigest.Stream()
          try fileSystem.write(part, to: staged, appending: before != nil)
          digest.add(part)
          return digest
        }
      }
    }

    /// Records a file made a part at a time, once its parts are written (throws the first
    /// failure); an unchanged file of an incremental build is dropped from the staging folder.
    mutating func finish(_ path: String) throws {
      guard let digest = try partial.removeValue(forKey: path)?.value.get().value else { return }
      let before = previous?[path]
      if produced.updateValue(digest, forKey: path) == nil, before == nil { added += 1 }
      if before?.digest == digest, !staged.contains(path) {
        try fileSystem.remove(staging + "/" + path)
      } else {
        staged.insert(path)
      }
    }

    /// Keeps files of the previous build where they are: they count as produced, with the
    /// digest they had, and the commit leaves them alone.
    mutating func keep(_ paths: [String]) -> Bool {
      guard let previous else { return false }
      // Looked up once each: a rebuild after one edit keeps some 40,000 files this way.
      var digests: [UInt64] = []
      digests.reserveCapacity(paths.count)
      for path in paths {
        guard let before = previous[path], !staged.contains(path) else { return false }
        digests.append(before.digest)
      }
      for (path, digest) in zip(paths, digests) { produced[path] = digest }
      return true
    }

    /// A file of the site as the previous build left it: its manifest vouches for it, and its
    /// stamp is still the one it recorded (a `git checkout` or an editor may have put another
    /// file there since; parts of that one must not be copied).
    func previousFile(_ path: String) -> (any PreviousFile)? {
      guard let before = previous?[path], !staged.contains(path), FileStamp.of(target + "/" + path) == before.stamp else { return nil }
      return SiteFile(path: target + "/" + path)
    }

    /// What a commit changed.
    struct Summary {
      var written: Int
      var removed: Int
      var unchanged: Int
      var manifestOutputs: [String: BuildManifest.Output]
      /// The folders whose entries the commit changed (``BuildManifest/folders(of:)``): those
      /// of the files written and removed; nil when a whole site was swapped in.
      var touchedFolders: Set<String>?
      /// What the commit could not tidy up, for the user to.
      var leftover: String?
    }

    /// Makes the staged files the site; see ``SiteWriter``.
    mutating func commit() throws -> Summary {
      do {
        return try commitStaged()
      } catch {
        // The staging folder goes, unless it holds a journal: a commit the next build must
        // finish or undo.
        if !fileSystem.exists(staging + "/" + SiteWriter.journal), !fileSystem.exists(staging + "/" + SiteWriter.undoJournal) { try? fileSystem.remove(staging) }
        throw error
      }
    }

    private mutating func commitStaged() throws -> Summary {
      var leftover: String?
      // Every file produced was in the previous site (kept files always are), and as many: none goes.
      let removed = previous.map { previous in
        added == 0 && produced.count == previous.count ? [] : Set(previous.keys).subtracting(produced.keys).sorted()
      } ?? []
      if isIncremental {
        let journal = staged.sorted().map { Commit.Entry(kind: previous?[$0] == nil ? .new : .replaced, path: $0) } + removed.map { Commit.Entry(kind: .removed, path: $0) }
        try Commit.checkWritable(journal.map { target + "/" + $0.path }, fileSystem: fileSystem)
        try Commit.run(journal, staging: staging, target: target, fileSystem: fileSystem)
        for path in removed { Commit.removeEmptyFolders(above: path, in: target, fileSystem: fileSystem) }
        try? fileSystem.remove(staging)
      } else if fileSystem.exists(target) {
        // Swap: the old site stays whole until the new one is complete; each of its folders
        // must be writable, or it could not be removed once swapped out.
        try Commit.checkWritable(site: target, fileSystem: fileSystem)
        let old = parent + "/.\(name).old-\(ProcessInfo.processInfo.processIdentifier)"
        try fileSystem.move(target, to: old)
        do {
          try fileSystem.move(staging, to: target)
        } catch {
          try? fileSystem.move(old, to: target)
          throw error
        }
        do {
          try fileSystem.remove(old)
        } catch {
          leftover = "the previous site, moved aside to \(old), could not be removed (\(ErrorText.describe(error))); remove it by hand"
        }
      } else {
        try fileSystem.move(staging, to: target)
      }
      // The previous site's record, with the files written (a file not staged was either kept or
      // produced again with its digest, and was in the previous site) and removed.
      var outputs = previous ?? [:]
      for path in removed { outputs[path] = nil }
      let written = Array(staged)
      let stamps = written.concurrentMap { FileStamp.of(target + "/" + $0) }
      for (path, stamp) in zip(written, stamps) {
        outputs[path] = stamp.map { BuildManifest.Output(digest: produced[path]!, stamp: $0) }
      }
      let touched = isIncremental ? BuildManifest.folders(of: staged.union(removed)) : nil
      return Summary(written: staged.count, removed: removed.count, unchanged: produced.count - staged.count, manifestOutputs: outputs, touchedFolders: touched, leftover: leftover)
    }

    /// Removes the staging folder of a build that failed before its commit, once no part is
    /// being written into it.
    func abandon() {
      for (_, write) in partial { _ = write.value }
      try? fileSystem.remove(staging)
    }
  }

  /// The folder a path is in: everything before its last `/` (`""` when there is none, `/`
  /// for a path at the root).
  ///
  /// The paths a build writes are its own (`<staging>/cases/<id>/index.html`: no trailing
  /// `/`, no `//`), so this is all they need of Foundation's `deletingLastPathComponent`, which
  /// is costly for each of a build's files on the one thread that hands files to the writers.
  ///
  /// ```
  /// "/site/.staging/cases/a/index.html"  →  "/site/.staging/cases/a"
  /// ```
  static func folder(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Files that tools make inside a site and that `--check` leaves alone: the whatis index
  /// `mandb` writes when the checkout's man pages are indexed in place, and its cat pages.
  static func isByProduct(_ path: String) -> Bool {
    path == "man/index.db" || (path.hasPrefix("man/cat") && path.dropFirst("man/cat".count).contains("/"))
  }
}

/// A file on disk read a range at a time (`pread`), opened on first use.
///
/// `@unchecked Sendable`: it opens its file on first use, and only one thread reads it (the
/// producer of the streamed file that copies from it).
final class SiteFile: PreviousFile, @unchecked Sendable {
  let path: String
  private var descriptor: Int32 = -1

  init(path: String) {
    self.path = path
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  func read(_ range: Range<Int>) throws -> [UInt8] {
    if descriptor < 0 { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
    guard descriptor >= 0 else { throw BuildError("cannot read \(path): \(String(cString: strerror(errno)))") }
    let descriptor = descriptor
    var failure: BuildError?
    let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
      var done = 0
      while done < range.count {
        let count = pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
        if count < 0, errno == EINTR { continue }
        guard count > 0 else {
          failure = BuildError("cannot read \(path): it is shorter than the last build left it")
          break
        }
        done += count
      }
      initialized = done
    }
    if let failure { throw failure }
    return bytes
  }
}
