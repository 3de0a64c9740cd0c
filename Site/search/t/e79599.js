CasebookSearch.add("t/e79599",[["留下",[1,"B_FgoGC5WyK"]],["留真",[1,"BgDgwEBya"]]]);
