CasebookSearch.add("t/e6b688",[["消失",[1,"BnCggGB4-B"]]]);
