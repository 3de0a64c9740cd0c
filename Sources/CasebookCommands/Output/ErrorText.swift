// Stage: CLI (Write). An error that is not the content's, said in one line a person can act on.

internal import Foundation

/// The one line printed for an error a command could not get past: a file system error as the
/// path and the system's reason, anything else as it describes itself.
///
/// ```
/// CocoaError(.fileWriteFileExists, path /tmp/afile, POSIX EEXIST)  →  /tmp/afile: File exists
/// BuildError("Templates/ not found: …")                           →  Templates/ not found: …
/// ```
enum ErrorText {
  static func describe(_ error: any Error) -> String {
    let nsError = error as NSError
    guard nsError.domain == NSCocoaErrorDomain || nsError.domain == NSPOSIXErrorDomain else { return "\(error)" }
    let path = (nsError.userInfo[NSFilePathErrorKey] as? String) ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
    let underlying = (nsError.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
    let posix = nsError.domain == NSPOSIXErrorDomain ? nsError : (underlying?.domain == NSPOSIXErrorDomain ? underlying : nil)
    let reason = posix.map { String(cString: strerror(Int32($0.code))) } ?? nsError.localizedDescription
    return path.map { "\($0): \(reason)" } ?? reason
  }
}
