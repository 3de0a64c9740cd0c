// Stage: Render. The interface's words, read by templates as `{{ui.contents}}`.

package import CasebookCore

extension InterfaceText: TemplateFields {
  /// One field per word of the interface (``InterfaceText/keys``).
  ///
  /// ```
  /// {{ui.contents}}  →  Contents   (目录 on a page in Chinese)
  /// ```
  package static let fields: TemplateFieldTable<InterfaceText> = Dictionary(
    uniqueKeysWithValues: keys.map { key in (key, { @Sendable (text: InterfaceText) -> Any? in TemplateText(text[key]) }) })
}
