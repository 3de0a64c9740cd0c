CasebookSearch.add("t/e79c9f",[["真实",[1,"BgDgwEBza"]],["真正",[1,"BgDgoEBkU"]]]);
