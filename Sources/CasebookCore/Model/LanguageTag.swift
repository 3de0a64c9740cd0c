// Stage: model.

/// BCP 47 language tags, checked for shape: `en`, `zh`, `zh-Hans`, `pt-BR`, `sr-Latn-RS`.
package enum LanguageTag {
  /// Whether the text is a well-formed tag: a 2–3 letter (or 5–8 letter) language subtag, then
  /// optional subtags of 1–8 letters or digits.
  package static func isValid(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let language = parts.first, [2, 3, 5, 6, 7, 8].contains(language.count),
      language.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
  }

  /// The primary language, lowercased: `zh-Hans` → `zh`.
  package static func primary(_ tag: String) -> String {
    String(tag.split(separator: "-").first ?? "").lowercased()
  }
}
