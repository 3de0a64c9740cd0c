// Stage: model. A one-line text written in inline Markdown: a case's summary.

package import CommonMark

/// A line of inline Markdown — `` `code` ``, `*emphasis*`, `**strong**`, links that keep
/// their text — as written, and as the runs of styled text it reads as.
///
/// The Parse stage reads the summaries of the cases it loads all in one libcmark parse
/// (``read(_:)``); until then a text reads as what was written, unstyled.
///
/// ```
/// "After `nginx -s reload`, *some* workers"
///   →  runs: "After ", "nginx -s reload" (code), ", ", "some" (emphasis), " workers"
///   →  plain: After nginx -s reload, some workers
/// ```
package struct InlineText: Sendable, Hashable, Codable {
  /// The text as written, Markdown and all (`cases.json` gives this).
  package var source: String
  /// What it reads as: text with its styles (pages show these).
  package private(set) var runs: [InlineRun]

  /// The text as written, not yet read: its one run is the text itself.
  package init(_ source: String) {
    self.source = source
    runs = source.isEmpty ? [] : [InlineRun(text: source)]
  }

  /// The words without their Markdown: for man pages' NAME lines, `<meta>` descriptions,
  /// feeds and the search index.
  package var plain: String { runs.map(\.text).joined() }

  /// Reads every text of `texts` (one libcmark parse for all).
  package static func read(_ texts: inout [InlineText]) {
    let runs = CommonMark.inlineRuns(of: texts.map(\.source))
    for index in texts.indices { texts[index].runs = runs[index] }
  }
}
