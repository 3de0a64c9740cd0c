// Build tool: writes the Swift source that carries Templates/ inside casebook (EmbedTemplates).
//   casebook-embed TEMPLATES-FOLDER OUTPUT.swift RELATIVE-PATH…

import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: casebook-embed TEMPLATES-FOLDER OUTPUT.swift RELATIVE-PATH…\n".utf8))
  exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
var source = """
  // Generated from Templates/ by casebook-embed when casebook is built: do not edit.

  /// The files of this repository's `Templates/` as they were when casebook was built, by path
  /// relative to that folder, base64-encoded.
  enum DefaultTemplateFiles {
    static let base64: [String: String] = [

  """
for relative in arguments.dropFirst(3).sorted() {
  let data = try Data(contentsOf: folder.appendingPathComponent(relative))
  source += "    \"\(relative)\": \"\(data.base64EncodedString())\",\n"
}
source += "  ]\n}\n"
try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
