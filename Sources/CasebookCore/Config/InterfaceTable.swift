// Stage: model. The interface words of each of a site's languages, each made once.

/// The interface words (``InterfaceText``) of a site's languages, each made once for a build
/// rather than once a page: an ``InterfaceText`` merges three tables of words.
///
/// ```
/// let ui = InterfaceTable(config)
/// ui(nil)["contents"]   →  "Contents"   (the site's default language, here English)
/// ui("zh")["contents"]  →  "目录"        (Chinese, with the config's overrides)
/// ```
package struct InterfaceTable: Sendable {
  /// The words of the site's default language.
  package let site: InterfaceText
  private let byTag: [String: InterfaceText]
  private let config: SiteConfig

  package init(_ config: SiteConfig) {
    self.config = config
    site = config.interface(for: nil)
    byTag = Dictionary(config.languages.map { ($0.tag, config.interface(for: $0.tag)) }) { first, _ in first }
  }

  /// The words of every language of the config, the site's first, each once.
  package var all: [InterfaceText] {
    byTag.keys.sorted().map { byTag[$0]! }.reduce(into: [site]) { all, ui in if !all.contains(ui) { all.append(ui) } }
  }

  /// The words for a page in `lang` (a case's `lang`; nil: the site's language).
  package func callAsFunction(_ lang: String?) -> InterfaceText {
    guard let lang else { return site }
    return byTag[lang] ?? config.interface(for: lang)
  }
}
