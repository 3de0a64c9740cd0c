CasebookSearch.add("t/e5b7a5",[["工具",[1,"BnCgkEBnX"]]]);
