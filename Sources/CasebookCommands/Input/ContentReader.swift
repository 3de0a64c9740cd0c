// Stage: Discover. Finding and reading the input files; the core never touches the disk.

internal import ArgumentParser
internal import CasebookCore
internal import CasebookSearch
internal import Foundation
internal import Glibc

/// Finds the site config and the case files and reads their bytes.
///
/// Problems with files as files (a link that leaves `Content/`, a file that cannot be read)
/// become diagnostics, so they are reported with everything else.
struct ContentReader {
  struct Content {
    var config: SourceFile?
    var cases: [SourceFile]
    /// The display paths of the files named on the command line, in order.
    var requested: [String]
    var diagnostics: Diagnostics

    /// A hash of the config and every case file (path and bytes): whether a built search index
    /// still describes this content.
    /// Each file was digested as it was read (on every core, 8 bytes at a time); the names and
    /// digests are hashed in order.
    var contentHash: String {
      var hash: UInt64 = 0xCBF2_9CE4_8422_2325
      // The file's name (after the last slash), then a 0 byte, then its digest: read in place,
      // not split into characters, and the files not joined into a new array.
      func add(_ file: SourceFile) {
        let path = file.path.utf8
        FNV.hash64(path[(path.lastIndex(of: UInt8(ascii: "/")).map(path.index(after:)) ?? path.startIndex)...], into: &hash)
        FNV.hash64(CollectionOfOne(0), into: &hash)
        withUnsafeBytes(of: file.digest.littleEndian) { FNV.hash64($0, into: &hash) }
      }
      if let config { add(config) }
      cases.forEach(add)
      return String(hash, radix: 16)
    }
  }

  let layout: ProjectLayout
  let fileManager = FileManager.default

