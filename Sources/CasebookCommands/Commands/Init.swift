// Stage: CLI. `casebook init`: a new knowledge base, ready to lint, build and check in CI.

package import ArgumentParser
internal import CasebookCore
internal import Foundation

extension Casebook {
  /// Writes a new knowledge base into a folder: the site config, one example case that passes
  /// lint, a `.gitignore` for the build cache and a CI workflow that lints and checks `Site/`.
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
      abstract: "Start a new knowledge base: a site config, an example case, a .gitignore and a CI workflow.",
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

    package init() {}

    package func run() throws {
      for path in try ErrorText.reporting({ try execute() }) { Console.output(path + "\n") }
      Console.error("Next: cd \(folder) && casebook lint && casebook build, then open Site/index.html. Set CASEBOOK_GIT in .github/workflows/casebook.yml.\n")
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
        (layout.join(".github/workflows/casebook.yml"), Array(Self.workflow.utf8)),
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
    static let workflow = """
      # Checks every pull request: the cases pass casebook lint, and Site/ is what they build.
      name: casebook
      on: [push, pull_request]
      env:
        # Where your team gets Casebook's source (a Swift package); set it before the first run.
        CASEBOOK_GIT: https://example.org/your-team/casebook.git
      jobs:
        check:
          runs-on: ubuntu-latest
          container: swift:6.0
          steps:
            - uses: actions/checkout@v4
            - name: Build casebook
              run: |
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
