// Stage: Render. The header every page opens with, in the page's language.

package import CasebookCore

/// The site's header — its name, the navigation, the search box — as the `header` template
/// renders it for a page: the same for every page at the same depth, in the same section and
/// language, so it is rendered once for each of those and placed in every page
/// (`{{{header}}}` in head.mustache, ``PageInfo/header``).
///
/// ```
/// a Chinese case page (root ../../, no section)  →  <a class="skip-link" href="#main">跳到正文</a> … <a href="../../index.html">案例</a> …
/// ```
package struct SiteHeader: Sendable {
  package var root: String
  package var siteTitle: String
  package var isHome: Bool
  package var isTags: Bool
  package var isComponents: Bool
  /// The interface's words in the page's language.
  package var ui: InterfaceText

  /// The header of a page as `page` describes it.
  package init(_ page: PageInfo, ui: InterfaceText) {
    root = page.root
    siteTitle = page.siteTitle
    isHome = page.isHome
    isTags = page.isTags
    isComponents = page.isComponents
    self.ui = ui
  }
}

extension SiteHeader: TemplateFields {
  package static let fields: TemplateFieldTable<SiteHeader> = ["root": { TemplateText($0.root) }, "siteTitle": { TemplateText($0.siteTitle) }, "isHome": { $0.isHome }, "isTags": { $0.isTags }, "isComponents": { $0.isComponents }, "ui": { $0.ui }]
}
