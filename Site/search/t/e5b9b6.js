CasebookSearch.add("t/e5b9b6",[["并不",[1,"B_FgsEChOzE"]],["并了",[1,"BgDgkEBrN"]],["并多",[1,"BgDggFByc"]],["并强",[1,"BgDgkEB1Q"]],["并用",[1,"BgDgkEB0O"]],["并留",[1,"BgDgoEB4W"]]]);
