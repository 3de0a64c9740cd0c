CasebookSearch.add("t/e4bf9d",[["保留",[1,"B2GgwFDwyBuCqD"]]]);
