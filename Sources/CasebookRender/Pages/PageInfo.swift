// Stage: Render. What every page's frame (head, header, footer) shows.

package import CasebookCore

/// The frame of every page: site name, the page's own title and the way back to the root.
///
/// Every internal link in a page starts with ``root`` (`""`, `"../"`, `"../../"`) and names
/// `index.html` explicitly, so the site works from `file://` and under any sub-path.
package struct PageInfo: Sendable {
  package var siteTitle: String
  package var siteDescription: String
  package var pageTitle: String
  package var description: String
  /// The relative way to the site root from this page.
  package var root: String
  package var lang: String
  /// The absolute address of this page, when the site has a base URL.
  package var canonical: String?
  /// Which top navigation entry is current: `home`, `tags`, `components` or nothing.
  package var isHome: Bool
  package var isTags: Bool
  package var isComponents: Bool
  /// The site's header (name, navigation, search box) for this page's depth, section and
  /// language, rendered once for every page that shares them (``SiteHeader``).
  package var header = ""
  /// The neighbours of a page of a long listing (``Pager``), for `<link rel="prev">` and `"next"`.
  package var previousPage: String?
  package var nextPage: String?
  /// The interface's words in the page's language (``lang``).
  package var ui: InterfaceText

  package init(site: SiteInfo, pageTitle: String, description: String, path: String, lang: String? = nil, section: String = "", pager: Pager? = nil, ui: InterfaceText) {
    siteTitle = site.title
    siteDescription = site.description
    self.pageTitle = pageTitle
    self.description = description
    let depth = path.split(separator: "/").count - 1
    root = String(repeating: "../", count: max(0, depth))
    self.lang = lang ?? site.defaultLanguage
    canonical = site.baseURL.map { $0 + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path) }
    isHome = section == "home"
    isTags = section == "tags"
    isComponents = section == "components"
    previousPage = pager?.previous
    nextPage = pager?.next
    self.ui = ui
  }
}

/// The site-wide facts pages are built from.
package struct SiteInfo: Sendable {
  package var title: String
  package var description: String
  package var baseURL: String?
  package var defaultLanguage: String
}

extension PageInfo: TemplateFields {
  package static let fields: TemplateFieldTable<PageInfo> = ["siteTitle": { TemplateText($0.siteTitle) }, "siteDescription": { TemplateText($0.siteDescription) }, "pageTitle": { TemplateText($0.pageTitle) }, "description": { TemplateText($0.description) }, "root": { TemplateText($0.root) }, "lang": { TemplateText($0.lang) }, "canonical": { $0.canonical.map(TemplateText.init) }, "isHome": { $0.isHome }, "isTags": { $0.isTags }, "isComponents": { $0.isComponents }, "previousPage": { $0.previousPage.map(TemplateText.init) }, "nextPage": { $0.nextPage.map(TemplateText.init) }, "header": { TemplateText($0.header) }, "ui": { $0.ui }]
}
