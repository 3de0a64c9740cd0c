CasebookSearch.add("t/e4ba8e",[["于事",[1,"BgDgwEB2Y"]],["于是",[1,"B_FgoECgVhB"]],["于构",[1,"BgDgkEBzP"]]]);
