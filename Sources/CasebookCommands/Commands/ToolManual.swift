// Stage: CLI (Render). casebook(1), generated from the command definitions themselves.

internal import ArgumentParser
internal import CasebookCore
internal import CasebookRender
internal import Foundation

/// Builds the `casebook(1)` page from ArgumentParser's own description of the commands
/// (`--experimental-dump-help`), so the page says exactly what `--help` says.
enum ToolManual {
  /// The subset of ArgumentParser's dump-help format (ToolInfoV0) the page needs.
  private struct ToolInfo: Decodable {
    var command: CommandInfo
  }
  private struct CommandInfo: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?
  }
  private struct ArgumentInfo: Decodable {
    struct Name: Decodable {
      var kind: String
      var name: String
    }
    var kind: String
    var shouldDisplay: Bool
    var isOptional: Bool
    var isRepeating: Bool
    var names: [Name]?
    var valueName: String?
    var defaultValue: String?
    var abstract: String?
  }

  static let path = SiteRoutes.toolManPage

  /// The page, dated with the knowledge base's newest date so builds stay deterministic.
  static func render(date: String, manual: String) throws -> String {
    let info = try JSONDecoder().decode(ToolInfo.self, from: Data(Casebook._dumpHelp().utf8))
    let root = info.command
    let commands = leaves(of: root, path: [root.commandName]).map { path, command in
      let arguments = (command.arguments ?? []).filter { $0.shouldDisplay && $0.names?.contains { $0.name == "help" } != true }
      return ManualPage.Command(
        name: path.joined(separator: " "),
        synopsis: (path + arguments.map(synopsis)).joined(separator: " "),
        abstract: command.abstract ?? "", discussion: command.discussion ?? "",
        entries: arguments.map { ManualPage.Entry(term: term($0), text: text($0)) })
    }
    let page = ManualPage(
      name: root.commandName, section: 1, date: date, manual: manual, abstract: root.abstract ?? "",
      discussion: root.discussion ?? "", commands: commands, seeAlso: ["casebook-cases(7)", "man(1)", "apropos(1)"])
    return page.render()
  }

  /// Every runnable command below a command, with its full name (`casebook man install`).
  private static func leaves(of command: CommandInfo, path: [String]) -> [([String], CommandInfo)] {
    (command.subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }.flatMap { child -> [([String], CommandInfo)] in
      let childPath = path + [child.commandName]
      return (child.subcommands ?? []).isEmpty ? [(childPath, child)] : leaves(of: child, path: childPath)
    }
  }

  private static func term(_ argument: ArgumentInfo) -> String {
    let value = "<\(argument.valueName ?? "value")>"
    switch argument.kind {
    case "positional": return value + (argument.isRepeating ? " ..." : "")
    case "flag": return names(argument)
    default: return names(argument) + " " + value
    }
  }

  private static func synopsis(_ argument: ArgumentInfo) -> String {
    let written = term(argument).split(separator: ",").first.map(String.init) ?? ""
    return argument.isOptional ? "[\(written)]" : written
  }

  private static func names(_ argument: ArgumentInfo) -> String {
    (argument.names ?? []).map { $0.kind == "long" ? "--\($0.name)" : "-\($0.name)" }.joined(separator: ", ")
  }

  private static func text(_ argument: ArgumentInfo) -> String {
    let abstract = argument.abstract ?? ""
    guard let value = argument.defaultValue, !value.isEmpty, argument.kind != "flag" else { return abstract }
    return abstract + " (default: \(value))"
  }
}
