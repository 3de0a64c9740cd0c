CasebookSearch.add("t/e4bb8d",[["仍写",[1,"BnCgoEByiB"]],["仍然",[1,"BnCgwEB8zB"]]]);
