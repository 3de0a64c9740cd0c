CasebookSearch.add("t/e8bdbd",[["载了",[1,"BnCgoEB-sB"]]]);
