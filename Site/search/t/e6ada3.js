CasebookSearch.add("t/e6ada3",[["正常",[9808,"BgDggFBtd"]],["正是",[9808,"BgDgoEBgX"]],["正的",[9808,"BgDgoEBlU"]]]);
