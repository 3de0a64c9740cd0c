CasebookSearch.add("t/e5ae8c",[["完成",[9808,"BgDgiEB_I"]],["完整",[9808,"BgDgkEB3O"]]]);
