// Stage: any. The one classification of CJK characters that search and the man pages share.

/// Which characters are CJK, for the two places that treat them apart from other text.
///
/// Search cuts runs of ``isIdeographic(_:)`` characters into bigrams (they have no spaces
/// between words; `Templates/assets/search.js` mirrors the same ranges). The man page writer
/// lets a line break between two ``isWide(_:)`` characters, which take two columns each: the
/// same scripts plus their punctuation and full-width forms.
///
/// ```
/// isIdeographic("链")  →  true      isWide("链")  →  true
/// isIdeographic("，")  →  false     isWide("，")  →  true   (full-width comma)
/// isIdeographic("a")   →  false     isWide("a")   →  false
/// ```
package enum CJK {
  /// Han ideographs (with the extension blocks and compatibility ideographs), kana and Hangul
  /// syllables: the characters search indexes as bigrams.
  package static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
    default: false
    }
  }

  /// The ideographic characters and everything from the CJK radicals to the end of the unified
  /// ideographs (symbols and punctuation, bopomofo, enclosed and compatibility forms), and the
  /// full-width forms: what a terminal shows two columns wide, and between which a line may
  /// break.
  package static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2E80...0x9FFF, 0xFF00...0xFFEF: true
    default: isIdeographic(scalar)
    }
  }
}
