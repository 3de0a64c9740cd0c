CasebookSearch.add("t/e5ad98",[["存在",[1,"BnCgwEB11B"]]]);
