// Stage: Render. A text field as swift-mustache prints it fastest.

internal import Mustache

/// A text field of a view model, as templates read it: printed as it is (escaped in `{{ }}`,
/// as written in `{{{ }}}`), with the string transforms (`{{uppercased(title)}}`).
///
/// swift-mustache asks the runtime, for a value it prints, whether it is a template, a
/// `MustacheCustomRenderable` or a lambda, then whether it is an optional, and prints what is
/// left with `String(describing:)`; a `String` goes through all of it. A `TemplateText`
/// answers the second question and is printed at once, for the same pages. As a section
/// (`{{#updated}}…{{.}}…{{/updated}}`) it has no fields of its own, so a name inside goes on up
/// the context stack, as it does from a `String`.
///
/// ```swift
/// ["title": { TemplateText($0.title) }]   // {{title}} → Pod &lt;x&gt; fails
/// ```
package struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, CustomStringConvertible, CustomDebugStringConvertible, Sendable {
  package let renderText: String

  package init(_ text: String) {
    renderText = text
  }

  package var isNull: Bool { false }
  package var description: String { renderText }
  package var debugDescription: String { renderText.debugDescription }

  package func child(named name: String) -> Any? { nil }

  package func transform(_ name: String) -> Any? {
    renderText.transform(name)
  }
}
