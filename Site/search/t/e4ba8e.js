CasebookSearch.add("t/e4ba8e",[["于事",[9808,"BgDgwEB2Y"]],["于是",[9808,"BgGgoECgVhB"]],["于构",[9808,"BgDgkEBzP"]]]);
