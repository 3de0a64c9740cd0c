CasebookSearch.add("t/e79599",[["留下",[1,"B_FgoGChXyK"]],["留真",[1,"BgDgwEB6a"]]]);
