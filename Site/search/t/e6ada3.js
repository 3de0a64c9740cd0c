CasebookSearch.add("t/e6ada3",[["正常",[1,"BgDggFBtd"]],["正是",[1,"BgDgoEBgX"]],["正的",[1,"BgDgoEBlU"]]]);
