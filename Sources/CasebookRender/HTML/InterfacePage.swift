// Stage: Render. A page's view model that carries the interface's words at its top.

package import CasebookCore

/// A page's view model with the interface's words (``InterfaceText``) as its top-level field
/// `ui`, so that every `{{ui.…}}` tag of its template, wherever it stands, reads those words.
///
/// ``TemplateLibrary/render(_:_:)-(_,InterfacePage)`` renders such a page with its templates
/// compiled with the words already written in (``TemplateLibrary/writingIn(_:into:)``).
package protocol InterfacePage: TemplateFields {
  var ui: InterfaceText { get }
}

extension CasePage: InterfacePage {}
extension RunbookPage: InterfacePage {}
