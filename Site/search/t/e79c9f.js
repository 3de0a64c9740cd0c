CasebookSearch.add("t/e79c9f",[["真实",[9808,"BgDgwEBza"]],["真正",[9808,"BgDgoEBkU"]]]);
