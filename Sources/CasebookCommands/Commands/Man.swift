// Stage: CLI. `casebook man install`: the man pages where man and apropos find them.

package import ArgumentParser
internal import CasebookRender
internal import Foundation
internal import Glibc

extension Casebook {
  /// Man page commands.
  package struct Man: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Work with the man pages of the cases.",
      subcommands: [Install.self]
    )

    package init() {}

    /// Copies casebook(1), casebook-cases(7) and a page per case under a man folder and
    /// refreshes its whatis database.
    ///
    /// ```
    /// $ casebook man install
    /// Installed 5 pages under /home/me/.local/share/man (man1, man7); whatis database updated.
    /// ```
    package struct Install: ParsableCommand {
      package static let configuration = CommandConfiguration(
        abstract: "Install the man pages and refresh the whatis database.",
        discussion: """
          Renders the pages from Content/ (as `casebook build` does), copies them to \
          PREFIX/man1 and PREFIX/man7 and runs mandb on PREFIX when it is installed, so \
          `man <case-id>` and `apropos <word>` find the cases.
          """
      )

      @OptionGroup package var options: ProjectOptions

      @Option(help: ArgumentHelp("The man folder to install into (default: ~/.local/share/man).", valueName: "dir"))
      var prefix: String?

      package init() {}

      package func run() throws {
        try ErrorText.reporting {
          let layout = try options.layout()
          var site = SiteOutput()
          guard case .built = try BuildPipeline(layout: layout, quiet: true).run(into: &site) else {
            Console.error("error: the content has errors; run `casebook lint` and fix them first.\n")
            throw ExitCode.failure
          }
          let home = FileManager.default.homeDirectoryForCurrentUser.path
          let folder = prefix ?? home + "/.local/share/man"
          let pages = site.sorted.filter { $0.path.hasPrefix("man/") }
          for page in pages {
            let destination = folder + "/" + page.path.dropFirst("man/".count)
            try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try LocalFileSystem().writeAtomically(page.bytes, to: destination)
          }
          var message = "Installed \(pages.count) pages under \(folder) (man1, man7)"
          if let mandb = Executable.find("mandb") {
            let status = Executable.run(mandb, ["--quiet", folder], environment: Executable.utf8Locale())
            message += status == 0 ? "; whatis database updated." : "; mandb failed (status \(status)), so apropos may not find them yet."
          } else {
            message += "; mandb is not installed, so apropos will not find them (man still will)."
          }
          Console.output(message + "\n")
          let manpath = Executable.find("manpath").flatMap { Executable.output($0, ["-q"]) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
          let onPath = manpath.split(separator: ":").contains { URL(fileURLWithPath: String($0)).standardizedFileURL.path == URL(fileURLWithPath: folder).standardizedFileURL.path }
          if !onPath {
            Console.output("""
              \(folder) is not on your MANPATH. Add it, for example in ~/.profile:
                export MANPATH="\(folder):$(manpath -q)"

              """)
          }
        }
      }
    }
  }
}

/// Finding and running other programs (man, mandb, manpath).
enum Executable {
  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// What a man tool needs added to the environment to read and show UTF-8 pages: nothing when
  /// the user's locale is UTF-8 already, else `LC_ALL=C.UTF-8`. Without it (no `LANG` at all,
  /// as in chroots, minimal containers and many CI runners, or `LANG=C`) `man` drops every
  /// character outside ASCII, and a Chinese case shows as its punctuation.
  ///
  /// ```
  /// LANG=en_US.UTF-8   →  [:]
  /// LANG unset, LANG=C →  ["LC_ALL": "C.UTF-8"]
  /// ```
  static func utf8Locale(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    let normalized = locale.lowercased().replacingOccurrences(of: "-", with: "")
    return normalized.contains("utf8") ? [:] : ["LC_ALL": "C.UTF-8"]
  }

  /// Runs a program with the terminal as its input and output, in casebook's own process
  /// group, and returns its exit status (-1 when it could not start or was killed).
  ///
  /// Started with `posix_spawn`, not Foundation's `Process`: that puts the child in a process
  /// group of its own, a background job of the terminal, and `man` and its pager are then
  /// stopped (SIGTTOU, SIGTTIN) the moment they touch the terminal.
  @discardableResult
  static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) -> Int32 {
    let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }.sorted()
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = variables.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    guard posix_spawn(&pid, path, nil, nil, argv, envp) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { return -1 }
    }
    // WIFEXITED and WEXITSTATUS, which Swift does not import.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
  }

  /// Runs a program and returns what it printed, or nil when it failed.
  static func output(_ path: String, _ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
  }
}
