// Stage: model (site-wide settings). The words of the pages around a case, per language.

/// The interface of a case's pages — headings, labels, buttons — in one language: the built-in
/// table of the case's language (English and Chinese ship; English for any other), with what
/// the site config's `languages.<tag>.interface` overrides.
///
/// ```
/// InterfaceText(language: "zh")["contents"]                                →  目录
/// InterfaceText(language: "zh-Hant", overrides: ["contents": "本頁內容"])["contents"]  →  本頁內容
/// InterfaceText(language: "fr")["contents"]                                →  Contents
/// ```
package struct InterfaceText: Sendable, Equatable {
  package private(set) var strings: [String: String]

  /// The table for `tag` (matched on its primary subtag), with `overrides` laid over it.
  package init(language tag: String?, overrides: [String: String] = [:]) {
    let primary = tag.map(LanguageTag.primary) ?? "en"
    strings = Self.english.merging(Self.builtIn[primary] ?? [:]) { $1 }.merging(overrides.filter { Self.english[$0.key] != nil }) { $1 }
  }

  package subscript(key: String) -> String { strings[key] ?? Self.english[key] ?? key }

  /// The words of `key` with each `%d` or `%s` in them replaced by the next of `values`.
  ///
  /// ```
  /// InterfaceText(language: "zh").format("page_of", 2, 9)  →  第 2 页，共 9 页
  /// ```
  package func format(_ key: String, _ values: any CustomStringConvertible...) -> String {
    var text = Substring(self[key]), result = "", next = values.makeIterator()
    while let mark = text.firstRange(of: "%") {
      result += text[..<mark.lowerBound]
      let rest = text[mark.upperBound...]
      if let kind = rest.first, kind == "d" || kind == "s", let value = next.next() {
        result += value.description
        text = rest.dropFirst()
      } else {
        result += "%"
        text = rest
      }
    }
    return result + text
  }

  /// Every key a table has, which the config may override.
  package static let keys: [String] = english.keys.sorted()

  static let builtIn: [String: [String: String]] = ["en": english, "zh": chinese]

  static let english: [String: String] = [
    "cases": "Cases",
    "runbook": "Runbook",
    "runbook_view": "Runbook view",
    "edit_page": "Edit this page",
    "contents": "Contents",
    "details": "Details",
    "status": "Status",
    "status_resolved": "Resolved",
    "status_workaround": "Workaround",
    "status_open": "Open",
    "recorded": "Recorded",
    "updated": "Updated",
    "environment": "Environment",
    "applies_to": "Applies to",
    "fixed_in": "Fixed in",
    "reviewed": "Last reviewed",
    "reviewed_by": "by",
    "review_every": "review every",
    "days_ago": "%d days ago",
    "shares_signature": "shares an error signature",
    "shares_signatures": "shares %d error signatures",
    "shares_component": "shares component %s",
    "shares_components": "shares components %s",
    "reason_separator": "; ",
    "reason_wrap": "(%s)",
    "needs_review": "Needs review",
    "unknown": "unknown",
    "run": "Run",
    "link_to_section": "Link to this section",
    "case": "Case",
    "skip_to_content": "Skip to content",
    "site_navigation": "Site",
    "search_cases": "Search cases",
    "search_placeholder": "Search, or paste an error line",
    "search_help": "Results appear as you type; use the arrow keys to choose one and Enter to open it. Press slash to come back here.",
    "search_results": "Search results",
    "search_no_match": "No case matches. Try fewer words, or paste the error line as it is.",
    "matches_none": "No case matches.",
    "matches_one": "1 case matches.",
    "matches_many": "%d cases match.",
    "index_failed": "The search index could not be loaded.",
    "fixed_in_version": "fixed in %s",
    "solution_recommended": "Recommended",
    "solution_adopted": "Adopted",
    "solution_workaround": "Workaround",
    "solution_considered": "Considered, not adopted",
    "solution_rejected": "Rejected",
    "components": "Components",
    "tags": "Tags",
    "error_signatures": "Error signatures",
    "references": "References",
    "related_cases": "Related cases",
    "similar_cases": "Cases sharing a signature or component",
    "runbook_help": "Work through one solution, tick each step when it is done, then run the validation.",
    "print": "Print",
    "solution": "Solution",
    "step": "Step",
    "done": "done",
    "copy": "Copy",
    "copied": "Copied",
    "copy_refused": "Select and copy",
    "copy_block": "Copy code block",
    "copy_solution_commands": "Copy all commands of solution",
    "copy_validation_commands": "Copy all validation commands",
    "search": "Search",
    "search_description": "Search %s",
    "search_noscript": "Search needs JavaScript, which is off or blocked. Every case is still listed by date, by component and by tag:",
    "search_page_label": "Words, \"an exact phrase\", an error line or a whole pasted log",
    "search_page_help": "Results appear as you type.",
    "show_more": "Show more",
    "filter_cases": "Filter cases",
    "show_matching": "Show matching cases",
    "tag": "Tag",
    "component": "Component",
    "review": "Review",
    "any": "Any",
    "any_status": "Any status",
    "any_component": "Any component",
    "any_tag": "Any tag",
    "version_filter": "Its version",
    "version_filter_help": "Only cases that apply to this version of the component chosen; a case fixed in it comes last.",
    "outside_version_one": "1 case matches the query but not that version.",
    "outside_version_many": "%d cases match the query but not that version.",
    "case_count_one": "1 case",
    "case_count_many": "%d cases",
    "cases_with_tag": "Cases with the tag %s",
    "cases_with_component": "Cases with the component %s",
    "tags_of": "Tags of %s",
    "components_of": "Components of %s",
    "pages": "Pages",
    "page_of": "Page %d of %d",
    "newer": "Newer",
    "older": "Older",
    "not_found": "Page not found",
    "not_found_text": "This page does not exist, or the case was renamed.",
    "see_every_case": "See every case",
    "atom_feed": "Atom feed",
    "built_with": "Built with Casebook",
    "man_all_cases": "all cases of %s, by component",
    "man_cases_intro": "%s. Read one with man followed by its name, or search them with apropos or casebook search.",
    "man_description": "Description",
    "man_cases": "Cases",
    "man_other_cases": "Other cases",
    "man_see_also": "See also",
  ]

  static let chinese: [String: String] = [
    "cases": "案例",
    "runbook": "操作手册",
    "runbook_view": "操作手册视图",
    "edit_page": "编辑此页",
    "contents": "目录",
    "details": "详情",
    "status": "状态",
    "status_resolved": "已解决",
    "status_workaround": "临时方案",
    "status_open": "未解决",
    "recorded": "记录于",
    "updated": "更新于",
    "environment": "环境",
    "applies_to": "适用版本",
    "fixed_in": "修复版本",
    "reviewed": "上次复核",
    "reviewed_by": "复核人",
    "review_every": "复核周期",
    "days_ago": "%d 天前",
    "shares_signature": "有一条相同的错误特征",
    "shares_signatures": "有 %d 条相同的错误特征",
    "shares_component": "同属组件 %s",
    "shares_components": "同属组件 %s",
    "reason_separator": "；",
    "reason_wrap": "（%s）",
    "needs_review": "需要复核",
    "unknown": "未知",
    "run": "运行",
    "link_to_section": "链接到本节",
    "case": "案例",
    "skip_to_content": "跳到正文",
    "site_navigation": "站点导航",
    "search_cases": "搜索案例",
    "search_placeholder": "搜索，或粘贴一行错误信息",
    "search_help": "输入时即显示结果；用方向键选择，按回车打开。按斜杠键回到这里。",
    "search_results": "搜索结果",
    "search_no_match": "没有匹配的案例。试试少用几个词，或原样粘贴错误行。",
    "matches_none": "没有匹配的案例。",
    "matches_one": "找到 1 个案例。",
    "matches_many": "找到 %d 个案例。",
    "index_failed": "无法载入搜索索引。",
    "fixed_in_version": "已在 %s 修复",
    "solution_recommended": "推荐",
    "solution_adopted": "已采用",
    "solution_workaround": "临时方案",
    "solution_considered": "考虑过，未采用",
    "solution_rejected": "已否决",
    "components": "组件",
    "tags": "标签",
    "error_signatures": "错误特征",
    "references": "参考资料",
    "related_cases": "相关案例",
    "similar_cases": "错误特征或组件相同的案例",
    "runbook_help": "选一个解决方案逐步执行，每完成一步就勾选，最后完成验证。",
    "print": "打印",
    "solution": "方案",
    "step": "步骤",
    "done": "已完成",
    "copy": "复制",
    "copied": "已复制",
    "copy_refused": "请选中后复制",
    "copy_block": "复制代码块",
    "copy_solution_commands": "复制全部命令：方案",
    "copy_validation_commands": "复制全部验证命令",
    "search": "搜索",
    "search_description": "搜索 %s",
    "search_noscript": "搜索需要 JavaScript，但它已关闭或被拦截。所有案例仍可按日期、组件和标签浏览：",
    "search_page_label": "词语、\"精确短语\"、一行错误信息或整段粘贴的日志",
    "search_page_help": "输入时即显示结果。",
    "show_more": "显示更多",
    "filter_cases": "筛选案例",
    "show_matching": "显示符合条件的案例",
    "tag": "标签",
    "component": "组件",
    "review": "复核",
    "any": "任意",
    "any_status": "任意状态",
    "any_component": "任意组件",
    "any_tag": "任意标签",
    "version_filter": "其版本",
    "version_filter_help": "只列出适用于所选组件这一版本的案例；已在该版本修复的案例排在最后。",
    "outside_version_one": "另有 1 个案例符合查询，但不适用于该版本。",
    "outside_version_many": "另有 %d 个案例符合查询，但不适用于该版本。",
    "case_count_one": "1 个案例",
    "case_count_many": "%d 个案例",
    "cases_with_tag": "带有标签 %s 的案例",
    "cases_with_component": "属于组件 %s 的案例",
    "tags_of": "%s 的标签",
    "components_of": "%s 的组件",
    "pages": "分页",
    "page_of": "第 %d 页，共 %d 页",
    "newer": "较新",
    "older": "较旧",
    "not_found": "页面不存在",
    "not_found_text": "此页面不存在，或案例已改名。",
    "see_every_case": "查看所有案例",
    "atom_feed": "Atom 订阅",
    "built_with": "由 Casebook 生成",
    "man_all_cases": "%s 的全部案例，按组件排列",
    "man_cases_intro": "%s。用 man 加案例名阅读一个案例，或用 apropos 或 casebook search 搜索。",
    "man_description": "说明",
    "man_cases": "案例",
    "man_other_cases": "其他案例",
    "man_see_also": "另见",
  ]
}
