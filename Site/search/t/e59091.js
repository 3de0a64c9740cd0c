CasebookSearch.add("t/e59091",[["向相",[1,"BnCgoEBikB"]],["向缺",[1,"BnCgoEBlqB"]]]);
