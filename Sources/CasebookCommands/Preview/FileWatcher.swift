// Stage: CLI (serve). Which inputs changed on disk, from the kernel (inotify), in batches.

internal import Foundation
#if canImport(Glibc)
internal import Glibc
#endif

/// Watches folders, and every folder inside them, for files created, written, moved or removed,
/// and hands the changes over in batches: a batch ends once the folders have been quiet for a
/// moment, so that an editor's save (a temporary file, a rename, a change of mode) or a `git
/// checkout` of fifty files is one batch, and one build.
///
/// It blocks in `poll(2)` between changes: a watcher with nothing to report takes no CPU time.
/// Editors' scratch files (`.case.md.swp`, `case.md~`, vim's `4913`) are not changes.
///
/// ```
/// FileWatcher(folders: ["Content", "Templates"], parent: ".")
/// $EDITOR Content/cases/a.md (saved)   →  next() == ["Content/cases/a.md"]
/// mkdir Templates (it was not there)   →  next() == ["Templates"], and Templates/ is watched
/// ```
final class FileWatcher: @unchecked Sendable {
  // The descriptors are set once; `folders` (watch descriptor → path) is used only by the
  // one thread that calls `next()`.
  private let inotify: Int32
  private let wake: (read: Int32, write: Int32)
  private let watched: [String]
  private let parent: String
  private var folders: [Int32: String] = [:]

  /// How long the folders must be quiet for a batch to end, and the longest a batch may wait.
  static let quiet: Int32 = 80
  static let longest: TimeInterval = 1

  /// Watches `folders` (created later too, when they are in `parent`) and what they hold.
  init(folders: [String], parent: String) throws {
    inotify = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
    guard inotify >= 0 else { throw BuildError("cannot watch files for changes: \(String(cString: strerror(errno)))") }
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else {
      close(inotify)
      throw BuildError("cannot watch files for changes: \(String(cString: strerror(errno)))")
    }
    wake = (ends[0], ends[1])
    watched = folders
    self.parent = parent
    addWatch(parent, mask: UInt32(IN_CREATE | IN_MOVED_TO | IN_ONLYDIR))
    addWatches()
  }

  deinit {
    close(inotify)
    close(wake.read)
    close(wake.write)
  }

  /// Ends a `next()` that is waiting, now or when it next waits.
  func stop() {
    var byte: UInt8 = 1
    _ = write(wake.write, &byte, 1)
  }

  /// The paths that changed, once a batch of changes has ended; nil once stopped. A file made
  /// and gone again within the batch (`sed -i`'s, an editor's temporary file) is not named.
  func next() -> [String]? {
    var changed: [String] = []
    var made: Set<String> = []
    var started: Date?
    while true {
      let timeout = started == nil ? -1 : Self.quiet
      var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
      let ready = poll(&fds, 2, timeout)
      if ready < 0, errno == EINTR { continue }
      if fds[1].revents != 0 || ready < 0 { return nil }
      if ready == 0 || (started.map { Date().timeIntervalSince($0) > Self.longest } ?? false) {
        if changed.isEmpty {
          started = nil
          continue
        }
        // Folders made in this batch (a checkout, a new templates folder) are watched from now.
        addWatches()
        let lasting = changed.filter { !made.contains($0) || FileManager.default.fileExists(atPath: $0) }
        return lasting.isEmpty ? [changed[0]] : lasting
      }
      for (path, isNew) in readEvents() {
        if !changed.contains(path) { changed.append(path) }
        if isNew { made.insert(path) }
      }
      if started == nil, !changed.isEmpty { started = Date() }
    }
  }

  /// The changes the kernel has queued, as paths (and whether the file was made), without
  /// editors' scratch files.
  private func readEvents() -> [(path: String, made: Bool)] {
    var paths: [(path: String, made: Bool)] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
      guard count > 0 else { return paths }
      var offset = 0
      let header = MemoryLayout<inotify_event>.size
      buffer.withUnsafeBytes { bytes in
        while offset + header <= count {
          let descriptor = bytes.load(fromByteOffset: offset, as: Int32.self)
          let mask = bytes.load(fromByteOffset: offset + 4, as: UInt32.self)
          let length = Int(bytes.load(fromByteOffset: offset + 12, as: UInt32.self))
          let nameBytes = bytes[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
          offset += header + length
          let name = String(decoding: nameBytes, as: UTF8.self)
          if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            paths.append((parent, false))
            continue
          }
          guard let folder = folders[descriptor], !Self.isScratch(name) else { continue }
          if folder == parent {
            if watched.contains(where: { ($0 as NSString).lastPathComponent == name }) { paths.append((join(folder, name), false)) }
          } else if mask & UInt32(IN_IGNORED) == 0 {
            paths.append((name.isEmpty ? folder : join(folder, name), mask & UInt32(IN_CREATE) != 0))
          }
        }
      }
    }
  }

  /// Watches every folder under the watched ones (adding a folder twice is harmless).
  private func addWatches() {
    let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
    for root in watched {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else { continue }
      addWatch(root, mask: mask)
      guard let inside = FileManager.default.enumerator(atPath: root) else { continue }
      for case let relative as String in inside {
        let path = join(root, relative)
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { addWatch(path, mask: mask) }
      }
    }
  }

  private func addWatch(_ path: String, mask: UInt32) {
    let descriptor = inotify_add_watch(inotify, path, mask)
    if descriptor >= 0 { folders[descriptor] = path }
  }

  private func join(_ folder: String, _ name: String) -> String {
    folder == "." ? name : folder + "/" + name
  }

  /// An editor's backup, swap or probe file, or a hidden one: not an input.
  static func isScratch(_ name: String) -> Bool {
    name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913"
  }
}
