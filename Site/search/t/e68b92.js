CasebookSearch.add("t/e68b92",[["拒绝",[9808,"B_FgoECpS0B"]]]);
