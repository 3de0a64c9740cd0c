CasebookSearch.add("t/e6808e",[["怎么",[1,"BnCgoEBmc"]]]);
