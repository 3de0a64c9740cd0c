CasebookSearch.add("t/e4bd8d",[["位于",[1,"BnCgoEBohB"]],["位完",[1,"BnCgoEBvqB"]]]);
