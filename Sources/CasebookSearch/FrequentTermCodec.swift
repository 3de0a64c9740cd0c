// Stage: Search. A frequent term's postings, all of them, in about a byte or two each.

/// Encodes the postings of a frequent term (``SearchIndex/stopTerms``): every document that
/// holds it, with its weight as the nearest of 63 levels, and nothing else (no field mask, no positions).
///
/// A weight is stored as a *level* from 1 to 63, standing for ``weights```[level − 1]`
/// (10 × 1.1^level, rounded: 11, 12, 13, 15, … 4,053); an encoder picks the level nearest in
/// ratio. The list is written in whichever of two forms is shorter, mirrored by
/// `decodeFrequent` in search.js:
///
/// - *sparse*: for each document, its step from the previous one as a ``PostingCodec``
///   number, then its level as one character of the alphabet;
/// - *dense*: `.`, then one character per document from document 0 on, its level, or `A`
///   (0) when the document does not hold the term; documents past the end do not hold it.
///
/// ```
/// [(doc 0, weight 100), (doc 2, weight 12)]   →  "AYCC"     (sparse: step 0, level 24; step 2, level 2)
/// every document of 40, weight 100            →  ".YYYY…Y" (dense: 41 characters instead of 80)
/// ```
package enum FrequentTermCodec {
  /// The weight each level stands for, level 1 first.
  package static let weights: [Int] = [
    11, 12, 13, 15, 16, 18, 19, 21, 24, 26, 29, 31, 35, 38, 42, 46, 51, 56, 61, 67, 74, 81, 90, 98, 108, 119, 131, 144, 159, 174, 192,
    211, 232, 255, 281, 309, 340, 374, 411, 453, 498, 548, 602, 663, 729, 802, 882, 970, 1067, 1174, 1291, 1420, 1562, 1719, 1891,
    2080, 2288, 2516, 2768, 3045, 3349, 3684, 4053,
  ]

  /// The level whose weight is nearest to `weight` in ratio (the geometric mean of two
  /// neighbouring weights is the boundary between them).
  static func level(_ weight: Int) -> Int {
    var level = 1
    while level < weights.count, weight * weight > weights[level - 1] * weights[level] { level += 1 }
    return level
  }

  /// The shorter of the two forms for postings in increasing document order.
  static func encode(_ postings: [(document: Int, weight: Int)]) -> String {
    let alphabet = PostingCodec.alphabetBytes
    var sparse = PostingCodec.Writer()
    var levels: [UInt8] = []
    levels.reserveCapacity(postings.count)
    for posting in postings {
      let level = UInt8(level(posting.weight))
      levels.append(level)
      sparse.appendStep(to: posting.document)
      sparse.appendCharacter(alphabet[Int(level)])
    }
    let documents = (postings.last?.document ?? -1) + 1
    guard documents + 1 < sparse.count else { return sparse.text }
    var dense = [UInt8](repeating: alphabet[0], count: documents + 1)
    dense[0] = UInt8(ascii: ".")
    for (posting, level) in zip(postings, levels) { dense[posting.document + 1] = alphabet[Int(level)] }
    return String(decoding: dense, as: UTF8.self)
  }

  /// A list of documents in increasing order as the steps between them (``PostingCodec``
  /// numbers): `meta.js`'s documents in Chinese, Japanese or Korean.
  ///
  /// ```
  /// [3, 4, 40]  →  "DBkB"
  /// ```
  static func encodeDocuments(_ documents: [Int]) -> String {
    var writer = PostingCodec.Writer()
    for document in documents { writer.appendStep(to: document) }
    return writer.text
  }

  /// The documents of a string ``encodeDocuments(_:)`` wrote.
  package static func decodeDocuments(_ text: String) -> [Int] {
    var text = text
    return text.withUTF8 { bytes in
      var reader = PostingCodec.NumberReader(bytes: bytes)
      var documents: [Int] = [], document = 0
      while let step = reader.next() {
        document += step
        documents.append(document)
      }
      return documents
    }
  }

  /// The postings of a string ``encode(_:)`` wrote, each with the weight its level stands for;
  /// a document in `cjk` gets the mask bit of documents in Chinese, Japanese or Korean
  /// (``SearchField/cjkLanguageBit``). Reading stops at the first character outside the form.
  package static func decode(_ text: String, cjk: Set<Int>) -> [Posting] {
    let values = PostingCodec.byteValues
    var postings: [Posting] = []
    func add(_ document: Int, _ level: Int) {
      let mask = cjk.contains(document) ? 1 << SearchField.cjkLanguageBit : 0
      postings.append(Posting(document: document, weight: weights[level - 1], mask: mask, positions: []))
    }
    var text = text
    text.withUTF8 { bytes in
      if bytes.first == UInt8(ascii: ".") {
        for (document, byte) in bytes.dropFirst().enumerated() {
          let level = Int(values[Int(byte)])
          guard level >= 0 else { break }
          if level > 0 { add(document, level) }
        }
        return
      }
      var reader = PostingCodec.NumberReader(bytes: bytes)
      var document = 0
      while let step = reader.next(), reader.index < bytes.count {
        let level = Int(values[Int(bytes[reader.index])])
        reader.index += 1
        guard level > 0 else { break }
        document += step
        add(document, level)
      }
    }
    return postings
  }
}
