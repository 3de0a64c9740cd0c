// Stage: Write. One build at a time into an output folder.

internal import Foundation
internal import Glibc

/// An exclusive lock on an output folder for the length of a build: `flock` on a file in
/// `.casebook-cache/`, named like the build's manifest. The system lets it go when the process
/// ends, however it ends, so a killed build never leaves the folder locked.
///
/// While a build holds it, no other build into that folder starts (it fails at once, or with
/// `--wait` waits), so the staging folders and the commit journal a build finds beside the
/// output are leftovers of dead builds, never those of a live one.
///
/// ```
/// casebook build & casebook build  →  error: another casebook build into Site is running (process 4242); …
/// ```
final class BuildLock {
  private let descriptor: Int32

  private init(descriptor: Int32) { self.descriptor = descriptor }

  deinit { close(descriptor) }

  /// Takes the lock at `path`; when another process holds it, throws, or with `wait` calls
  /// `waiting` once and waits for it.
  static func acquire(_ path: String, wait: Bool, waiting: () -> Void) throws -> BuildLock {
    try BuildManifest.makeFolder(of: path)
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw BuildError("cannot open \(path): \(String(cString: strerror(errno)))") }
    let lock = BuildLock(descriptor: descriptor)
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK else { throw BuildError("cannot lock \(path): \(String(cString: strerror(errno)))") }
      guard wait else {
        let holder = lock.holder().map { " (process \($0))" } ?? ""
        throw BuildError("another casebook build into this folder is running\(holder); wait for it to finish, or run with --wait")
      }
      waiting()
      while flock(descriptor, LOCK_EX) != 0 {
        guard errno == EINTR else { throw BuildError("cannot lock \(path): \(String(cString: strerror(errno)))") }
      }
    }
    // Who holds it, for a build that finds it taken.
    let pid = Array("\(getpid())\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    return lock
  }

  /// The process id the holder wrote, when it can be read.
  private func holder() -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
