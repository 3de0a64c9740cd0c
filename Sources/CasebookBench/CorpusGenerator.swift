// Benchmarks: a deterministic corpus of realistic, lint-clean cases.

internal import Foundation

/// Writes N generated case records: the same N always gives the same bytes.
///
/// About one in ten is written in Chinese (`lang: zh`, Chinese headings). Each case has error
/// signatures with the volatile parts real logs have (temp paths, addresses, PIDs), a body of
/// about 6 KB with prose, lists and code blocks, and two or three alternative fixes.
package struct CorpusGenerator {
  /// What the English prose is made of.
  package enum Prose: String, CaseIterable, Sendable {
    /// The 140 words of ``Vocabulary/words``, drawn alike: every one is in nearly every case,
    /// so none is rarer than the search index's frequency cut. The corpus the guard rails are
    /// measured on.
    case few
    /// Closer to real text: nearly half little words (``Vocabulary/littleWords``), as real
    /// prose has, and the rest drawn by Zipf's law (rank r with weight 1/r) from
    /// ``Vocabulary/words``' other words followed by made-up ones (``Vocabulary/madeUpWords``),
    /// some of them from topic words of the case's own, so that most words are rare and a few
    /// are everywhere (`proseWord()` holds the shares).
    case zipf
  }

  package let count: Int
  private let prose: Prose
  private var random: SplitMix64
  /// The case's own topic words (``Prose/zipf``).
  private var topics: [String] = []

  package init(count: Int, seed: UInt64 = 2026, prose: Prose = .few) {
    self.count = count
    self.prose = prose
    random = SplitMix64(seed: seed)
  }

  /// The files: `casebook.yml` and `cases/<id>.md`, relative to a Content folder.
  package mutating func files() -> [(path: String, text: String)] {
    var files: [(String, String)] = [("casebook.yml", Self.config)]
    var ids: [String] = []
    for number in 1...max(count, 1) {
      let component = pick(Vocabulary.components)
      let id = "case-\(String(number).leftPadded(6))-\(component)-\(pick(Vocabulary.failures).slug)"
      ids.append(id)
      let chinese = number % 10 == 7
      files.append(("cases/\(id).md", chinese ? chineseCase(id: id, number: number, component: component, earlier: ids) : englishCase(id: id, number: number, component: component, earlier: ids)))
    }
    return files
  }

  // MARK: - Cases

  private mutating func frontMatter(title: String, summary: String, number: Int, component: String, earlier: [String], lang: String?) -> String {
    let year = 2018 + number % 9, month = 1 + (number / 9) % 12, day = 1 + (number / 108) % 28
    let date = "\(year)-\(String(month).leftPadded(2))-\(String(day).leftPadded(2))"
    let components = Array(Set([component, pick(Vocabulary.components)])).sorted()
    let tags = Array(Set((0..<3).map { _ in pick(Vocabulary.tags) })).sorted()
    var text = "---\ntitle: \(quoted(title))\nsummary: \(quoted(summary))\ndate: \(date)\n"
    if number % 5 == 0 { text += "updated: \(year)-\(String(month).leftPadded(2))-28\n" }
    text += "status: \(["resolved", "resolved", "workaround", "open"][number % 4])\n"
    text += "components: [\(components.joined(separator: ", "))]\ntags: [\(tags.joined(separator: ", "))]\n"
    let environment = Array(Set((0..<2).map { _ in pick(Vocabulary.environments) })).sorted()
    text += "environment:\n" + environment.map { "  - \(quoted($0))\n" }.joined()
    // Distinct lines (as lint requires): a repeated draw is drawn again.
    var lines: [String] = []
    while lines.count < 2 + number % 3 {
      let line = signature(component)
      if !lines.contains(line) { lines.append(line) }
    }
    text += "signatures:\n" + lines.map { "  - \(quoted($0))\n" }.joined()
    text += "references:\n  - title: \(quoted("Upstream issue \(number)"))\n    url: https://issues.example.org/\(component)/\(number)\n"
    if earlier.count > 3, number % 3 == 0 { text += "related: [\(earlier[earlier.count - 3])]\n" }
    if let lang { text += "lang: \(lang)\n" }
    // A third of the cases say which versions they apply to, half of those the fix; half were reviewed this year.
    if number % 3 == 0 {
      let minor = number % 40
      text += "applies_to: {\(component): \">=1.\(minor).0 <1.\(minor + 2)\"}\n"
      if number % 6 == 0 { text += "fixed_in: {\(component): 1.\(minor + 1).4}\n" }
    }
    if number % 2 == 0, year < 2026 { text += "reviewed: 2026-\(String(1 + number % 11).leftPadded(2))-15\n" }
    return text + "---\n"
  }

  private mutating func englishCase(id: String, number: Int, component: String, earlier: [String]) -> String {
    if prose == .zipf { topics = (0..<4).map { _ in Self.tail[200 + next(Self.tail.count - 200)] } }
    let failure = pick(Vocabulary.failures)
    let title = "\(component) \(failure.phrase) after \(pick(Vocabulary.triggers))"
    let summary = "`\(component)` \(failure.phrase) because \(pick(Vocabulary.causes)); \(pick(Vocabulary.fixes))."
    var text = frontMatter(title: title, summary: summary, number: number, component: component, earlier: earlier, lang: nil)
    text += "\n## Symptom\n\n" + paragraphs(1) + "\n```\n" + (0..<3).map { _ in signature(component) }.joined(separator: "\n") + "\n```\n\n" + paragraphs(1)
    text += "\n## Background\n\n" + paragraphs(1) + list(4) + "\n" + paragraphs(1)
    text += "\n## Root cause\n\n" + paragraphs(2)
    text += "\n## Solutions\n\n"
    for alternative in 0..<(2 + number % 2) {
      text += "### \(["Pin", "Patch", "Rebuild", "Configure", "Upgrade"][(number + alternative) % 5]) \(pick(Vocabulary.components)) \(alternative == 0 ? "(adopted)" : "(considered)")\n\n" + paragraphs(1) + codeBlock(component) + paragraphs(1)
    }
    text += "## Validation\n\n" + paragraphs(1) + codeBlock(component)
    text += "## Lessons\n\n" + list(3)
    return text
  }

  private mutating func chineseCase(id: String, number: Int, component: String, earlier: [String]) -> String {
    let title = "\(component) 在\(pick(Vocabulary.chineseTriggers))后\(pick(Vocabulary.chineseFailures))"
    let summary = "\(component) \(pick(Vocabulary.chineseFailures))，原因是\(chineseSentence(8))。"
    var text = frontMatter(title: title, summary: summary, number: number, component: component, earlier: earlier, lang: "zh")
    text += "\n## 症状\n\n" + chineseParagraphs(2) + "\n```\n" + (0..<3).map { _ in signature(component) }.joined(separator: "\n") + "\n```\n\n"
    text += "## 背景\n\n" + chineseParagraphs(2)
    text += "## 根本原因\n\n" + chineseParagraphs(3)
    text += "## 解决方案\n\n"
    for alternative in 0..<2 {
      text += "### 方案\(alternative + 1)：\(chineseSentence(4))\n\n" + chineseParagraphs(1) + codeBlock(component)
    }
    text += "## 验证\n\n" + chineseParagraphs(1)
    text += "## 经验总结\n\n" + chineseParagraphs(1)
    return text
  }

  // MARK: - Pieces

  private mutating func paragraphs(_ count: Int) -> String {
    (0..<count).map { _ in
      (0..<(4 + next(4))).map { _ in sentence() }.joined(separator: " ") + "\n\n"
    }.joined()
  }

  private mutating func sentence() -> String {
    var words = (0..<(8 + next(10))).map { _ in proseWord() }
    if next(3) == 0 { words.insert("`\(pick(Vocabulary.technical))`", at: next(words.count)) }
    let text = words.joined(separator: " ")
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }

  private mutating func proseWord() -> String {
    guard prose == .zipf else { return pick(Vocabulary.words) }
    if next(100) < 45 { return pick(Vocabulary.littleWords) }
    if next(4) == 0 { return pick(topics) }
    // Rank r drawn with weight 1/r: the first rank whose cumulative weight passes the draw.
    let draw = Double(next(1_000_000)) / 1_000_000 * Self.cumulative[Self.cumulative.count - 1]
    var low = 0, high = Self.cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if Self.cumulative[middle] < draw { low = middle + 1 } else { high = middle }
    }
    return Self.tail[low]
  }

  /// The words of ``Prose/zipf`` prose other than the little ones, most frequent first.
  private static let tail = Vocabulary.words.filter { !Vocabulary.littleWords.contains($0) } + Vocabulary.madeUpWords(8000)
  private static let cumulative: [Double] = {
    var total = 0.0
    return tail.indices.map { rank in
      total += 1 / Double(rank + 1)
      return total
    }
  }()

  private mutating func list(_ count: Int) -> String {
    (0..<count).map { _ in "- " + sentence() + "\n" }.joined() + "\n"
  }

  private mutating func codeBlock(_ component: String) -> String {
    let commands = [
      "systemctl restart \(component)", "journalctl -u \(component) --since -1h", "rpm -q \(component)",
      "dnf install -y \(component)-\(next(9)).\(next(30)).\(next(9))", "kubectl -n kube-system get pods -o wide",
      "export GOFLAGS=-mod=vendor", "readelf -d /usr/bin/\(component) | grep -i textrel", "sysctl -w net.core.somaxconn=\(1024 << next(4))",
    ]
    return "```sh\n" + (0..<(2 + next(3))).map { _ in pick(commands) }.joined(separator: "\n") + "\n```\n\n"
  }

  private mutating func signature(_ component: String) -> String {
    let pid = 1000 + next(60000)
    let path = "/tmp/\(component)-build-\(1_000_000_000 + next(999_999_999))/\(pick(Vocabulary.words)).o"
    switch next(5) {
    case 0: return "\(component)[\(pid)]: error: \(pick(Vocabulary.technical)) failed: \(pick(Vocabulary.errnos))"
    case 1: return "/usr/bin/ld: \(path): undefined reference to `\(pick(Vocabulary.technical))'"
    case 2: return "panic: runtime error: \(pick(Vocabulary.panics)) [recovered] goroutine \(next(900)) at 0x\(String(next(0xFFFFFF), radix: 16))"
    case 3: return "\(component).service: Main process exited, code=exited, status=\(1 + next(200))/\(pick(Vocabulary.errnos))"
    default: return "E\(String(1000 + next(8999)).leftPadded(4)) \(pick(Vocabulary.technical)): \(pick(Vocabulary.causes)) (\(path):\(next(900)):\(next(80)))"
    }
  }

  private mutating func chineseParagraphs(_ count: Int) -> String {
    (0..<count).map { _ in (0..<(3 + next(3))).map { _ in chineseSentence(12 + next(12)) + "。" }.joined() + "\n\n" }.joined()
  }

  private mutating func chineseSentence(_ length: Int) -> String {
    var text = ""
    while text.count < length {
      text += next(6) == 0 ? " `\(pick(Vocabulary.technical))` " : pick(Vocabulary.chineseWords)
    }
    return text
  }

  private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  private mutating func next(_ bound: Int) -> Int { Int(random.next() % UInt64(max(bound, 1))) }
  private mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }

  static let config = """
    title: Generated corpus
    description: Cases generated for benchmarks.
    default_language: en
    languages:
      en:
        name: English
      zh:
        name: 中文
        headings:
          symptom: 症状
          background: 背景
          root-cause: 根本原因
          solutions: 解决方案
          validation: 验证
          lessons: 经验总结

    """
}

/// SplitMix64: a small, fast, well-mixed generator with a fixed sequence per seed.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
