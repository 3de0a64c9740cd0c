CasebookSearch.add("t/e5889d",[["初参",[1,"BnCgoEBme"]]]);
