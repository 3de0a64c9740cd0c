CasebookSearch.add("t/e8af95",[["试过",[1,"BnCggFB26B"]]]);
