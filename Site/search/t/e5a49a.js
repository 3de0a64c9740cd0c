CasebookSearch.add("t/e5a49a",[["多次",[1,"BnCggFB13B"]]]);
