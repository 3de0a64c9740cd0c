// Build tool plugin: the files of Templates/ become the templates built into casebook.

import Foundation
import PackagePlugin

/// Runs `casebook-embed` on every file of the package's `Templates/` before CasebookCommands
/// is compiled, so that `casebook` carries the default templates and a knowledge base needs
/// no `Templates/` folder of its own (one there overrides the defaults file by file).
@main
struct EmbedTemplates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Templates")
    var relatives: [String] = []
    if let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) {
      for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        relatives.append(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
      }
    }
    relatives.sort()
    let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTemplates.swift")
    return [
      .buildCommand(
        displayName: "Embedding the default templates",
        executable: try context.tool(named: "casebook-embed").url,
        arguments: [folder.path, output.path] + relatives,
        inputFiles: relatives.map { folder.appending(path: $0) },
        outputFiles: [output])
    ]
  }
}
