// Stage: Render (Cases → Index). The search index, fed each case's document as the Cases stage
// makes it, and finished once every case has been through.

package import CasebookCore
package import CasebookSearch

/// The search index of one build: whole, or the last build's with a few documents changed.
///
/// Made before the Cases stage, it says which cases need a search document
/// (``needsDocument(_:)``): every case when the index is made whole, only the cases whose
/// search key changed when the last build's state (``IndexState``) can take the edit. The
/// Cases stage hands it each batch's documents from the one parse of each body; ``finish(into:)``
/// writes the term files.
///
/// ```
/// 3 cases, no previous state   →  whole: documents of 0, 1, 2; files d/2.js, d/1.js, d/0.js and the term shards
/// case 1 edited                →  update: the document of 1; only the files it reaches
/// ```
///
/// Cases come in listing order, newest first; the index numbers them the other way
/// (``SearchIndexBuilder/Accumulator``): the case at position p of n is document n − 1 − p.
///
/// ```
/// listing [c (newest), b, a]  →  a is d/0.js, b d/1.js, c d/2.js; a newer case d is then d/3.js
/// ```
package struct SearchIndexBuild {
  /// What each case's document is made from (``SiteRenderer/searchKey(_:)``), in listing order.
  package let keys: [UInt64]
  /// The keys by document number.
  private var keysByNumber: [UInt64] { keys.reversed() }
  private var mode: Mode
  /// How many files were handed to the sink.
  private var count = 0

  private enum Mode {
    /// Made whole: every document tallied as it comes; its file written at once.
    case whole(SearchIndexBuilder.Accumulator)
    /// The last build's state, with the positions of the cases whose documents change and
    /// those documents as they come, by number.
    case update(IndexState, changed: Set<Int>, documents: [Int: SearchDocument])
    /// Finished, or taken out while it changes (so that its arrays are not copied).
    case finished
  }

  /// The index for cases with these keys: an update of `previous` when few of them changed.
  package init(keys: [UInt64], previous: IndexState?) {
    self.keys = keys
    if let previous, previous.documentCount == keys.count {
      let changed = keys.indices.filter { keys[$0] != previous.documentKeys[Self.number(of: $0, among: keys.count)] }
      // Every document changed: an update would tally them all and still find most terms moved.
      if changed.count <= max(16, keys.count / 8), changed.count < keys.count {
        mode = .update(previous, changed: Set(changed), documents: [:])
        return
      }
    }
    mode = .whole(SearchIndexBuilder.Accumulator(keepsSections: false))
  }

  /// The document number of the case at a listing position.
  static func number(of position: Int, among count: Int) -> Int {
    SearchIndexBuilder.Accumulator.number(ofAdded: position, count: count)
  }

  /// Whether the index is made whole (every document tallied: a build's peak of memory).
  package var isWhole: Bool {
    if case .whole = mode { true } else { false }
  }

  /// Whether the case at `position` needs its search document made.
  package func needsDocument(_ position: Int) -> Bool {
    switch mode {
    case .whole: true
    case .update(_, let changed, _): changed.contains(position)
    case .finished: false
    }
  }

  /// Takes a batch of documents, in listing order (for a whole index, every case's, batch after
  /// batch): a whole index tallies them and writes their files.
  package mutating func add(_ documents: [(position: Int, document: SearchDocument)], into sink: inout some SiteSink) throws {
    guard !documents.isEmpty else { return }
    switch mode {
    case .whole(var index):
      mode = .finished
      let files = documents.concurrentMap { position, document in
        let file = IndexFiles.documentFile(Self.number(of: position, among: keys.count), document)
        return OutputFile(path: file.path, text: file.text)
      }
      try sink.accept(files)
      count += files.count
      index.add(documents.map(\.document))
      mode = .whole(index)
    case .update(let state, let changed, var collected):
      mode = .finished
      for (position, document) in documents { collected[Self.number(of: position, among: keys.count)] = document }
      mode = .update(state, changed: changed, documents: collected)
    case .finished: break
    }
  }

  /// What finishing gave: how many files the index has and how many were kept from the last
  /// build, and the state for the next build.
  package struct Output {
    package var count: Int
    package var kept: Int
    package var state: IndexState
  }

  /// Writes the term files (and, for an update, the changed documents' files); nil when the
  /// last build's state could not take the edit (``IndexState/update(_:keys:)``) or the sink
  /// cannot keep its other files: the index must then be made whole, from every case's
  /// document.
  package mutating func finish(cases: [CaseRecord], config: SiteConfig, contentHash: String, into sink: inout some SiteSink) throws -> Output? {
    switch mode {
    case .whole(let index):
      mode = .finished
      var state = index.finishState(documentKeys: keys)
      var plan = IndexFiles.plan(&state, changes: nil)
      plan.documents = []  // written as they came
      let trimmed = index.trimmedDocuments
      var count = self.count
      try IndexFiles.write(&state, plan: plan, documents: { trimmed[$0] }, contentHash: contentHash) { files in
        count += files.count
        try sink.accept(files.map { OutputFile(path: $0.path, text: $0.text) })
      }
      return Output(count: count, kept: 0, state: state)
    case .update(var state, _, let edited):
      mode = .finished
      let changes = edited.sorted { $0.key < $1.key }.map { (number: $0.key, document: $0.value) }
      guard let update = state.update(changes, keys: keysByNumber) else { return nil }
      let plan = IndexFiles.plan(&state, changes: update)
      guard sink.keep(plan.kept) else { return nil }
      var count = plan.kept.count
      // An unchanged case's file stays; its facts and signatures come from its front matter.
      try IndexFiles.write(&state, plan: plan, documents: { edited[$0] ?? SearchDocument(cases[Self.number(of: $0, among: cases.count)], config: config, sectionTexts: nil) }, contentHash: contentHash) { files in
        count += files.count
        try sink.accept(files.map { OutputFile(path: $0.path, text: $0.text) })
      }
      return Output(count: count, kept: plan.kept.count, state: state)
    case .finished: return nil
    }
  }

}
