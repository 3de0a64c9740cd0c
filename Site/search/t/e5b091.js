CasebookSearch.add("t/e5b091",[["少发",[1,"BnCggFBk4B"]]]);
