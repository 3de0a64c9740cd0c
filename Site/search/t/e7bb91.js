CasebookSearch.add("t/e7bb91",[["绑定",[1,"BnCgkEBnW"]]]);
