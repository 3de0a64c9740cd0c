CasebookSearch.add("t/e69699",[["料表",[1,"BnCgoEBwe"]],["料都",[1,"BnCggFBk6B"]]]);
