// Stage: Assemble. The checked cases, with everything found across them.

/// What the Assemble stage makes from the checked cases: the knowledge base (cases in listing
/// order, links between them), its tags and components, and each case's similar cases. The
/// renderers read it and assemble nothing themselves.
///
/// ```
/// Assembly(knowledgeBase: kb)  →  taxonomy.tags ["go", "linker"], similar.matches(of: 0) [(2, "shares the error signature …")]
/// ```
package struct Assembly: Sendable {
  package let knowledgeBase: KnowledgeBase
  package let taxonomy: Taxonomy
  package let similar: SimilarCases

  /// - Parameter similar: similar cases a previous build found from the same inputs
  ///   (``SimilarCases/init(bytes:for:)``); found again when nil.
  package init(knowledgeBase: KnowledgeBase, similar: SimilarCases? = nil) {
    self.knowledgeBase = knowledgeBase
    taxonomy = Taxonomy(knowledgeBase.cases)
    self.similar = similar ?? SimilarCases(knowledgeBase)
  }
}
