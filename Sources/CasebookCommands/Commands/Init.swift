// Stage: CLI. `casebook init`: a new knowledge base, ready to lint, build and check in CI.

package import ArgumentParser
internal import CasebookCore
internal import CasebookSearch
internal import Foundation

extension Casebook {
  /// Writes a new knowledge base into a folder: the site config, one example case that passes
  /// lint, a `.gitignore` for the build cache, a `.gitattributes` that lets branches' sites
  /// merge, and a CI workflow that lints and checks `Site/`.
  /// The templates are built into casebook; `--templates` writes them out to change them.
  ///
  /// ```
  /// $ casebook init kb --title "Platform runbooks"
  /// kb/Content/casebook.yml
  /// kb/Content/cases/nginx-unknown-directive.md
  /// …
  /// ```
  package struct Init: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Start a new knowledge base: a site config, an example case, .gitignore, .gitattributes and a CI workflow.",
      discussion: """
        Writes nothing over an existing file, and refuses a folder that already holds a \
        knowledge base. The templates are built into casebook: a Templates/ folder is needed \
        only to change them (--templates writes them out), and then overrides them file by file.
        """
    )

    @Argument(help: ArgumentHelp("The folder of the new knowledge base (made if missing).", valueName: "dir"))
    var folder: String = "."

    @Option(help: "The site's title.")
    var title: String = "Troubleshooting cases"

    @Flag(help: "Also write the built-in templates into Templates/, to change them.")
    var templates = false

    @Option(help: ArgumentHelp("Where the CI workflow gets Casebook's source to build it (a git URL).", valueName: "url"))
    var casebookGit: String?

    package init() {}

    package func run() throws {
      for path in try ErrorText.reporting({ try execute() }) { Console.output(path + "\n") }
      let workflowNote = casebookGit == nil ? " Set CASEBOOK_GIT in .github/workflows/casebook.yml (or give --casebook-git)." : ""
      Console.error("Next: cd \(folder) && casebook serve (a preview that reloads as you edit), casebook lint, casebook build.\(workflowNote)\n")
    }

    /// Writes the knowledge base; the paths written, in order.
    package func execute() throws -> [String] {
      let layout = ProjectLayout(root: folder)
      for marker in [layout.configPath, layout.casesPath] where FileManager.default.fileExists(atPath: marker) {
        throw BuildError("\(marker) exists: \(folder) already holds a knowledge base")
      }
      var files: [(path: String, text: [UInt8])] = [
        (layout.configPath, Array(Self.config(title: title).utf8)),
        (layout.casesPath + "/" + Self.exampleID + ".md", Array(Self.exampleCase.utf8)),
        (layout.join(".gitignore"), Array("\(ProjectLayout.cacheFolder)/\n".utf8)),
        (layout.join(".gitattributes"), Array(Self.gitAttributes.utf8)),
        (layout.join(".github/workflows/casebook.yml"), Array(Self.workflow(casebookGit: casebookGit ?? Self.unsetCasebookGit).utf8)),
      ]
      if templates {
        files += TemplateReader.defaults.sorted { $0.key < $1.key }.map { (layout.templatesPath + "/" + $0.key, $0.value) }
      }
      if let existing = files.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
        throw BuildError("\(existing.path) exists; casebook init writes nothing over a file")
      }
      for file in files {
        try FileManager.default.createDirectory(atPath: SiteWriter.folder(of: file.path).isEmpty ? "." : SiteWriter.folder(of: file.path), withIntermediateDirectories: true)
        try Data(file.text).write(to: URL(fileURLWithPath: file.path), options: .withoutOverwriting)
      }
      return files.map(\.path)
    }

    static func config(title: String) -> String {
      """
      # Site settings for Casebook. Every key is documented in docs/case-format.md.
      title: \(YAMLText.doubleQuoted(title))
      description: "What broke, why, how it was fixed and how the fix was verified."
      # base_url: https://kb.example.org/   # set when the site is published, for sitemap.xml and feeds
      default_language: en
      languages:
        en:
          name: English

      """
    }

    static let exampleID = "nginx-unknown-directive"

    /// A short, true case, to show the format and to pass lint.
    static let exampleCase = """
      ---
      title: nginx refuses to start with "unknown directive"
      summary: "nginx -t fails with [emerg] unknown directive: a misspelt directive, or one whose module is not loaded."
      date: 2026-01-15
      status: resolved
      components: [nginx]
      tags: [config, example]
      signatures:
        - 'nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/conf.d/app.conf:12'
        - "nginx: configuration file /etc/nginx/nginx.conf test failed"
      references:
        - title: "nginx documentation: alphabetical index of directives"
          url: https://nginx.org/en/docs/dirindex.html
      ---

      ## Symptom

      After a configuration change, `systemctl reload nginx` leaves the old configuration
      running, and `nginx -t` prints:

      ```console
      $ sudo nginx -t
      nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/conf.d/app.conf:12
      nginx: configuration file /etc/nginx/nginx.conf test failed
      ```

      ## Background

      nginx reads its whole configuration before it changes anything, and refuses all of it
      when one line is wrong: the running workers keep the configuration they had.

      ## Root cause

      `proxy_passs` is not a directive: a typo for `proxy_pass`. The same message appears for a
      real directive whose module is not compiled in or not loaded with `load_module`.

      ## Solutions

      ### Correct the directive (adopted)

      Fix the spelling on the line the message names, then test and reload:

      ```console
      $ sudo nginx -t && sudo systemctl reload nginx
      ```

      ### Load the module

      When the directive is spelt right, find the module that provides it in the directive
      index and load it with `load_module` at the top of `nginx.conf`.

      ## Validation

      `nginx -t` reports `syntax is ok` and `test is successful`, and the new location answers.

      ## Lessons

      Run `nginx -t` before every reload: a reload with a broken configuration keeps the old
      one running, and only the error log says so.

      """

    /// A GitHub Actions workflow: build casebook, lint the cases, and check that `Site/` is
    /// what they give.
    /// How git merges `Site/`: two branches that each add a case merge without a conflict to
    /// edit, and the next build makes the site right (`casebook build --check` in CI insists).
    static let gitAttributes = """
      # Site/ is made by `casebook build` from Content/ (and Templates/). When two branches both
      # changed it, git merges its files line by line without stopping (union): the result is
      # not a site until the next `casebook build` rewrites it, and CI's `casebook build --check`
      # says when that was forgotten. GitHub folds these files in diffs (linguist-generated).
      \(ProjectLayout.siteFolder)/** merge=union linguist-generated=true

      """

    /// What the workflow says where no `--casebook-git` was given; its first step stops on it.
    static let unsetCasebookGit = "https://example.org/set-me/casebook.git"

    /// A GitHub Actions workflow that builds Casebook from `casebookGit` (a git URL, quoted for
    /// YAML), lints the cases and checks `Site/`.
    static func workflow(casebookGit: String) -> String {
      """
      # Checks every pull request: the cases pass casebook lint, and Site/ is what they build.
      name: casebook
      on: [push, pull_request]
      env:
        # Where your team gets Casebook's source (a Swift package, Swift 6.2 or later).
        CASEBOOK_GIT: \(JSONText.string(casebookGit))
      jobs:
        check:
          runs-on: ubuntu-latest
          container: swift:6.3
          steps:
            - uses: actions/checkout@v4
            - name: Build casebook
              run: |
                if [ "$CASEBOOK_GIT" = "\(unsetCasebookGit)" ]; then
                  echo "::error file=.github/workflows/casebook.yml::set CASEBOOK_GIT in this file to where your team gets Casebook (casebook init --casebook-git URL writes it)"
                  exit 1
                fi
                apt-get update -qq && apt-get install -y -qq libcmark-dev pkg-config git
                git clone --depth 1 "$CASEBOOK_GIT" /tmp/casebook
                swift build -c release --package-path /tmp/casebook
            - name: Lint the cases
              run: /tmp/casebook/.build/release/casebook lint
            - name: Check that Site/ is up to date
              run: /tmp/casebook/.build/release/casebook build --check

      """
    }
  }
}
