// Stage: Render. A line of inline Markdown (a summary) as HTML.

package import CasebookCore

extension InlineText {
  /// The runs as HTML: text escaped, code in `<code>`, emphasis in `<em>`, strong in
  /// `<strong>`; nothing else (no link, no raw HTML) ever comes out.
  ///
  /// ```
  /// "After `nginx -s reload`, **all** <b>workers</b>"
  ///   →  After <code>nginx -s reload</code>, <strong>all</strong> &lt;b&gt;workers&lt;/b&gt;
  /// ```
  package var html: String {
    var out = ""
    for run in runs {
      var text = Escaping.html(run.text)
      if run.code { text = "<code>" + text + "</code>" }
      if run.emphasis { text = "<em>" + text + "</em>" }
      if run.strong { text = "<strong>" + text + "</strong>" }
      out += text
    }
    return out
  }
}
