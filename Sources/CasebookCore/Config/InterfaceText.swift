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
    "needs_review": "Needs review",
    "unknown": "unknown",
    "run": "Run",
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
    "needs_review": "需要复核",
    "unknown": "未知",
    "run": "运行",
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
  ]
}
