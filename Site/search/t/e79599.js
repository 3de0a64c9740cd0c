CasebookSearch.add("t/e79599",[["留下",[9808,"BgGgoGC5WyK"]],["留真",[9808,"BgDgwEBya"]]]);
