// Stage: Render. Template values read by name through a table, not by reflection.

package import Mustache

/// A view model whose fields templates read through a table of key paths.
///
/// swift-mustache finds a `{{name}}` in a plain struct with `Mirror`, which walks every stored
/// property for every tag rendered: a third of a build's time at 1,000 cases. A view model that
/// lists its fields once answers with one dictionary lookup. The test `templateFieldsCoverEveryProperty`
/// keeps each table equal to the type's stored properties, so a forgotten field cannot render
/// as nothing.
///
/// ```swift
/// extension Facet: TemplateFields {
///   static let fields: TemplateFieldTable<Facet> = ["value": \.value, "label": \.label, "count": \.count]
/// }
/// // {{label}} ({{count}})  →  Resolved (3)
/// ```
package protocol TemplateFields: MustacheParent {
  /// Every stored property, by the name templates use for it.
  static var fields: TemplateFieldTable<Self> { get }
}

/// Field names and the key paths that read them.
package typealias TemplateFieldTable<Root> = [String: any PartialKeyPath<Root> & Sendable]

extension TemplateFields {
  package func child(named name: String) -> Any? {
    guard let path = Self.fields[name] else { return nil }
    let value = self[keyPath: path]
    // A nil optional is "not here", as it is for Mirror: the lookup goes on up the context stack.
    if let optional = value as? any OptionalField { return optional.wrappedField }
    return value
  }
}

/// An optional field, seen through `Any`.
protocol OptionalField {
  var wrappedField: Any? { get }
}

extension Optional: OptionalField {
  var wrappedField: Any? {
    switch self {
    case .some(let value): value
    case .none: nil
    }
  }
}
