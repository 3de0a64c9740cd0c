CasebookSearch.add("t/e5b7b1",[["己检",[1,"BnCggFBz7B"]]]);
