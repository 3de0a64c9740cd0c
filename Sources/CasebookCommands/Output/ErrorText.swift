// Stage: CLI (Write). An error that is not the content's, said in one line a person can act on.

internal import ArgumentParser
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

  /// Runs a command's work, and prints what stops it the one way every command does: an error
  /// that is not the command line's (a usage error, or an exit status the command decided, pass
  /// through) as one `error:` line, then exit status 1.
  ///
  /// ```
  /// casebook search wazero   (in /tmp)  →  error: no Casebook project in /tmp or above it …
  /// ```
  static func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let decided as ExitCode {
      throw decided
    } catch let usage as ValidationError {
      throw usage
    } catch {
      Console.error("error: \(describe(error))\n")
      throw ExitCode.failure
    }
  }
}
