CasebookSearch.add("t/e7b1bb",[["类失",[1,"BnCgiEBnO"]],["类崩",[1,"BnCgoEBsuB"]]]);
