CasebookSearch.add("t/e59088",[["合并",[9808,"BgDgkEBqN"]]]);
