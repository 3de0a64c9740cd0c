CasebookSearch.add("t/e5ae8c",[["完成",[1,"BgDgiEBnJ"]],["完整",[1,"BgDgkEB_O"]]]);
