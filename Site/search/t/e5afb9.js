CasebookSearch.add("t/e5afb9",[["对诊",[1,"BnCgiEB6P"]]]);
