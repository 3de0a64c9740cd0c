CasebookSearch.add("t/e5ae8c",[["完成",[1,"BgDgiEB_I"]],["完整",[1,"BgDgkEB3O"]]]);
