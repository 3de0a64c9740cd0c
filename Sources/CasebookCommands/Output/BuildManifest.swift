// Stage: Write. What the last build read and wrote, so the next one can skip or write less.

internal import Foundation
internal import Glibc

/// A file's identity on disk without reading it: size, modification time and inode.
struct FileStamp: Equatable, Sendable {
  var size: Int
  var modified: Int
  var inode: UInt64

  /// The stamp of a file (following symbolic links), or nil when there is none.
  static func of(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileStamp(size: Int(info.st_size), modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
  }
}

/// The record a build leaves in `.casebook-cache/` (never committed) for the next build.
///
/// It holds the stamps of every input (config, cases, templates, assets, and the casebook
/// binary itself) and, for every output file, its digest and stamp. The next build:
/// - stops at once when every input and output stamp is unchanged ("up to date");
/// - otherwise renders everything in memory and writes only the files whose digest changed,
///   removing the ones no longer produced.
///
/// A text format, one entry per line, because it is read before every build and must be quick:
///
/// ```
/// casebook-manifest 1
/// tool 41839672 1764180000000000000 9437211
/// warning Content/cases/a.md:12:5: warning: 'tags' lists 'go' twice [CB028]
/// in Content/casebook.yml 312 1764180000000000000 9437001
/// out index.html 9a3c…e1 20417 1764180000000000000 9437300
/// ```
struct BuildManifest: Equatable, Sendable {
  static let formatLine = "casebook-manifest 1"

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

  /// Where the manifest of a build into `output` lives in a project.
  static func path(layout: ProjectLayout, output: String) -> String {
    let absolute = URL(fileURLWithPath: output).standardizedFileURL.path
    return layout.join(".casebook-cache/build-\(String(ContentDigest.of(Array(absolute.utf8)), radix: 16)).manifest")
  }

  /// The stamp of the running casebook binary: a rebuilt tool may render differently.
  static var toolStamp: FileStamp? { FileStamp.of("/proc/self/exe") }

  /// The stamps of every file a build of this project reads.
  static func scanInputs(layout: ProjectLayout) -> [String: FileStamp] {
    var inputs: [String: FileStamp] = [:]
    let manager = FileManager.default
    func add(_ path: String) { inputs[path] = FileStamp.of(path) ?? FileStamp(size: -1, modified: 0, inode: 0) }
    add(layout.configPath)
    for name in (try? manager.contentsOfDirectory(atPath: layout.casesPath)) ?? [] where name.hasSuffix(".md") && !name.hasPrefix(".") {
      add(layout.casesPath + "/" + name)
    }
    for name in (try? manager.contentsOfDirectory(atPath: layout.templatesPath)) ?? [] where name.hasSuffix(".mustache") {
      add(layout.templatesPath + "/" + name)
    }
    if let enumerator = manager.enumerator(atPath: layout.templatesPath + "/assets") {
      while let relative = enumerator.nextObject() as? String {
        if !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { add(layout.templatesPath + "/assets/" + relative) }
      }
    }
    return inputs
  }

  /// Whether every output file is still the one this manifest describes.
  func outputsIntact(in folder: String) -> Bool {
    let paths = Array(outputs.keys)
    let intact = paths.concurrentMap { path in FileStamp.of(folder + "/" + path) == outputs[path]!.stamp }
    return !intact.contains(false)
  }

  // MARK: - Text form

  var text: String {
    var lines = [Self.formatLine]
    if let tool { lines.append("tool \(tool.size) \(tool.modified) \(tool.inode)") }
    lines += warnings.map { "warning " + $0 }
    for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) {
      lines.append("in \(path) \(stamp.size) \(stamp.modified) \(stamp.inode)")
    }
    for (path, output) in outputs.sorted(by: { $0.key < $1.key }) {
      lines.append("out \(path) \(String(output.digest, radix: 16)) \(output.stamp.size) \(output.stamp.modified) \(output.stamp.inode)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads a manifest; nil when it is missing, of another format or damaged in any way.
  ///
  /// Paths hold no line breaks (they are ours), but may hold spaces: the numbers are read from
  /// the end of the line.
  init?(text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
    guard lines.popFirst() == Substring(Self.formatLine) else { return nil }
    for line in lines {
      let fields = line.split(separator: " ")
      guard let kind = fields.first else { return nil }
      func numbers(_ count: Int) -> [Int]? {
        guard fields.count >= count + 1 else { return nil }
        let values = fields.suffix(count).map { Int($0) }
        return values.contains(nil) ? nil : values.map { $0! }
      }
      func path(_ trailing: Int) -> String? {
        guard fields.count >= trailing + 2 else { return nil }
        var end = line.endIndex
        for field in fields.suffix(trailing) { end = line.index(end, offsetBy: -(field.count + 1)) }
        let start = line.index(line.startIndex, offsetBy: kind.count + 1)
        return start < end ? String(line[start..<end]) : nil
      }
      switch kind {
      case "tool":
        guard let n = numbers(3) else { return nil }
        tool = FileStamp(size: n[0], modified: n[1], inode: UInt64(n[2]))
      case "warning":
        warnings.append(String(line.dropFirst("warning ".count)))
      case "in":
        guard let n = numbers(3), let path = path(3) else { return nil }
        inputs[path] = FileStamp(size: n[0], modified: n[1], inode: UInt64(n[2]))
      case "out":
        guard let n = numbers(3), fields.count >= 6, let digest = UInt64(fields[fields.count - 4], radix: 16), let path = path(4) else { return nil }
        outputs[path] = Output(digest: digest, stamp: FileStamp(size: n[0], modified: n[1], inode: UInt64(n[2])))
      default:
        return nil
      }
    }
  }

  init() {}

  static func load(_ path: String) -> BuildManifest? {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return nil }
    return BuildManifest(text: text)
  }

  /// Writes the manifest atomically (a temporary file renamed over the old one).
  func save(_ path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let ignore = folder + "/.gitignore"
    if !FileManager.default.fileExists(atPath: ignore) { try LocalFileSystem().write(Array("*\n".utf8), to: ignore) }
    try LocalFileSystem().writeAtomically(Array(text.utf8), to: path)
  }
}

/// A 64-bit digest of a file's bytes: FNV-1a over 8-byte little-endian words, then the tail.
///
/// Not cryptographic: it tells whether a file the build is about to write differs from the
/// one it wrote last time. Word-wise, so a 10,000-case site (600 MB) is digested in well under
/// a second.
enum ContentDigest {
  static func of(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    let prime: UInt64 = 0x0000_0100_0000_01B3
    bytes.withUnsafeBytes { buffer in
      let words = buffer.count / 8
      for index in 0..<words {
        hash = (hash ^ buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self).littleEndian) &* prime
        hash ^= hash >> 29
      }
      for byte in buffer[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* prime }
    }
    return (hash ^ UInt64(bytes.count)) &* prime
  }
}
