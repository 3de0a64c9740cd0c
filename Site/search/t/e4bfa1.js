CasebookSearch.add("t/e4bfa1",[["信息",[1,"BnCgoEB8mB"]]]);
