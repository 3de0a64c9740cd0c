CasebookSearch.add("t/e5a4a7",[["大规",[1,"BnCggFB23B"]]]);
