CasebookSearch.add("t/e4ba8e",[["于事",[1,"BgDgwEB-Y"]],["于是",[1,"B_FgoECoVhB"]],["于构",[1,"BgDgkEB7P"]]]);
