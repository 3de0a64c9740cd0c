CasebookSearch.add("t/e8a784",[["规模",[1,"BnCggFB33B"]]]);
