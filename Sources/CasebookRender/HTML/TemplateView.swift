// Stage: Render. The view model a page is rendered from, handed to swift-mustache by reference.

internal import Mustache

/// A page's view model as swift-mustache holds it: one reference, not a copy of every field.
///
/// swift-mustache keeps its context stack as `[Any]` and casts each object it passes on the
/// way to a name to `MustacheParent`; a page's view model (a struct of up to twenty fields, at
/// the bottom of the stack, so passed by most names) is copied out of its box by each such
/// cast. A class instance is one retain. Only the page itself is wrapped: wrapping the view
/// models inside it as well makes a new object each time a template reads one, which costs
/// more than it saves.
///
/// ```swift
/// library.render(TemplateView(casePage), withTemplate: "case")
/// ```
final class TemplateView<Root: TemplateFields>: MustacheParent, Sendable {
  let root: Root

  init(_ root: Root) {
    self.root = root
  }

  func child(named name: String) -> Any? {
    root.child(named: name)
  }
}
