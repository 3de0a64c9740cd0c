CasebookSearch.add("t/e79599",[["留下",[9808,"B_FgoGC5WyK"]],["留真",[9808,"BgDgwEBya"]]]);
