CasebookSearch.add("t/e68b92",[["拒绝",[1,"B_FgoECxS0B"]]]);
