// Stage: Render → Write. A file too large to hold whole.

/// One file of the built site whose bytes are made a part at a time.
///
/// ```
/// StreamedFile(path: "cases.json") { write in try write(header); for batch in … { try write(json(batch)) } }
/// ```
///
/// A sink may run `produce` on another thread, once, while the build goes on (``SiteSink``):
/// it reads only values that no longer change, and what it fills in is read after the sink
/// settles. Hence `@unchecked`: the closure is not itself checked for that.
package struct StreamedFile: @unchecked Sendable {
  package let path: String
  /// Hands each part of the file, in order, to `write`.
  package let produce: (_ write: ([UInt8]) throws -> Void) throws -> Void

  package init(path: String, produce: @escaping (_ write: ([UInt8]) throws -> Void) throws -> Void) {
    self.path = path
    self.produce = produce
  }

  /// The whole file.
  package func bytes() throws -> [UInt8] {
    var bytes: [UInt8] = []
    try produce { bytes += $0 }
    return bytes
  }
}
