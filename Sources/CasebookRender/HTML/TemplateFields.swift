// Stage: Render. Template values read by name through a table, not by reflection.

package import Mustache

/// A view model whose fields templates read through a table of field readers.
///
/// swift-mustache finds a `{{name}}` in a plain struct with `Mirror`, which walks every stored
/// property for every tag rendered, the largest single cost of a build. A view model that
/// lists its fields once answers with one dictionary lookup. The test `templateFieldsCoverEveryProperty`
/// keeps each table equal to the type's stored properties, so a forgotten field cannot render
/// as nothing.
///
/// Text fields are handed over as ``TemplateText`` (`{ TemplateText($0.title) }`), which
/// swift-mustache prints without asking the runtime what else a `String` might be; the test
/// `templateFieldsHandTextAsTemplateText` checks every table does.
///
/// ```swift
/// extension Facet: TemplateFields {
///   static let fields: TemplateFieldTable<Facet> = ["value": { TemplateText($0.value) }, "label": { TemplateText($0.label) }, "count": { $0.count }]
/// }
/// // {{label}} ({{count}})  →  Resolved (3)
/// ```
package protocol TemplateFields: MustacheParent, Sendable {
  /// Every stored property, by the name templates use for it.
  static var fields: TemplateFieldTable<Self> { get }
}

/// Field names and the closures that read them.
///
/// Closures, not key paths: reading a field through a `PartialKeyPath` and then asking whether
/// the value is an optional cost two runtime type lookups per tag rendered (a sixth of the
/// rendering time); a closure reads the field directly, and a nil optional converts to a nil
/// `Any?` on its own.
package typealias TemplateFieldTable<Root> = [String: @Sendable (Root) -> Any?]

extension TemplateFields {
  package func child(named name: String) -> Any? {
    // A nil optional is "not here", as it is for Mirror: the lookup goes on up the context stack.
    Self.fields[name]?(self)
  }
}
