// Accessibility: axe-core, run in Chromium on the built pages of every kind, finds no serious
// or critical violation of WCAG 2 A and AA or of its best practices.

import CasebookTestSupport
import Foundation
import Testing

@Suite(.serialized) struct AccessibilityTests {
  /// axe-core's script as PyPI's `axe-selenium-python` ships it (`.ci/install` installs the
  /// package without its dependencies: only this file is used).
  static func axeScript() throws -> String {
    let (status, output) = try ExternalTool.run([
      "python3", "-c", "import importlib.util; print(importlib.util.find_spec('axe_selenium_python').submodule_search_locations[0])",
    ])
    let folder = output.trimmingCharacters(in: .whitespacesAndNewlines)
    guard status == 0, !folder.isEmpty else { throw AxeMissing(output: output) }
    return try String(contentsOfFile: folder + "/node_modules/axe-core/axe.min.js", encoding: .utf8)
  }

  struct AxeMissing: Error, CustomStringConvertible {
    var output: String
    var description: String { "axe-selenium-python is not installed (.ci/install installs it): \(output)" }
  }

  /// The serious and critical violations axe finds on the page open in `browser`, each as
  /// `rule: element, element`.
  static func violations(in browser: Browser, axe: String) throws -> [String] {
    // One evaluation: the script and the run see the same document.
    let found = try browser.evaluate(axe + "\n;" + """
      axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "best-practice"] } })
        .then(function (r) { return r.violations.filter(function (v) { return v.impact === "serious" || v.impact === "critical"; })
          .map(function (v) { return v.id + " (" + v.impact + "): " + v.nodes.map(function (n) { return n.target.join(" ") + " " + (n.failureSummary || "").split(String.fromCharCode(10)).join(" "); }).join(", "); }); })
      """)
    return found as? [String] ?? ["axe gave no answer: \(String(describing: found))"]
  }

  @Test("the home, case (English and Chinese), runbook, tag, search and 404 pages have no serious or critical axe-core violation, at 1280 and 390 px, light and dark")
  func axeFindsNoSeriousViolation() throws {
    let axe = try Self.axeScript()
    let site = SiteQualityTests.builtRepository
    let pages = [
      "index.html", "cases/crio-fedora41-wazero-linkname/index.html", "cases/crio-fedora41-wazero-linkname-zh/index.html",
      "cases/crio-fedora41-wazero-linkname/runbook.html", "tags/go/index.html", "components/index.html", "search.html?q=wazero", "404.html",
    ]
    let browser = try Browser()
    for scheme in ["light", "dark"] {
      for width in [1280, 390] {
        for page in pages {
          try browser.open(site.absoluteString + page, width: width, height: 900, colorScheme: scheme)
          try browser.wait(until: "document.readyState === 'complete'")
          if page.hasPrefix("search.html") { try browser.wait(until: "document.querySelectorAll('#search-page-results li').length > 0") }
          let found = try Self.violations(in: browser, axe: axe)
          #expect(found.isEmpty, "\(page) at \(width) px, \(scheme):\n\(found.joined(separator: "\n"))")
        }
      }
    }
  }

  @Test("with the keyboard alone a reader goes from the home page's search box to a case's first error signature, at 1280 and 390 px")
  func keyboardPathToASignature() throws {
    let site = SiteQualityTests.builtRepository
    let browser = try Browser()
    let line = "go.go:(.text+0x136c683): undefined reference to `github.com/tetratelabs/wazero/internal/engine/wazevo/backend/isa/amd64.entrypoint'"
    for width in [1280, 390] {
      try browser.open(site.absoluteString + "index.html", width: width, height: 800)
      try browser.wait(until: "document.readyState === 'complete' && typeof window.CasebookSearch === 'object'")
      try browser.press("Tab")
      #expect(try browser.evaluate("document.activeElement.className") as? String == "skip-link", "the first Tab reaches the skip link (\(width) px)")
      try browser.press("/")
      #expect(try browser.evaluate("document.activeElement.id") as? String == "search-input", "slash moves to the search box (\(width) px)")
      try browser.type(line)
      try browser.wait(until: "document.querySelectorAll('#search-results li').length > 0")
      try browser.press("ArrowDown")
      #expect(try browser.evaluate("document.getElementById('search-input').getAttribute('aria-activedescendant')") as? String == "search-results-0")
      try browser.press("Enter")
      try browser.wait(until: "location.pathname.endsWith('/cases/crio-fedora41-wazero-linkname/index.html') && document.readyState === 'complete'")
      #expect(try browser.evaluate("location.hash") as? String == "#signatures", "the result opens at the error signatures (\(width) px)")
      let shown = try browser.evaluate("""
        (function () { var first = document.querySelector('#signatures ~ pre.signature'); var box = first.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight && first.textContent.indexOf('relocation against') >= 0; })()
        """)
      #expect(shown as? Bool == true, "the case's first signature is on the screen (\(width) px)")
    }
  }
}
