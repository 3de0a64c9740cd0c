CasebookSearch.add("t/e99c80",[["需任",[1,"BgDgwEBnb"]]]);
