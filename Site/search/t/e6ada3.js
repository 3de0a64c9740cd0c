CasebookSearch.add("t/e6ada3",[["正常",[1,"BgDggFB1d"]],["正是",[1,"BgDgoEBoX"]],["正的",[1,"BgDgoEBtU"]]]);
