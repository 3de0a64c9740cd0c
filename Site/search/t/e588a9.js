CasebookSearch.add("t/e588a9",[["利完",[1,"BnCgiEBmK"]]]);
