CasebookSearch.add("t/e5bfbd",[["忽略",[1,"BnCgkEB2b"]]]);
