CasebookSearch.add("t/e5a682",[["如果",[1,"BnCggFB28B"]]]);
