CasebookSearch.add("t/e5bf97",[["志副",[1,"BnCgiEBkM"]],["志来",[1,"BnCgiEB4J"]],["志里",[1,"BnCgiEBmP"]]]);
