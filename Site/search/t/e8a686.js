CasebookSearch.add("t/e8a686",[["覆盖",[1,"BnCgkEBnb"]]]);
