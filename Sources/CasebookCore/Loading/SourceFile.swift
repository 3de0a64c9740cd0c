// Stage: Discover → Parse. The bytes of one input file, as the command layer read them.

/// One input file: the path shown in diagnostics and its raw bytes.
///
/// The command layer reads files from disk; everything in the core works on these values, so it
/// can be tested without a file system.
package struct SourceFile: Sendable {
  package var path: String
  package var bytes: [UInt8]
  /// The ``ContentDigest`` of the bytes as read; it stays when a build lets the bytes go.
  package let digest: UInt64

  package init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    digest = ContentDigest.of(bytes)
  }

  /// A file known from an earlier build by its digest, not read (``ParseCache``).
  package init(path: String, digest: UInt64) {
    self.path = path
    bytes = []
    self.digest = digest
  }

  package init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// The largest file Casebook reads: 1 MiB.
  package static let maximumSize = 1 << 20
}
