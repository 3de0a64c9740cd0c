CasebookSearch.add("t/e8bf87",[["过多",[1,"BnCggFB03B"]]]);
