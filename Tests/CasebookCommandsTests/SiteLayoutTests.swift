// The built pages laid out in a live Chromium at a desktop's and a phone's width.

import CasebookSearch
import CasebookTestSupport
import Foundation
import Testing

@Suite(.serialized) struct SiteLayoutTests {
  /// The repository's site, built once into a scratch project.
  static let site: URL = {
    let project = try! SiteFixtures.project()
    try! SiteFixtures.build(project)
    return project.appendingPathComponent("Site")
  }()

  static let widths = [1280, 390]

  /// Opens each page in one browser, laid out at `width`, once its scripts ran (`ready`).
  static func each(_ pages: [String], width: Int, ready: String, _ body: (Browser, String) throws -> Void) throws {
    let browser = try Browser()
    for page in pages {
      try browser.open(site.appendingPathComponent(page).absoluteString, width: width, height: 900)
      try browser.wait(until: "document.readyState === 'complete' && document.querySelector('\(ready)')")
      try body(browser, page)
    }
  }

  @Test("the contents list's numbers are drawn inside its box, at a desktop's and a phone's width", arguments: widths)
  func contentsNumbersFit(width: Int) throws {
    try Self.each(["cases/crio-fedora41-wazero-linkname/index.html", "cases/crio-fedora41-wazero-linkname-zh/index.html"], width: width, ready: ".case-aside") { browser, page in
      // A list's numbers hang left of its items, in its padding: each list's padding must hold
      // its widest number as the item's font draws it, and the box that clips it (the aside
      // scrolls) must start left of the list's own box.
      let overflow = try browser.evaluate("""
        (() => {
          document.querySelectorAll('.case-aside details').forEach(fold => { fold.open = true; });
          const canvas = document.createElement('canvas').getContext('2d');
          const aside = document.querySelector('.case-aside').getBoundingClientRect();
          return Array.from(document.querySelectorAll('.toc ol')).flatMap(list => {
            const items = Array.from(list.children);
            const style = getComputedStyle(items[0]);
            canvas.font = style.font;
            const number = canvas.measureText(items.length + '. ').width;
            const room = list.getBoundingClientRect().left + parseFloat(getComputedStyle(list).paddingLeft) - aside.left;
            return number > room ? [items.length + '. needs ' + number.toFixed(1) + ' px, has ' + room.toFixed(1)] : [];
          });
        })()
        """) as? [String]
      #expect(overflow == [], "\(page) at \(width) px")
      if let folder = ProcessInfo.processInfo.environment["CASEBOOK_SCREENSHOTS"] {
        try browser.screenshot().write(to: URL(fileURLWithPath: folder).appendingPathComponent("contents-\(width)-\(page.contains("-zh") ? "zh" : "en").png"))
      }
    }
  }

  @Test("a Copy button never covers the code it copies, at a desktop's and a phone's width", arguments: widths)
  func copyButtonsCoverNoCode(width: Int) throws {
    try Self.each(["cases/crio-fedora41-wazero-linkname/index.html", "cases/crio-fedora44-wazero-dt-textrel/runbook.html"], width: width, ready: ".copy-button") { browser, page in
      let covered = try browser.evaluate("""
        (() => {
          const blocks = Array.from(document.querySelectorAll('pre')).filter(pre => pre.querySelector('.copy-button'));
          return blocks.flatMap((pre, index) => {
            const button = pre.querySelector('.copy-button').getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(pre.querySelector('code') || pre.firstChild);
            return Array.from(range.getClientRects()).filter(line =>
              line.width > 0 && line.left < button.right && button.left < line.right && line.top < button.bottom && button.top < line.bottom
            ).map(() => 'block ' + (index + 1) + ': ' + pre.textContent.slice(0, 40));
          }).concat(blocks.length === 0 ? ['no code block with a Copy button'] : []);
        })()
        """) as? [String]
      #expect(covered == [], "\(page) at \(width) px")
    }
  }

  @Test("when nothing matches, the search box says so where its results would be; a query that matches shows them", arguments: widths)
  func noResultsAreShown(width: Int) throws {
    try Self.each(["index.html"], width: width, ready: "#search-input") { browser, page in
      func type(_ text: String) throws {
        try browser.evaluate("(() => { const input = document.getElementById('search-input'); input.value = \(JSONText.string(text)); input.dispatchEvent(new Event('input')); })()")
      }
      try type("qqzzyx wwvvkk")
      try browser.wait(until: "document.getElementById('search-status').textContent === 'No case matches.'")
      let empty = try browser.evaluate("(() => { const e = document.getElementById('search-empty'); const r = e.getBoundingClientRect(); return [e.hidden, r.height > 20 && r.width > 200, e.textContent, document.getElementById('search-results').hidden]; })()") as? [Any]
      #expect(empty?[0] as? Bool == false && empty?[1] as? Bool == true, "\(page) at \(width) px: \(String(describing: empty))")
      #expect(empty?[2] as? String == "No case matches. Try fewer words, or paste the error line as it is.")
      #expect(empty?[3] as? Bool == true, "no empty list under the box")
      try type("wazero")
      try browser.wait(until: "document.querySelectorAll('#search-results [role=option]').length > 0")
      #expect(try browser.evaluate("document.getElementById('search-empty').hidden && !document.getElementById('search-results').hidden") as? Bool == true)
    }
  }

  @Test("on a phone the first error signature is on the first screen (contents and details start folded); a desktop shows them open beside the case", arguments: widths)
  func signaturesFirstOnPhones(width: Int) throws {
    try Self.each(["cases/crio-fedora41-wazero-linkname/index.html", "cases/crio-fedora41-wazero-linkname-zh/index.html"], width: width, ready: ".copy-button") { browser, page in
      let top = try #require(try browser.evaluate("document.querySelector('pre.signature').getBoundingClientRect().top") as? Double)
      let open = try browser.evaluate("Array.from(document.querySelectorAll('.case-aside details')).map(d => d.open)") as? [Bool]
      if let folder = ProcessInfo.processInfo.environment["CASEBOOK_SCREENSHOTS"] {
        try browser.screenshot().write(to: URL(fileURLWithPath: folder).appendingPathComponent("first-screen-\(width)-\(page.contains("-zh") ? "zh" : "en").png"))
      }
      if width < 600 {
        #expect(top + 40 < 900, "\(page) at \(width) px: the first signature starts at \(top) px")
        #expect(open == [false, false])
      } else {
        #expect(open == [true, true])
        #expect(try browser.evaluate("document.querySelector('.metadata dd').getBoundingClientRect().width") as? Double ?? 0 > 100)
      }
    }
  }
}
