CasebookSearch.add("t/e5b9b6",[["并不",[9808,"B_FgsEChOzE"]],["并了",[9808,"BgDgkEBrN"]],["并多",[9808,"BgDggFByc"]],["并强",[9808,"BgDgkEB1Q"]],["并用",[9808,"BgDgkEB0O"]],["并留",[9808,"BgDgoEB4W"]]]);
