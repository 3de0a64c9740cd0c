CasebookSearch.add("t/e4ba8e",[["于事",[9808,"BgDgwEB2Y"]],["于是",[9808,"B_FgoECgVhB"]],["于构",[9808,"BgDgkEBzP"]]]);
