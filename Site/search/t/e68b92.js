CasebookSearch.add("t/e68b92",[["拒绝",[9808,"BgGgoECpS0B"]]]);
