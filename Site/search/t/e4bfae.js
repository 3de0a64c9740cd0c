CasebookSearch.add("t/e4bfae",[["修改",[1,"BvEggFC44Bf"]]]);
