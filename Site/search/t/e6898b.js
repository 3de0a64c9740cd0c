CasebookSearch.add("t/e6898b",[["手资",[1,"BnCgoEBue"]]]);
