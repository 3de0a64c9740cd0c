// Stage: Render. What a build produces, in memory, before anything touches the disk.

/// One file of the built site: its path below the output folder and its bytes.
package struct OutputFile: Sendable, Equatable {
  package var path: String
  package var bytes: [UInt8]

  package init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  package init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}

/// Every file of a built site, sorted by path so writing and comparing are deterministic.
package struct SiteOutput: Sendable {
  package private(set) var files: [OutputFile] = []
  /// Files being received a part at a time (``SiteSink/append(_:to:)``).
  var partial: [String: [UInt8]] = [:]

  package init() {}

  package mutating func add(_ file: OutputFile) {
    files.append(file)
  }

  package mutating func add(path: String, text: String) {
    files.append(OutputFile(path: path, text: text))
  }

  /// The files in path order; a path added twice keeps the last version.
  package var sorted: [OutputFile] {
    var byPath: [String: OutputFile] = [:]
    for file in files { byPath[file.path] = file }
    return byPath.keys.sorted().map { byPath[$0]! }
  }
}
