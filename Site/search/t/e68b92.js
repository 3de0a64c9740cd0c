CasebookSearch.add("t/e68b92",[["拒绝",[1,"BvEgoECwd8C"]]]);
