CasebookSearch.add("t/e5be84",[["径变",[1,"BgDgoEBkV"]],["径绑",[1,"BgDgkEBkP"]]]);
