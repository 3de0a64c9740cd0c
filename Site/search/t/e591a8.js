CasebookSearch.add("t/e591a8",[["周围",[1,"BnCggGBi-B"]]]);