  /// Reads the config and every case under `Content/cases`, plus any extra files or folders.
  /// A case file in `unread` (its digest from an earlier build whose stamp it still has) is
  /// not read: it comes without bytes, with that digest.
  ///
  /// A cases folder that is missing or cannot be listed is an error, not an empty knowledge
  /// base: a wrong checkout or a permission slip must not publish an empty site.
  func read(extraPaths: [String] = [], unread: [String: UInt64] = [:]) throws -> Content {
    try checkCasesFolder()
    var diagnostics = Diagnostics()
    let config = fileManager.fileExists(atPath: layout.configPath) ? readFile(layout.configPath, diagnostics: &diagnostics) : nil
    var paths = caseFiles(in: layout.casesPath)
    var requested: [String] = []
    for path in extraPaths {
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) || isSymlink(path) else {
        throw ValidationError("no such file or folder: \(path)")
      }
      let named = isDirectory.boolValue ? caseFiles(in: path) : [path]
      requested.append(contentsOf: named)
    }
    // A file named on the command line and found by discovery is read once.
    if !requested.isEmpty {
      let known = Set(paths.map(canonical))
      paths += requested.filter { !known.contains(canonical($0)) && $0 != layout.configPath }
    }
    // Read on every core; diagnostics are kept in file order.
    let read = paths.concurrentMap { path -> (SourceFile?, Diagnostics) in
      if let digest = unread[path] { return (SourceFile(path: path, digest: digest), Diagnostics()) }
      var fileDiagnostics = Diagnostics()
      let file = readFile(path, diagnostics: &fileDiagnostics)
      return (file, fileDiagnostics)
    }
    for (_, fileDiagnostics) in read { diagnostics.emit(contentsOf: fileDiagnostics) }
    let cases = read.compactMap(\.0)
    let requestedPaths = requested.map { path in paths.first { canonical($0) == canonical(path) } ?? path }
    return Content(config: config, cases: cases, requested: requestedPaths, diagnostics: diagnostics)
  }

  /// What every command but `build` starts from: the content read, parsed and validated
  /// (Discover → Parse → Validate; `build` runs the same calls as timed stages). The checks
  /// across cases have added their diagnostics; nothing is assembled.
  ///
  /// - Parameters:
  ///   - extraPaths: files or folders named on the command line, read as well.
  ///   - cached: parse results of the last build for files unchanged since (``ParseCache``).
  func check(extraPaths: [String] = [], cached: [String: ParseCache.Entry] = [:]) throws -> (content: Content, checked: ContentCheck.Checked) {
    var content = try read(extraPaths: extraPaths, unread: cached.mapValues(\.digest))
    var cases = content.cases
    var checked = ContentCheck.parse(configFile: content.config, configPath: layout.configPath, cases: &cases, discovery: content.diagnostics, cached: cached)
    ContentCheck.validate(&checked)
    // The files' bytes were let go as they were parsed; their paths and digests stay.
    content.cases = cases
    return (content, checked)
  }

  /// Throws unless the cases folder exists, can be listed, and is the project's own: a link to
  /// a folder outside the project is refused, as a link to a case file outside Content/ is.
  func checkCasesFolder() throws {
    let folder = layout.casesPath
    let project = URL(fileURLWithPath: layout.root).resolvingSymlinksInPath().path + "/"
    for path in [layout.contentPath, folder] where isSymlink(path) && !URL(fileURLWithPath: path).resolvingSymlinksInPath().path.hasPrefix(project) {
      let shown = (try? fileManager.destinationOfSymbolicLink(atPath: path)) ?? path
      throw BuildError("\(path) is a symbolic link to '\(shown)', outside the project: a build reads and lints the project's own cases only; move them into \(path)")
    }
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw BuildError("\(folder) not found: run casebook in a knowledge base's folder (the one holding Content/ and Templates/), or give --project")
    }
    guard (try? fileManager.contentsOfDirectory(atPath: folder)) != nil else {
      throw BuildError("\(folder) cannot be read: check its permissions")
    }
  }

  /// The `.md` files directly in a folder, sorted by name so every run sees the same order.
  func caseFiles(in folder: String) -> [String] {
    guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else { return [] }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { prefix + $0 }
  }

  private func readFile(_ path: String, diagnostics: inout Diagnostics) -> SourceFile? {
    var fileDiagnostics = FileDiagnostics(file: path)
    defer { diagnostics.emit(contentsOf: fileDiagnostics.collected) }
    // A name that is not UTF-8 comes back with U+FFFD where its bytes were: no such path.
    if path.unicodeScalars.contains("\u{FFFD}") {
      let stem = String((path.split(separator: "/").last ?? "").dropLast(3))
      let hint = CaseID.suggestion(for: stem).map { ", as '\($0).md'" } ?? ""
      fileDiagnostics.report(.invalidFileName, at: .fileStart, "file name is not UTF-8 (shown with \u{FFFD} for the bytes that are not); rename it with lowercase letters, digits and dashes\(hint)")
      return nil
    }
    if isSymlink(path) {
      let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      let content = URL(fileURLWithPath: layout.contentPath).resolvingSymlinksInPath().path + "/"
      if !target.hasPrefix(content) {
        let shown = (try? fileManager.destinationOfSymbolicLink(atPath: path)) ?? target
        fileDiagnostics.report(.symlinkOutsideContent, at: .fileStart, "file is a symbolic link to '\(shown)', outside Content/; copy the file into Content/cases instead")
        return nil
      }
    }
    switch Self.contents(of: path, limit: SourceFile.maximumSize) {
    case .bytes(let bytes):
      return SourceFile(path: path, bytes: bytes)
    case .tooLarge(let size):
      fileDiagnostics.report(.fileTooLarge, at: .fileStart, "file is \(size) bytes; the limit is \(SourceFile.maximumSize) bytes (1 MiB)")
    case .unreadable:
      fileDiagnostics.report(.unreadableFile, at: .fileStart, "file cannot be read")
    }
    return nil
  }

  enum FileContents: Equatable {
    case bytes([UInt8])
    /// Larger than the limit: its size, and nothing read.
    case tooLarge(Int)
    case unreadable
  }

  /// A regular file's bytes through one `open`, one `fstat` and its reads, or why not.
  ///
  /// Foundation's `attributesOfItem` and `contents(atPath:)` made 17 system calls a file
  /// (extended attributes, the owner's name, the working folder, a second open). Anything but
  /// a regular file (a folder, a named pipe, a device) cannot be read: opened without waiting,
  /// a pipe with no writer does not hang the build.
  static func contents(of path: String, limit: Int) -> FileContents {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return .unreadable }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .unreadable }
    if Int(info.st_size) > limit { return .tooLarge(Int(info.st_size)) }
    // Read to the end, not to the size `fstat` gave: the file may have grown since, or be one
    // whose size the system does not know. At most one byte past the limit is read.
    var bytes = [UInt8](repeating: 0, count: min(max(Int(info.st_size), 0), limit) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        if count > limit { break }
        bytes += [UInt8](repeating: 0, count: min(count, limit + 1 - count))
      }
      let got = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        return .unreadable
      }
      if got == 0 { break }
      count += got
    }
    bytes.removeLast(bytes.count - count)
    return .bytes(bytes)
  }

  private func isSymlink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  private func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}

