// Stage: Render. Where a page of a long listing stands, and the links to the others.

package import CasebookCore

/// The position of one page of a listing (the home page, a tag's or a component's page) among
/// its pages, `page_size` cases each, and the links a reader moves by.
///
/// The links name each page's `index.html`, relative to this page, so they work from
/// `file://`. Around the current page two neighbours on each side are linked, and the first
/// and the last; a gap stands for the pages between.
///
/// ```
/// page 1 of 1                 →  no links (isPaged false)
/// page 5 of 9 (home, page/5/) →  ‹ ../4/index.html   1 … 3 4 [5] 6 7 … 9   ../6/index.html ›
/// ```
package struct Pager: Sendable {
  /// This page's number, from 1.
  package var number: Int
  /// How many pages the listing has.
  package var count: Int
  /// The previous and the next page, relative to this one.
  package var previous: String?
  package var next: String?
  package var links: [PageLink]
  /// More than one page: the template shows the links.
  package var isPaged: Bool
  /// Where this page stands, in the listing's language: "Page 5 of 9".
  package var status: String

  /// The pager of page `number` of `count` of the listing whose first page is `first`.
  package init(number: Int, count: Int, first: String, ui: InterfaceText) {
    self.number = number
    self.count = count
    status = ui.format("page_of", number, count)
    func url(_ page: Int) -> String { SiteRoutes.listingLink(first, from: number, to: page) }
    previous = number > 1 ? url(number - 1) : nil
    next = number < count ? url(number + 1) : nil
    isPaged = count > 1
    var shown = Set([1, count])
    for page in (number - 2)...(number + 2) where (1...max(1, count)).contains(page) { shown.insert(page) }
    var links: [PageLink] = []
    for page in shown.sorted() where page <= count {
      if let last = links.last, page > last.number + 1 { links.append(PageLink(number: 0, url: "", isCurrent: false, isGap: true)) }
      links.append(PageLink(number: page, url: url(page), isCurrent: page == number, isGap: false))
    }
    self.links = isPaged ? links : []
  }
}

extension Pager {
  /// One page of a listing: where it is, which of the listing's cases it shows, and its place
  /// among the others.
  package struct Page: Sendable {
    package var path: String
    package var cases: Range<Int>
    package var number: Int
    package var count: Int
    /// The listing's first page, which every page's links are made from.
    package var first: String

    /// The page's links to the others, in the words of `ui` (made when the page is rendered,
    /// not when it is planned).
    package func pager(_ ui: InterfaceText) -> Pager { Pager(number: number, count: count, first: first, ui: ui) }
  }

  /// The pages of a listing of `count` cases, `size` a page, whose first page is `first`. A
  /// listing of no case still has its first page.
  ///
  /// ```
  /// pages(of: "index.html", cases: 120, size: 50)  →  index.html 0..<50, page/2/index.html 50..<100, page/3/index.html 100..<120
  /// ```
  package static func pages(of first: String, cases count: Int, size: Int) -> [Page] {
    let pageCount = max(1, (count + size - 1) / size)
    return (1...pageCount).map { number in
      let start = (number - 1) * size
      return Page(path: SiteRoutes.listingPage(first, page: number), cases: start..<min(count, start + size), number: number, count: pageCount, first: first)
    }
  }
}

/// One link of a ``Pager``: a page, or a gap standing for the pages between two links.
package struct PageLink: Sendable {
  package var number: Int
  package var url: String
  package var isCurrent: Bool
  package var isGap: Bool
}

extension Pager: TemplateFields {
  package static let fields: TemplateFieldTable<Pager> = ["number": { $0.number }, "count": { $0.count }, "previous": { $0.previous.map(TemplateText.init) }, "next": { $0.next.map(TemplateText.init) }, "links": { $0.links }, "isPaged": { $0.isPaged }, "status": { TemplateText($0.status) }]
}

extension PageLink: TemplateFields {
  package static let fields: TemplateFieldTable<PageLink> = ["number": { $0.number }, "url": { TemplateText($0.url) }, "isCurrent": { $0.isCurrent }, "isGap": { $0.isGap }]
}
